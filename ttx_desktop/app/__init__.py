"""The one place that wires the program: open a file, build the services, show the window."""

from ttx_desktop.app.controller import CHECK_POLL_MS, Controller, data_folder, unique_path
from ttx_desktop.app.run import (
    BENCH_FIRST_PAINT,
    LATER_MODULES,
    FirstPaintProbe,
    make_application,
    run_gui,
    temporary_folder,
    temporary_settings,
)

__all__ = [
    "BENCH_FIRST_PAINT",
    "CHECK_POLL_MS",
    "LATER_MODULES",
    "Controller",
    "FirstPaintProbe",
    "data_folder",
    "make_application",
    "run_gui",
    "temporary_folder",
    "temporary_settings",
    "unique_path",
]
