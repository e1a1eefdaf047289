"""The note being typed, kept outside the exercise file so that a crash cannot take it.

One small JSON file per exercise file, replaced atomically (written beside, flushed, renamed)
each time the note-taker pauses; removed once the entry is logged.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from ttx_desktop.atomic import write_atomic

MAX_DRAFT_BYTES = 1_000_000  # a draft larger than this was not typed; ignore it


@dataclass(frozen=True)
class Draft:
    """What the note panel held: the text and the team and kind picked for it."""

    text: str
    team_id: str | None = None
    kind: str | None = None


class DraftStore:
    """Drafts of the note panel, one per exercise file, in ``folder``."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path_for(self, exercise: Path) -> Path:
        digest = hashlib.sha256(str(exercise.resolve()).encode()).hexdigest()[:16]
        return self.folder / f"{digest}.json"

    def save(self, exercise: Path, draft: Draft) -> None:
        """Stores ``draft`` (an empty text removes it); OSError when the disk refuses."""
        if not draft.text.strip():
            self.clear(exercise)
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        data = json.dumps(
            {"file": str(exercise.resolve()), "text": draft.text, "team_id": draft.team_id,
             "kind": draft.kind},
            ensure_ascii=False,
        ).encode()  # fmt: skip
        write_atomic(self.path_for(exercise), data)

    def load(self, exercise: Path) -> Draft | None:
        """The draft kept for ``exercise``, or None (also for a draft that cannot be read)."""
        path = self.path_for(exercise)
        try:
            if path.stat().st_size > MAX_DRAFT_BYTES:
                return None
            data = json.loads(path.read_bytes())
            text = data["text"]
            if not isinstance(text, str) or not text.strip():
                return None
            team, kind = data.get("team_id"), data.get("kind")
            return Draft(
                text,
                team if isinstance(team, str) else None,
                kind if isinstance(kind, str) else None,
            )
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None

    def clear(self, exercise: Path) -> None:
        with contextlib.suppress(OSError):
            self.path_for(exercise).unlink(missing_ok=True)
