"""Messages from the layers under the interface, shown in the user's language.

Storage, formats, services and exporters write their messages in English with
``ttx_desktop.messages.msg``; each remembers its template and values. Here the template is
looked up in the interface's translations (context "Messages") and filled with the same
values, nested messages first. A message without a translation, or with a translation that
does not fit its values, is shown in English: an error is never hidden by its own wording.
"""

from __future__ import annotations

import traceback
from typing import Any

from PySide6.QtCore import QCoreApplication

from ttx_desktop.errors import UserError
from ttx_desktop.messages import Text, reason_of

CONTEXT = "Messages"


def localized(message: object) -> str:
    """``message`` in the interface's language when it is a Text, else as it is."""
    if not isinstance(message, Text):
        return str(message)
    values: dict[str, Any] = {
        key: localized(value) if isinstance(value, Text) else value
        for key, value in message.values.items()
    }
    template = QCoreApplication.translate(CONTEXT, message.template)
    try:
        return template.format(**values) if values else template
    except (KeyError, IndexError, ValueError, AttributeError):
        return str(message)


def error_text(error: BaseException) -> str:
    """What to tell the user about ``error``: the file it names, then why, translated."""
    if isinstance(error, UserError):
        where, detail = error.path, localized(error.detail)
    else:
        where = error.filename if isinstance(error, OSError) else None
        detail = localized(reason_of(error))
    return f"{where}: {detail}" if where else detail


def failure_text(error: BaseException, what: str, *, context: str) -> str:
    """What to tell about ``error``, met while doing ``what`` (a message such as msg("The
    minutes could not be written")): its own words when it has some for people; else (a
    headless run that crashed, an exception of Python's own) ``what`` and the error log,
    where its details go."""
    from ttx_desktop import error_log
    from ttx_desktop.gui.background import ProgramCrashed

    if not isinstance(error, ProgramCrashed) and isinstance(error, UserError | OSError):
        return error_text(error)
    if isinstance(error, ProgramCrashed):
        details = error.output
    else:
        details = "".join(traceback.format_exception(error))
    return localized(error_log.told(what, error_log.record(details, context=context)))


def detail_text(error: UserError) -> str:
    """Only the why of ``error`` (for a place that already names the file), translated."""
    return localized(error.detail)
