"""A document's properties told truly: who wrote it, when, in which language, with what
program; nothing left over from the blank document python-docx starts from."""

from __future__ import annotations

import getpass
from datetime import UTC, datetime

from docx.document import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from lxml import etree  # type: ignore[import-untyped]

from ttx_desktop import __version__
from ttx_desktop.domain.model import ExerciseDetails
from ttx_desktop.exporters import text

PROGRAM = f"TTX Desktop {__version__}"
_APP_XML = "/docProps/app.xml"
_EXTENDED = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
# What the blank document says of itself that is not true of ours: the program and its
# version, and counts of pages and words (Word counts again when it opens the file).
_STALE = (
    "AppVersion", "TotalTime", "Pages", "Words", "Characters", "Lines", "Paragraphs",
    "CharactersWithSpaces", "HeadingPairs", "TitlesOfParts",
)  # fmt: skip


def author(details: ExerciseDetails, person: str | None = None) -> str:
    """Who the document is by: the organisation that sponsors the exercise, else its point of
    contact (up to the first comma: a name, not a phone number), else the person running
    the program."""
    if sponsor := " ".join(details.sponsor.split()):
        return sponsor
    if contact := " ".join(details.point_of_contact.split(",")[0].split()):
        return contact
    return person if person is not None else user()


def user() -> str:
    """The name the person running the program logs in with, or "" when it cannot be told."""
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name in a bare container or service
        return ""


def apply(
    doc: Document,
    details: ExerciseDetails,
    *,
    title: str,
    subject: str,
    language: str,
    keywords: str,
    now: datetime | None = None,
) -> None:
    """Sets the core properties (docProps/core.xml) and the program (docProps/app.xml);
    drops the blank document's thumbnail, a picture of an empty page."""
    moment = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    person = _fit(user())
    core = doc.core_properties
    core.title = _fit(title)
    core.subject = _fit(subject)
    core.language = language
    core.keywords = _fit(keywords)
    core.author = _fit(author(details, person))
    core.last_modified_by = person or PROGRAM
    core.comments = ""
    core.category = ""
    core.created = core.modified = moment.replace(tzinfo=None)  # python-docx writes it as UTC
    core.revision = 1
    _application(doc)
    _drop_thumbnail(doc)


def _fit(value: str) -> str:
    """``value`` as a property holds it: on one line, without what XML cannot hold (the body
    already warned of that), at most 255 characters."""
    return " ".join(text.clean(value, []).split())[:255]


def _application(doc: Document) -> None:
    package = doc.part.package
    part = next((p for p in package.iter_parts() if p.partname == _APP_XML), None)
    if part is None:
        return
    try:
        root = etree.fromstring(part.blob)
    except etree.XMLSyntaxError:  # an organiser's template with a damaged part: write anew
        root = etree.Element(f"{{{_EXTENDED}}}Properties", nsmap={None: _EXTENDED})
    for name in _STALE:
        for element in root.findall(f"{{{_EXTENDED}}}{name}"):
            root.remove(element)
    application = root.find(f"{{{_EXTENDED}}}Application")
    if application is None:
        application = etree.SubElement(root, f"{{{_EXTENDED}}}Application")
        root.insert(0, application)
    application.text = PROGRAM
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _drop_thumbnail(doc: Document) -> None:
    rels = doc.part.package.rels
    for r_id in [r_id for r_id, rel in rels.items() if rel.reltype == RT.THUMBNAIL]:
        rels.pop(r_id)
