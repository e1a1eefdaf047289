"""Shared fixtures: Qt offscreen before any Qt import, and real exercise files."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
