"""Writes a large exercise file for the benchmarks, the same every time for the same arguments.

3 days (two modules a day), 6 teams, 300 injects (two thirds released), 45 participants,
8 objectives, 40 recommendations and 10,000 log entries (``--entries`` for more), about one
in six with later revisions (edits, tags, a few deletions), some in Russian. Everything is
written through the storage repositories: ExerciseFile.create for the authored part, then
LogRepo.insert_with_history inside large transactions for the log.

Usage: python bench/make_big_exercise.py OUT.ttxdb [--entries 100000] [--force]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import uuid
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the checkout importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ttx_desktop.domain.model import (
    DeliveryMethod,
    EntryKind,
    EntryTag,
    Exercise,
    ExerciseDetails,
    Gender,
    Inject,
    InjectStatus,
    LogEntry,
    LogRevision,
    Module,
    Objective,
    Participant,
    Priority,
    Recommendation,
    Role,
    Team,
)
from ttx_desktop.storage.exercise_file import ExerciseFile

SEED = 8  # issue 8
DAYS = 3
MODULES_PER_DAY = 2
INJECTS = 300
PARTICIPANTS = 45
RECOMMENDATIONS = 40
ENTRIES = 10_000
BATCH = 5_000  # log entries per transaction
START = datetime(2025, 3, 11, 7, 0, tzinfo=UTC)  # 09:00 local in the exercise's time zone
MODULE_HOURS = 3.5

TEAMS = (
    ("JUD", "Judiciary", "#4C72B0"),
    ("ICT", "ICT industry", "#DD8452"),
    ("MED", "Media", "#55A868"),
    ("LEA", "Law enforcement", "#C44E52"),
    ("HLT", "Health", "#8172B3"),
    ("GOV", "Government centre", "#937860"),
)
CAPABILITIES = (
    "Operational coordination",
    "Public information and warning",
    "Situational assessment",
    "Cybersecurity",
    "Operational communications",
    "Intelligence and information sharing",
    "Infrastructure systems",
    "Planning",
)
SUBJECTS = (
    "the ransomware note", "the outage at the data centre", "the leaked patient records",
    "the press enquiry", "the court's e-filing system", "the forged ministry letter",
    "the DDoS on the tax portal", "the compromised supplier", "the hospital's backup power",
    "the evidence on the seized laptop", "the social media rumour", "the phishing wave",
)  # fmt: skip
VERBS = (
    "Agreed to escalate", "Asked who owns", "Decided to isolate", "Noted delay on",
    "Called the regulator about", "Drafted a holding statement on", "Preserved evidence of",
    "Requested an update on", "Disagreed on the lead for", "Confirmed the facts of",
)  # fmt: skip
TAILS = (
    "before the next briefing.", "within the hour.", "with the national CERT.",
    "pending legal advice.", "and informed the minister's office.", "— no procedure covers it.",
    "after a long discussion.", "as the plan requires.", "but nobody had the contact list.",
)  # fmt: skip
RUSSIAN = (
    "Решили изолировать сеть суда до прихода экспертов.",
    "Вопрос: кто отвечает за заявление для прессы?",
    "Связались с регулятором; ждём ответа в течение часа.",
    "Сохранили доказательства с изъятого ноутбука.",
    "Нет процедуры на случай утечки данных пациентов.",
)
FIRST = ("Anna", "Boris", "Chloé", "Dmitri", "Elena", "Farid", "Greta", "Hugo", "Irina", "Jonas")
LAST = ("Novak", "Ivanova", "Schmidt", "Dubois", "Rossi", "Kowalski", "Petrov", "Larsen", "Silva")


def _id(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _sentence(rng: random.Random) -> str:
    if rng.random() < 0.1:
        return rng.choice(RUSSIAN)
    return f"{rng.choice(VERBS)} {rng.choice(SUBJECTS)} {rng.choice(TAILS)}"


def authored(rng: random.Random, inject_count: int = INJECTS) -> Exercise:
    """Everything but the log: details, objectives, teams, people, modules, injects, plan."""
    at = START - timedelta(days=30)
    stamp = {"created_at": at, "updated_at": at}
    details = ExerciseDetails(
        id=_id(rng), title="Large benchmark exercise: Winter Grid", purpose="Benchmarks.",
        scope="Three days, six sector cells.", sponsor="Benchmarks", venue="Room 1",
        start_date=START.date(), end_date=START.date() + timedelta(days=DAYS - 1),
        language="en", **stamp,
    )  # fmt: skip
    objectives = tuple(
        Objective(
            id=_id(rng),
            code=f"O{n + 1}",
            title=f"Test {capability.lower()}",
            capability=capability,
            critical_tasks=(f"Task {n + 1}.1", f"Task {n + 1}.2"),
            **stamp,
        )
        for n, capability in enumerate(CAPABILITIES)
    )
    teams = tuple(
        Team(id=_id(rng), code=code, name=name, colour=colour, **stamp)
        for code, name, colour in TEAMS
    )
    roles = (Role.PLAYER,) * 6 + (Role.EVALUATOR, Role.OBSERVER, Role.FACILITATOR)
    participants = tuple(
        Participant(
            id=_id(rng),
            name=f"{FIRST[n % len(FIRST)]} {LAST[n % len(LAST)]} {n + 1}",
            organisation=f"Agency {n % 12 + 1}",
            team_id=teams[n % len(teams)].id,
            role=roles[n % len(roles)],
            gender=rng.choice(list(Gender)),
            **stamp,
        )
        for n in range(PARTICIPANTS)
    )
    modules = tuple(
        Module(
            id=_id(rng),
            number=n + 1,
            title=f"Day {n // MODULES_PER_DAY + 1}, "
            f"{'morning' if n % MODULES_PER_DAY == 0 else 'afternoon'}",
            day=n // MODULES_PER_DAY + 1,
            start="09:00" if n % 2 == 0 else "13:30",
            duration_min=int(MODULE_HOURS * 60),
            narrative=_sentence(rng),
            key_issues=(_sentence(rng), _sentence(rng)),
            discussion_questions=("Who leads?", "What do we tell the public?"),
            **stamp,
        )
        for n in range(DAYS * MODULES_PER_DAY)
    )
    starts = [m * inject_count // len(modules) for m in range(len(modules) + 1)]
    injects: list[Inject] = []
    for n in range(inject_count):
        index = n * len(modules) // inject_count
        module = modules[index]
        position = n - starts[index]
        per_module = starts[index + 1] - starts[index]
        planned = position * int(MODULE_HOURS * 3600 / per_module)
        released = n < inject_count * 2 // 3 and rng.random() > 0.05
        skipped = n < inject_count * 2 // 3 and not released
        module_start = _module_start(module)
        injects.append(
            Inject(
                id=_id(rng),
                number=n + 1,
                module_id=module.id,
                position=position,
                title=f"Inject {n + 1}: {rng.choice(SUBJECTS)}",
                planned_s=planned,
                scenario_time=f"Day {module.day}, {_clock(planned)}",
                text=" ".join(_sentence(rng) for _ in range(3)),
                source=rng.choice(TEAMS)[1],
                target_team_ids=tuple(t.id for t in rng.sample(teams, rng.randint(1, 3))),
                method=rng.choice(list(DeliveryMethod)),
                expected_actions=(_sentence(rng), _sentence(rng)),
                objective_ids=tuple(o.id for o in rng.sample(objectives, 2)),
                facilitator_notes=_sentence(rng),
                status=_status(released, skipped),
                released_s=planned + rng.randint(-60, 600) if released else None,
                released_at=module_start + timedelta(seconds=planned + 120) if released else None,
                **stamp,
            )
        )
    recommendations = tuple(
        Recommendation(
            id=_id(rng),
            issue=_sentence(rng),
            corrective_action=_sentence(rng),
            objective_id=objectives[n % len(objectives)].id,
            capability_element=rng.choice(("Planning", "Organisation", "Equipment", "Training")),
            responsible=f"Agency {n % 12 + 1}",
            contact=participants[n].name,
            start=date(2025, 4, 1),
            completion=date(2025, 9, 30),
            priority=rng.choice((Priority.HIGH, Priority.MEDIUM, Priority.LOW)),
            position=n,
            **stamp,
        )
        for n in range(RECOMMENDATIONS)
    )
    return Exercise(
        details=details, objectives=objectives, teams=teams, participants=participants,
        modules=modules, injects=tuple(injects), recommendations=recommendations,
    )  # fmt: skip


def _clock(planned_s: int) -> str:
    return f"{9 + planned_s // 3600:02d}:{planned_s % 3600 // 60:02d}"


def _status(released: bool, skipped: bool) -> InjectStatus:
    if released:
        return InjectStatus.RELEASED
    return InjectStatus.SKIPPED if skipped else InjectStatus.PENDING


def _module_start(module: Module) -> datetime:
    day = (module.day or 1) - 1
    return START + timedelta(days=day, hours=0 if module.start == "09:00" else 4.5)


def log_entries(rng: random.Random, exercise: Exercise, count: int) -> list[LogEntry]:
    """``count`` entries spread evenly over the modules, about one in six revised."""
    modules = exercise.modules
    by_module = {m.id: [i for i in exercise.injects if i.module_id == m.id] for m in modules}
    authors = [p.name for p in exercise.participants if p.role is Role.EVALUATOR] or ["Note"]
    kinds = list(EntryKind)
    span = MODULE_HOURS * 3600
    entries: list[LogEntry] = []
    for n in range(count):
        module = modules[n * len(modules) // count]
        offset = (n % (count // len(modules) or 1)) * span / (count / len(modules))
        logged_at = _module_start(module) + timedelta(seconds=offset, microseconds=n % 1000)
        injects = by_module[module.id]
        inject = rng.choice(injects) if rng.random() < 0.7 else None
        team = rng.choice(exercise.teams) if rng.random() < 0.95 else None
        entry = LogEntry(
            id=_id(rng), kind=rng.choice(kinds), text=_sentence(rng), logged_at=logged_at,
            team_id=team.id if team else None, inject_id=inject.id if inject else None,
            module_id=module.id, exercise_s=round(offset, 3), author=rng.choice(authors),
            source="console", updated_at=logged_at,
        )  # fmt: skip
        entries.append(_with_history(rng, entry, exercise))
    return entries


def _with_history(rng: random.Random, entry: LogEntry, exercise: Exercise) -> LogEntry:
    first = LogRevision(
        revision=1, kind=entry.kind, text=entry.text, team_id=entry.team_id,
        inject_id=entry.inject_id, author=entry.author, tag=entry.tag,
        objective_id=entry.objective_id, deleted=False, edited_at=entry.logged_at,
        edited_by=entry.author,
    )  # fmt: skip
    history = [first]
    if rng.random() < 1 / 6:
        for _ in range(rng.randint(1, 3)):
            last = history[-1]
            at = last.edited_at + timedelta(minutes=rng.randint(1, 240))
            choice = rng.random()
            if choice < 0.5:
                change = {"text": last.text + " " + rng.choice(TAILS)}
            elif choice < 0.9:
                tag = rng.choice((EntryTag.STRENGTH, EntryTag.IMPROVEMENT))
                change = {"tag": tag, "objective_id": rng.choice(exercise.objectives).id}
            else:
                change = {"deleted": True}
            history.append(
                replace(last, revision=last.revision + 1, edited_at=at, edited_by="Reviewer",
                        **change)  # type: ignore[arg-type]
            )  # fmt: skip
    last = history[-1]
    return replace(
        entry, kind=last.kind, text=last.text, team_id=last.team_id, inject_id=last.inject_id,
        tag=last.tag, objective_id=last.objective_id, deleted=last.deleted,
        revisions=tuple(history), updated_at=last.edited_at,
    )  # fmt: skip


def make(path: Path, entries: int = ENTRIES, *, force: bool = False) -> Path:
    """Writes the exercise to ``path``; the same arguments always give the same contents."""
    rng = random.Random(SEED)
    exercise = authored(rng)
    log = log_entries(random.Random(SEED + entries), exercise, entries)
    with ExerciseFile.create(path, exercise, force=force) as xf:
        for first in range(0, len(log), BATCH):
            with xf.db.atomic():  # one commit per batch; each entry nests as a savepoint
                for entry in log[first : first + BATCH]:
                    xf.log.insert_with_history(entry)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path, metavar="OUT.ttxdb")
    parser.add_argument("--entries", type=int, default=ENTRIES)
    parser.add_argument("--force", action="store_true", help="replace OUT if it exists")
    args = parser.parse_args(argv)
    began = time.perf_counter()
    make(args.output, args.entries, force=args.force)
    took = time.perf_counter() - began
    print(f"{args.output}: {args.entries:,} entries, written in {took:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
