"""The `room` and `merge` subcommands: phones join over the laptop's network; laptops merge."""

from __future__ import annotations

import argparse
import signal
import threading
from collections.abc import Callable
from pathlib import Path
from types import FrameType

PROG = "ttx-desktop"
DEFAULT_PORT = 8765

Command = Callable[[str, str, str], argparse.ArgumentParser]


def add_room_commands(command: Command) -> None:
    """Adds `room` and `merge` to the program's subcommands."""
    room = command(
        "room", "open the room for phones: print one join link per role, serve until Ctrl+C",
        "room exercise.ttxdb --bind 192.168.1.20 --port 8765",
    )  # fmt: skip
    room.add_argument("file", type=Path, metavar="FILE.ttxdb")
    room.add_argument(
        "--bind", metavar="ADDR",
        help="an IPv4 address of this laptop (default: its first private LAN address, else "
        "127.0.0.1); never all interfaces",
    )  # fmt: skip
    room.add_argument(
        "--port", type=int, default=DEFAULT_PORT, metavar="N",
        help=f"the port (default {DEFAULT_PORT}; 0 picks a free one)",
    )  # fmt: skip
    room.add_argument(
        "--new-links", action="store_true",
        help="make new links for every role first; earlier links and sheets stop working",
    )  # fmt: skip
    room.set_defaults(run=_cmd_room)

    merge = command(
        "merge", "bring another laptop's copy's log, feedback and recommendations into FILE",
        "merge exercise.ttxdb notes-laptop2.ttxdb",
    )  # fmt: skip
    merge.add_argument("file", type=Path, metavar="FILE.ttxdb")
    merge.add_argument("other", type=Path, metavar="OTHER.ttxdb")
    merge.set_defaults(run=_cmd_merge)


def _cmd_room(args: argparse.Namespace) -> int:
    from ttx_desktop.room.server import RoomServer
    from ttx_desktop.room.tokens import RoomRole
    from ttx_desktop.services.room_desk import RoomDesk
    from ttx_desktop.storage.exercise_file import ExerciseFile
    from ttx_desktop.storage.room_store import RoomStore

    bind = args.bind or _default_bind()
    with ExerciseFile.open(args.file) as xf:  # the lock: no other program writes meanwhile
        desk = RoomDesk(RoomStore(xf.path))
        server = RoomServer(desk)
        stop = threading.Event()
        try:
            if args.new_links:
                for role in RoomRole:
                    server.tokens.rotate(role)
            server.start(bind, args.port)
            print(f"{args.file}: the room is open at {server.base_url}; Ctrl+C closes it")
            for role in RoomRole:
                print(f"{role.value}: {server.join_url(role) or '(link closed)'}", flush=True)
            _wait(stop)
        finally:
            server.stop()
            desk.close()
    print(f"{args.file}: the room is closed", flush=True)
    return 0


def _wait(stop: threading.Event) -> None:
    """Until Ctrl+C or SIGTERM; either closes the room cleanly."""

    def on_signal(number: int, frame: FrameType | None) -> None:
        stop.set()

    previous = {s: signal.signal(s, on_signal) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        while not stop.wait(0.5):
            pass
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


def _default_bind() -> str:
    from ttx_desktop.room.addresses import default_address, laptop_addresses

    return default_address(laptop_addresses())


def _cmd_merge(args: argparse.Namespace) -> int:
    from ttx_desktop.services.merge_service import merge_into

    report = merge_into(args.file, args.other)
    print(f"{args.file}: merged {args.other}: {report.summary()}")
    for conflict in report.conflicts:
        print(f"  check: {conflict}")
    return 0
