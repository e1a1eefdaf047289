"""Writes resources/licenses/THIRD-PARTY.txt from the installed packages' own metadata.

Run it (`./dev licenses`) after changing a dependency; tests/test_about.py checks that the
file names every package the program ships with, at the installed version and licence.
"""

from __future__ import annotations

import sys
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "resources" / "licenses" / "THIRD-PARTY.txt"

# What the program ships with: our dependencies and theirs, as installed (test tools excluded).
SHIPPED = [
    "PySide6-Essentials",
    "shiboken6",
    "sqlite-utils",
    "click",
    "click-default-group",
    "pluggy",
    "python-dateutil",
    "sqlite-fts4",
    "tabulate",
    "python-docx",
    "lxml",
    "typing_extensions",
    "qrcode",
    "pillow",
    "PyYAML",
    "openpyxl",
    "et_xmlfile",
    "defusedxml",
    "xlrd",
]

# Where metadata gives no licence field, or one that needs a word of explanation.
NOTES = {
    "PySide6-Essentials": (
        "Qt for Python and the Qt libraries it carries are used under the GNU Lesser General "
        "Public License version 3 (LGPL-3.0); the full text follows in LGPL-3.0.txt, with the "
        "GNU GPL it extends in GPL-3.0.txt. The Qt libraries are separate shared libraries in "
        "the program's folder and may be replaced by other builds of the same version. Qt's "
        "own third-party components (ICU, HarfBuzz, FreeType, libpng, zlib and others) are "
        "listed at https://doc.qt.io/qt-6/licenses-used-in-qt.html. Source code: "
        "https://code.qt.io and https://download.qt.io/official_releases/QtForPython/."
    ),
    "shiboken6": "Part of Qt for Python; used under the LGPL-3.0 as above.",
    "click-default-group": "BSD-3-Clause (see the licence text below).",
}


def licence_of(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    expression = meta.get("License-Expression") or ""
    if expression:
        return expression
    text = (meta.get("License") or "").strip()
    if text and len(text) < 80:
        return text
    classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or [] if "License" in c]
    return ", ".join(classifiers) or "see the licence text below"


def licence_texts(dist: metadata.Distribution) -> list[str]:
    texts = []
    for file in dist.files or []:
        name = file.name.upper()
        if name.startswith(("LICEN", "COPYING", "NOTICE")) and ".dist-info" in str(file):
            texts.append(
                Path(str(file.locate())).read_text(encoding="utf-8", errors="replace").strip()
            )
    return texts


def render() -> str:
    python = ".".join(str(part) for part in sys.version_info[:3])
    parts = [
        "TTX Desktop: third-party software",
        "=================================",
        "",
        "TTX Desktop is free software under the GNU General Public License, version 3 or",
        "later (LICENSE). It is built on the software below, each under its own licence.",
        "",
        f"Python {python}: Python Software Foundation License (PSF-2.0), "
        "https://docs.python.org/3/license.html",
    ]
    for name in SHIPPED:
        dist = metadata.distribution(name)
        title = f"{dist.metadata['Name']} {dist.version}: {licence_of(dist)}"
        parts += ["", "-" * 78, title, "-" * 78]
        if name in NOTES:
            parts += ["", NOTES[name]]
        for text in licence_texts(dist):
            parts += ["", text]
    return "\n".join(parts) + "\n"


def main() -> int:
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_text(render(), encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
