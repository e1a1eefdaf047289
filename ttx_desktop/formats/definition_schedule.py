"""The definition's ``schedule:`` section: presentations, breaks and plenaries by module.

    schedule:
      - {module: 1, kind: presentation, start: "10:30", duration: 30,
         title: Flood forecasting today, speaker: "Dr A. Lee, Met Office"}
      - {module: 1, kind: break, start: "11:00", duration: 15, title: Coffee}

Each item is named in the file by its module and its place in the list; its id is derived
from them unless written.
"""

from __future__ import annotations

from typing import Any

from ttx_desktop.domain.agenda import ScheduleItem, ScheduleKind
from ttx_desktop.formats.definition_context import Context
from ttx_desktop.formats.times import format_time_of_day
from ttx_desktop.formats.yaml_fields import Fields

SCHEDULE_KEYS = {"id", "module", "kind", "start", "duration", "title", "speaker"}


def read_schedule(ctx: Context, top: Fields) -> tuple[ScheduleItem, ...]:
    out = []
    reader = ctx.reader
    for position, (field, line, m) in enumerate(reader.records(top, "schedule", SCHEDULE_KEYS)):
        item_id = ctx.record_id(m, field, line, "schedule", position + 1)
        module_no = reader.integer(m, "module", field, required=True, line=line)
        module_id = None
        if module_no is not None:
            module_id = ctx.modules.ref(module_no, m["module"].where, f"{field}.module")
        start = reader.time_of_day(m, "start", field)
        out.append(
            ScheduleItem(
                id=item_id,
                module_id=module_id or "",
                kind=reader.choice(m, "kind", field, ScheduleKind, ScheduleKind.PRESENTATION),
                title=reader.text(m, "title", field, required=True, line=line),
                start=format_time_of_day(start) if start is not None else "",
                duration_min=reader.integer(m, "duration", field, minimum=1),
                speaker=reader.text(m, "speaker", field),
                position=position,
            )
        )
    return tuple(out)


def write_schedule(
    items: tuple[ScheduleItem, ...], module_numbers: dict[str, int], item: Any, clock: Any
) -> list[dict[str, Any]]:
    """The items as the file writes them; ``item`` starts a record (with ``id:`` if need be)
    and ``clock`` quotes a time of day."""
    out = []
    for position, i in enumerate(items):
        record = item(i.id, "schedule", position + 1)
        record |= {"module": module_numbers.get(i.module_id, 0), "kind": i.kind.value}
        if i.start:
            record["start"] = clock(i.start)
        if i.duration_min:
            record["duration"] = i.duration_min
        record["title"] = i.title
        if i.speaker:
            record["speaker"] = i.speaker
        out.append(record)
    return out
