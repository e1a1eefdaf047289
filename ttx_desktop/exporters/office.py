"""LibreOffice, where it is installed: the real page numbers of a document's contents, and
the document saved as PDF too.

LibreOffice runs headless with a profile of its own, in which a small Basic macro opens each
document hidden, updates its contents, saves a copy in Word's format (from which the page
numbers are read back into our own document) and, if asked, a PDF. One LibreOffice run
serves a whole pack of documents.
"""

from __future__ import annotations

import getpass
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from ttx_desktop.exporters import contents
from ttx_desktop.messages import msg

# Where the installers put soffice, besides the PATH.
WINDOWS_FOLDERS = ("ProgramFiles", "ProgramW6432", "ProgramFiles(x86)")
WINDOWS_PROGRAM = ("LibreOffice", "program", "soffice.exe")
MACOS_PROGRAM = Path("/Applications/LibreOffice.app/Contents/MacOS/soffice")
# TTX_SOFFICE names the program to use; set empty, it turns the use of LibreOffice off.
ENVIRONMENT = "TTX_SOFFICE"
TIMEOUT_S = 180
PROFILE = "ttx-desktop-office"
MODULE = "TTXPages"


class OfficeError(Exception):
    """LibreOffice could not do what was asked; the message says so in the user's language."""


def find_soffice(environ: Mapping[str, str] | None = None) -> Path | None:
    """LibreOffice's soffice: named by TTX_SOFFICE, on the PATH, or in its usual Windows and
    macOS install folders; None where there is none."""
    environ = os.environ if environ is None else environ
    if ENVIRONMENT in environ:
        named = environ[ENVIRONMENT].strip()
        return Path(named) if named and Path(named).is_file() else None
    for name in ("soffice", "libreoffice"):
        if found := shutil.which(name, path=environ.get("PATH")):
            return Path(found)
    candidates = [Path(environ[v], *WINDOWS_PROGRAM) for v in WINDOWS_FOLDERS if environ.get(v)]
    if sys.platform == "darwin":
        candidates.append(MACOS_PROGRAM)
    return next((c for c in candidates if c.is_file()), None)


def pdf_needs_office() -> str:
    return msg(
        "saving as PDF needs LibreOffice, which was not found on this computer; install "
        "LibreOffice, or export without PDF"
    )


def default_profile(slot: int = 0) -> Path:
    """LibreOffice's profile for our runs: kept between exports (making one costs seconds),
    one for each user of the computer, and for each of the runs `export all` makes at once
    (``slot``)."""
    try:
        user = re.sub(r"[^\w-]", "", getpass.getuser()) or "user"
    except (KeyError, OSError):  # no name for this user id
        user = "user"
    suffix = f"-{slot}" if slot else ""
    return Path(tempfile.gettempdir()) / f"{PROFILE}-{user}{suffix}"


@dataclass(frozen=True)
class Finished:
    """A document after LibreOffice: with its contents' page numbers, and its PDF if asked."""

    docx: bytes
    pdf: bytes | None


def finish(
    soffice: Path, documents: Sequence[bytes], *, pdf: bool, profile: Path | None = None
) -> list[Finished]:
    """Each document with the page numbers LibreOffice lays it out with in its contents, and
    (if ``pdf``) as PDF; raises OfficeError if LibreOffice fails."""
    profile = profile or default_profile()
    with tempfile.TemporaryDirectory(prefix="ttx-office-") as work:
        folder = Path(work)
        if (profile / ".lock").exists():  # in use by another export: a LibreOffice of our own
            profile = folder / "profile"
        jobs: list[tuple[Path, Path, Path | None]] = []
        for n, data in enumerate(documents):
            source = folder / f"{n}.docx"
            source.write_bytes(data)
            jobs.append((source, folder / f"{n}.laid.docx", folder / f"{n}.pdf" if pdf else None))
        listing = folder / "jobs.txt"
        listing.write_text(
            "".join(
                f"{s.as_uri()}\t{t.as_uri()}\t{p.as_uri() if p else ''}\t\n" for s, t, p in jobs
            ),
            encoding="utf-8",
        )
        _prepare(soffice, profile)
        _run(soffice, profile, [f'macro:///Standard.{MODULE}.Fill("{listing.as_uri()}")'])
        results = []
        for (source, laid, pdf_path), data in zip(jobs, documents, strict=True):
            if not laid.is_file() or (pdf_path is not None and not pdf_path.is_file()):
                raise OfficeError(msg("LibreOffice did not lay out the document"))
            pages = contents.read_pages(laid.read_bytes())
            filled = contents.write_pages(data, pages)
            results.append(Finished(filled, pdf_path.read_bytes() if pdf_path else None))
            source.unlink()
        return results


def _run(soffice: Path, profile: Path, arguments: list[str]) -> None:
    command = [str(soffice), f"-env:UserInstallation={profile.as_uri()}", "--headless",
               "--invisible", "--norestore", "--nologo", *arguments]  # fmt: skip
    # soffice starts soffice.bin under it: a group of its own lets a timeout end both.
    try:
        process = subprocess.Popen(  # noqa: S603 - LibreOffice on files we wrote
            command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL, start_new_session=os.name == "posix",
        )  # fmt: skip
    except OSError as exc:
        raise OfficeError(msg("LibreOffice could not be run ({reason})", reason=exc)) from exc
    try:
        code = process.wait(timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired as exc:
        if os.name == "posix":
            os.killpg(process.pid, signal.SIGKILL)
        process.kill()
        process.wait()
        raise OfficeError(msg("LibreOffice did not finish in {s} seconds", s=TIMEOUT_S)) from exc
    if code != 0:
        raise OfficeError(msg("LibreOffice stopped with code {code}", code=code))


def _prepare(soffice: Path, profile: Path) -> None:
    """A LibreOffice profile that holds our macro (LibreOffice makes a new profile's own
    Basic library on its first start, so it is started once before the macro goes in)."""
    library = profile / "user" / "basic" / "Standard"
    index = library / "script.xlb"
    if not index.is_file():
        _run(soffice, profile, ["--terminate_after_init"])
    if not index.is_file():
        raise OfficeError(msg("LibreOffice could not make its profile in {path}", path=profile))
    (library / f"{MODULE}.xba").write_text(_MACRO, encoding="utf-8")
    listed = index.read_text(encoding="utf-8")
    entry = f'<library:element library:name="{MODULE}"/>'
    if entry not in listed:
        index.write_text(listed.replace("</library:library>", f" {entry}\n</library:library>"),
                         encoding="utf-8")  # fmt: skip


# Fill(listing): each line of the UTF-8 file at ``listing`` is "source<TAB>laid<TAB>pdf"
# (file URLs; pdf may be empty). A document that fails is left without its outputs.
_MACRO = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="TTXPages"
 script:language="StarBasic">
Sub Fill(listing As String)
  Dim files As Object, reader As Object, parts As Variant, job As String
  files = createUnoService("com.sun.star.ucb.SimpleFileAccess")
  reader = createUnoService("com.sun.star.io.TextInputStream")
  reader.setInputStream(files.openFileRead(listing))
  reader.setEncoding("UTF-8")
  Do While Not reader.isEOF()
    job = Replace(Replace(reader.readLine(), Chr(13), ""), Chr(10), "")
    If job &lt;&gt; "" Then
      parts = Split(job, Chr(9))
      LayOut(parts(0), parts(1), parts(2))
    End If
  Loop
  reader.closeInput()
End Sub

Sub LayOut(source As String, laid As String, pdf As String)
  On Error Goto Failed
  Dim hidden(0) As New com.sun.star.beans.PropertyValue
  hidden(0).Name = "Hidden" : hidden(0).Value = True
  Dim doc As Object, n As Integer
  doc = StarDesktop.loadComponentFromURL(source, "_blank", 0, hidden())
  For n = 0 To doc.getDocumentIndexes().getCount() - 1
    doc.getDocumentIndexes().getByIndex(n).update()
  Next n
  Dim filter(0) As New com.sun.star.beans.PropertyValue
  filter(0).Name = "FilterName" : filter(0).Value = "MS Word 2007 XML"
  doc.storeToURL(laid, filter())
  If pdf &lt;&gt; "" Then
    filter(0).Value = "writer_pdf_Export"
    doc.storeToURL(pdf, filter())
  End If
  doc.close(True)
  Exit Sub
Failed:
  If Not IsNull(doc) Then doc.close(True)
End Sub
</script:module>
"""
