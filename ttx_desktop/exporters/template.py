"""The organiser's Word template: opened (.docx or .dotx), its sample text cleared, its styles,
headers, footers, logo and page setup kept for the document built on it."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
from docx.document import Document
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn

from ttx_desktop.exporters.options import ExportError
from ttx_desktop.formats.safe_zip import MAX_UNPACKED, UnsafeArchive, check_archive
from ttx_desktop.messages import message_of, msg, reason_of

# The whole file, checked before it is read in full: no template, logo and all, comes near.
MAX_BYTES = MAX_UNPACKED

_TEMPLATE_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.template"
_DOCUMENT_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def open_base(template: Path | bytes | None) -> Document:
    """A blank document, or the organiser's template with its body cleared."""
    if template is None:
        return docx.Document()
    try:
        data = template if isinstance(template, bytes) else _read(Path(template))
    except OSError as exc:
        message = msg("cannot be read as a template ({reason})", reason=reason_of(exc))
        raise ExportError(message, path=template) from exc
    where = None if isinstance(template, bytes) else template
    if len(data) > MAX_BYTES:
        raise ExportError(
            msg("is too large for a Word template (over {size} MB)", size=MAX_BYTES // 2**20),
            path=where,
        )
    try:
        names = check_archive(data)
    except UnsafeArchive as exc:
        raise ExportError(
            msg("is not a Word template (.docx or .dotx): it {reason}", reason=message_of(exc)),
            path=where,
        ) from exc
    if "word/document.xml" not in names:
        raise ExportError(
            msg("is not a Word template (.docx or .dotx): it has no document part"), path=where
        )
    try:
        doc = docx.Document(io.BytesIO(_as_document(data)))
    except (PackageNotFoundError, ValueError, KeyError, zipfile.BadZipFile) as exc:
        raise ExportError(
            msg("is not a Word template (.docx or .dotx): {reason}", reason=str(exc)), path=where
        ) from exc
    except Exception as exc:  # damaged XML in a part: lxml and python-docx raise many kinds
        why = " ".join(str(exc).split())[:160]
        raise ExportError(
            msg("is a damaged Word template ({kind}: {why})", kind=type(exc).__name__, why=why),
            path=where,
        ) from exc
    _clear_body(doc)
    return doc


def _read(path: Path) -> bytes:
    """The file's bytes, or one byte past the cap: a huge file is not read to its end."""
    with path.open("rb") as stream:
        return stream.read(MAX_BYTES + 1)


def _as_document(data: bytes) -> bytes:
    """A .dotx template's bytes with its main part declared a document, so it opens as one."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as source:
            types = source.read("[Content_Types].xml")
            if _TEMPLATE_TYPE not in types:
                return data
            out = io.BytesIO()
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
                for item in source.infolist():
                    content = source.read(item.filename)
                    if item.filename == "[Content_Types].xml":
                        content = content.replace(
                            _TEMPLATE_TYPE + b".main", _DOCUMENT_TYPE + b".main"
                        )
                    target.writestr(item, content)
            return out.getvalue()
    except (zipfile.BadZipFile, KeyError):
        return data  # python-docx says what is wrong with it


def _clear_body(doc: Document) -> None:
    """Removes the template's sample text, keeping the last section's page setup."""
    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
