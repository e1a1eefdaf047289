"""The script, style sheet and icon of the phone pages, read once from the package's static/.

They are shipped as package data (pyproject's package-data, build.spec's datas) and reached
through importlib.resources, so a checkout, a wheel and the frozen build serve the same files.
"""

from __future__ import annotations

from ttx_desktop.paths import room_static


def _read(name: str) -> bytes:
    return room_static(name).read_bytes()


APP_JS = _read("app.js")
POLICY_JS = _read("policy.js")  # the rapporteur's page and the participants' votes
APP_CSS = _read("app.css")
# The tab icon, so browsers do not ask for /favicon.ico (which is no route).
ICON_SVG = _read("icon.svg")
