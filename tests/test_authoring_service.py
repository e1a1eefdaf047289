"""AuthoringService over a real exercise file: every change is checked, stored and reopened."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from ttx_desktop.domain.ids import new_id, utc_now
from ttx_desktop.domain.model import (
    EntryKind,
    Exercise,
    Gender,
    InjectStatus,
    LogEntry,
    Module,
    Objective,
    Participant,
    Priority,
    Recommendation,
    Role,
    Team,
)
from ttx_desktop.errors import UserError
from ttx_desktop.services.authoring_service import AuthoringService, EditRefused
from ttx_desktop.storage.authoring_repo import RecordInUse
from ttx_desktop.storage.exercise_file import ExerciseFile


@pytest.fixture
def service(qapp: Any, mini_path: Path) -> Iterator[AuthoringService]:
    file = ExerciseFile.open(mini_path)
    yield AuthoringService(file)
    file.close()


def reopened(service: AuthoringService) -> Exercise:
    """The exercise as a fresh reader of the file sees it (proves the change is on disk)."""
    path = service._file.path
    with ExerciseFile.open(path, readonly=True) as other:
        return other.exercise.load(with_log=False)


def log_entry(service: AuthoringService, **links: str) -> None:
    """Writes one log entry through the log's own repository, naming ``links``."""
    service._file.log.append(LogEntry(new_id(), EntryKind.NOTE, "Noted", utc_now(), **links))


def team(service: AuthoringService, code: str) -> Team:
    found = service.exercise.find_team(code)
    assert found is not None
    return found


# ----------------------------------------------------------------------- details


def test_update_details_is_stored_and_announced(service: AuthoringService, qtbot: Any) -> None:
    before = service.exercise.details.updated_at
    with qtbot.waitSignal(service.changed):
        service.update_details(venue="Town hall", start_date=date(2027, 4, 1),
                               end_date=date(2027, 4, 2))  # fmt: skip
    stored = reopened(service).details
    assert stored.venue == "Town hall"
    assert stored.start_date == date(2027, 4, 1)
    assert stored.updated_at > before
    assert service.exercise.details.venue == "Town hall"


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"title": "  "}, "title is empty"),
        ({"start_date": date(2027, 4, 2), "end_date": date(2027, 4, 1)}, "end date is before"),
        ({"language": "English"}, "not a language code"),
        ({"colour": "red"}, "unknown exercise field"),
    ],
)
def test_bad_details_are_refused(service: AuthoringService, fields: Any, message: str) -> None:
    with pytest.raises(EditRefused, match=message):
        service.update_details(**fields)
    assert reopened(service).details.title == "Mini exercise: flood at Riverton"


# ------------------------------------------------------------------------- teams


def test_add_edit_and_delete_a_team(service: AuthoringService) -> None:
    new = Team(new_id(), "LOG", "Logistics", colour="#8172B3")
    saved = service.save_team(new)
    assert [t.code for t in reopened(service).teams] == ["CIV", "MED", "PRESS", "LOG"]
    service.save_team(dataclasses.replace(saved, name="Logistics cell", colour="#112233"))
    assert reopened(service).team(new.id) == dataclasses.replace(
        new, name="Logistics cell", colour="#112233"
    )
    assert service.delete_team(new.id) == 3
    assert reopened(service).team(new.id) is None


def test_team_saved_at_a_position_pushes_the_others_down(service: AuthoringService) -> None:
    service.save_team(Team(new_id(), "LOG", "Logistics"), position=1)
    assert [t.code for t in reopened(service).teams] == ["CIV", "LOG", "MED", "PRESS"]


@pytest.mark.parametrize(
    ("code", "name", "colour", "message"),
    [
        ("med", "Medics", "#123456", "code med is already used by team “Health services”"),
        ("NEW", "media", "#123456", "name “media” is already used by team PRESS"),
        ("", "Nobody", "#123456", "code is empty"),
        ("TWO WORDS", "Two", "#123456", "must be one word"),
        ("NEW", "", "#123456", "name is empty"),
        ("NEW", "New", "blue", "'blue' is not a colour"),
    ],
)
def test_bad_teams_are_refused(
    service: AuthoringService, code: str, name: str, colour: str, message: str
) -> None:
    with pytest.raises(EditRefused, match=message):
        service.save_team(Team(new_id(), code, name, colour=colour))
    assert len(reopened(service).teams) == 3


def test_a_team_that_injects_name_cannot_be_deleted(service: AuthoringService) -> None:
    with pytest.raises(RecordInUse, match=r"Team PRESS \(Media\) cannot be deleted: injects 3, 4"):
        service.delete_team(team(service, "PRESS").id)
    assert len(reopened(service).teams) == 3


def test_a_team_with_log_entries_cannot_be_deleted(service: AuthoringService) -> None:
    lonely = service.save_team(Team(new_id(), "LOG", "Logistics"))
    log_entry(service, team_id=lonely.id)
    with pytest.raises(RecordInUse, match="1 log entry name it"):
        service.delete_team(lonely.id)


def test_deleting_a_team_lets_go_of_its_participants(service: AuthoringService) -> None:
    lonely = service.save_team(Team(new_id(), "LOG", "Logistics"))
    person = service.save_participant(Participant(new_id(), "Eva Lind", team_id=lonely.id))
    assert service.dependents(lonely) == (person,)
    service.delete_team(lonely.id)
    assert next(p for p in reopened(service).participants if p.id == person.id).team_id is None


# -------------------------------------------------------------------- objectives


def test_objectives_save_refuse_and_delete(service: AuthoringService) -> None:
    saved = service.save_objective(Objective(new_id(), "O3", "Shelter the displaced"))
    assert reopened(service).objective(saved.id) == saved
    with pytest.raises(EditRefused, match="code o1 is already used"):
        service.save_objective(Objective(new_id(), "o1", "Again"))
    with pytest.raises(EditRefused, match="title is empty"):
        service.save_objective(dataclasses.replace(saved, title=" "))
    with pytest.raises(RecordInUse, match="Objective O2 cannot be deleted: injects 5, 6"):
        service.delete_objective(service.exercise.objectives[1].id)
    service.delete_objective(saved.id)
    assert [o.code for o in reopened(service).objectives] == ["O1", "O2"]


# ------------------------------------------------------------------ participants


def test_participants_save_and_delete(service: AuthoringService) -> None:
    person = Participant(new_id(), " Eva Lind ", "Red Cross", team_id=team(service, "MED").id,
                         role=Role.OBSERVER, gender=Gender.FEMALE)  # fmt: skip
    saved = service.save_participant(person)
    assert saved.name == "Eva Lind"
    stored = reopened(service).participants[-1]
    assert (stored.name, stored.role, stored.gender) == ("Eva Lind", Role.OBSERVER, Gender.FEMALE)
    with pytest.raises(EditRefused, match="name is empty"):
        service.save_participant(dataclasses.replace(saved, name=""))
    with pytest.raises(EditRefused, match="team no longer exists"):
        service.save_participant(dataclasses.replace(saved, team_id="gone"))
    service.delete_participant(saved.id)
    assert len(reopened(service).participants) == 4


# ----------------------------------------------------------------------- modules


def test_modules_save_refuse_and_delete(service: AuthoringService) -> None:
    first = service.exercise.modules[0]
    service.save_module(dataclasses.replace(first, narrative="The river is out.",
                                            key_issues=("Shelter",)))  # fmt: skip
    stored = reopened(service).modules[0]
    assert (stored.narrative, stored.key_issues) == ("The river is out.", ("Shelter",))
    with pytest.raises(EditRefused, match="number 2 is already used by module"):
        service.save_module(dataclasses.replace(first, number=2))
    with pytest.raises(EditRefused, match="'9am' is not a time of day"):
        service.save_module(dataclasses.replace(first, start="9am"))
    with pytest.raises(RecordInUse, match=r"Module 1 \(Day 1: Rising water\) cannot be deleted"):
        service.delete_module(first.id)
    extra = service.save_module(Module(new_id(), 3, "Day 3: Recovery"))
    service.delete_module(extra.id)
    assert len(reopened(service).modules) == 2


# ----------------------------------------------------------------------- injects


def test_edit_an_inject_with_targets_and_objectives(service: AuthoringService) -> None:
    first = service.exercise.injects[0]
    edited = dataclasses.replace(
        first,
        title="Gauge at 4.6 m",
        target_team_ids=(team(service, "PRESS").id, team(service, "CIV").id),
        objective_ids=(),
    )
    saved = service.save_inject(edited)
    assert saved.updated_at > first.updated_at
    stored = reopened(service).injects[0]
    assert stored.title == "Gauge at 4.6 m"
    assert stored.target_team_ids == edited.target_team_ids
    assert stored.objective_ids == ()


def test_validate_inject_lists_every_problem(service: AuthoringService) -> None:
    first = service.exercise.injects[0]
    bad = dataclasses.replace(first, number=2, title="", planned_s=-60, pinned="noon",
                              target_team_ids=("gone",), module_id="gone")  # fmt: skip
    problems = service.validate_inject(bad)
    assert problems == [
        "number 2 is already used by inject “Hospital basement floods”",
        "the title is empty",
        "the module no longer exists",
        "the planned time is before the module starts",
        "the pinned time 'noon' is not a time of day (write HH:MM)",
        "a target team no longer exists",
    ]
    assert service.validate_inject(first) == []
    with pytest.raises(EditRefused, match=r"^Inject 2: number 2 is already used"):
        service.save_inject(bad)
    assert reopened(service).injects[0] == first


def test_duplicate_inject_takes_the_next_number_and_goes_after(service: AuthoringService) -> None:
    third = service.exercise.injects[2]
    service._file.injects.set_status(third.id, InjectStatus.RELEASED, at_s=10.0)
    service.reload()
    copy = service.duplicate_inject(third.id)
    assert copy.number == 7
    assert copy.id != third.id
    assert copy.status is InjectStatus.PENDING
    assert copy.released_at is None
    stored = reopened(service).injects
    assert [i.number for i in stored] == [1, 2, 3, 7, 4, 5, 6]
    assert stored[3].target_team_ids == third.target_team_ids


def test_move_inject_reorders_the_msel(service: AuthoringService) -> None:
    sixth = service.exercise.injects[5]
    service.move_inject(sixth.id, 1)
    assert [i.number for i in reopened(service).injects] == [1, 6, 2, 3, 4, 5]
    service.move_inject(sixth.id, 99)
    assert [i.number for i in reopened(service).injects] == [1, 2, 3, 4, 5, 6]


def test_delete_inject_and_put_it_back(service: AuthoringService) -> None:
    third = service.exercise.injects[2]
    service.delete_inject(third.id)
    assert [i.number for i in reopened(service).injects] == [1, 2, 4, 5, 6]
    service.save_inject(third)
    stored = reopened(service).injects
    assert [i.number for i in stored] == [1, 2, 3, 4, 5, 6]
    assert stored[2].target_team_ids == third.target_team_ids


def test_an_inject_answered_in_the_log_cannot_be_deleted(service: AuthoringService) -> None:
    first = service.exercise.injects[0]
    log_entry(service, inject_id=first.id)
    with pytest.raises(RecordInUse, match="Inject 1 cannot be deleted: 1 log entry name it"):
        service.delete_inject(first.id)


def test_new_inject_is_placed_after_the_chosen_one(service: AuthoringService) -> None:
    second = service.exercise.injects[1]
    fresh = service.new_inject(after_id=second.id)
    assert (fresh.number, fresh.module_id, fresh.position) == (7, second.module_id, 2)
    service.save_inject(fresh)
    assert [i.number for i in reopened(service).injects] == [1, 2, 7, 3, 4, 5, 6]


# --------------------------------------------------------------- recommendations


def test_recommendations_save_refuse_and_delete(service: AuthoringService) -> None:
    objective = service.exercise.objectives[0]
    item = dataclasses.replace(
        service.new_recommendation(),
        issue="Warnings reached the public late",
        corrective_action="Pre-write warning templates",
        objective_id=objective.id,
        capability_element="Plans",
        responsible="Civil Protection Agency",
        contact="Ana Petrova",
        start=date(2027, 5, 1),
        completion=date(2027, 9, 1),
        priority=Priority.HIGH,
    )
    saved = service.save_recommendation(item)
    assert reopened(service).recommendations == (saved,)
    with pytest.raises(EditRefused, match="completion date is before the start date"):
        service.save_recommendation(dataclasses.replace(saved, completion=date(2027, 1, 1)))
    with pytest.raises(EditRefused, match="issue is empty"):
        service.save_recommendation(dataclasses.replace(saved, issue=""))
    assert service.dependents(objective) == (saved,)
    service.delete_recommendation(saved.id)
    assert reopened(service).recommendations == ()


# -------------------------------------------------------------------- read-only


def test_a_read_only_file_refuses_edits(qapp: Any, mini_path: Path) -> None:
    with ExerciseFile.open(mini_path, readonly=True) as file:
        service = AuthoringService(file)
        with pytest.raises(UserError, match="read-only"):
            service.update_details(venue="Elsewhere")
        with pytest.raises(UserError, match="read-only"):
            service.save_recommendation(Recommendation(new_id(), "Issue"))
