"""Office files (zip archives of XML parts) checked from their zip directory before any part
is unpacked or parsed: no zip bombs, no entity declarations."""

from __future__ import annotations

import io
import zipfile

from ttx_desktop.messages import msg

MAX_UNPACKED = 64 * 1024 * 1024
MAX_PARTS = 2_000
_PROLOG = 65_536


class UnsafeArchive(Exception):
    """The archive is damaged or refused; the message says why, in a user's words."""


def check_archive(data: bytes, *, max_unpacked: int = MAX_UNPACKED) -> set[str]:
    """The names of the archive's parts, once its directory's sizes and each XML part's
    prolog have been checked; raises UnsafeArchive."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
            if len(entries) > MAX_PARTS:
                raise UnsafeArchive(
                    msg("holds more than {limit:,} parts; refused", limit=MAX_PARTS)
                )
            if sum(e.file_size for e in entries) > max_unpacked:
                message = msg(
                    "unpacks to more than {megabytes} MB; refused (a zip bomb?)",
                    megabytes=max_unpacked // 2**20,
                )
                raise UnsafeArchive(message)
            for entry in entries:
                if entry.filename.endswith((".xml", ".rels", ".vml")):
                    with archive.open(entry) as stream:  # read no more than the prolog
                        head = stream.read(_PROLOG)
                    if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                        message = msg(
                            "has a part {part} that declares XML entities or a DOCTYPE, "
                            "which no Office file needs; refused as unsafe",
                            part=entry.filename,
                        )
                        raise UnsafeArchive(message)
            return {e.filename for e in entries}
    except UnsafeArchive:
        raise
    except Exception as exc:  # a bad zip, a bad CRC, an unknown compression, a password
        message = msg(
            "is a damaged zip archive ({error}: {reason})",
            error=type(exc).__name__,
            reason=str(exc),
        )
        raise UnsafeArchive(message) from exc
