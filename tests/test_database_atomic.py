"""Database.atomic: a transaction, or a savepoint inside one, committed whole or not at all."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from ttx_desktop.storage.connection import create_database
from ttx_desktop.storage.database import Database
from ttx_desktop.storage.errors import StorageError, WriteRefused


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = create_database(tmp_path / "atomic.ttxdb")
    yield database
    database.close()


def put(db: Database, role: str) -> None:
    db.conn.execute(
        "INSERT INTO room_token (role, token, changed_at) VALUES (?, 't', 'now')", (role,)
    )


def roles(db: Database) -> list[str]:
    return [str(r[0]) for r in db.conn.execute("SELECT role FROM room_token ORDER BY role")]


def test_a_block_is_committed_when_it_ends(db: Database) -> None:
    with db.atomic() as inside:
        assert inside is db
        put(db, "observer")
        assert db.conn.in_transaction
    assert not db.conn.in_transaction
    assert roles(db) == ["observer"]


def test_a_block_that_raises_leaves_nothing_and_its_error_goes_on(db: Database) -> None:
    with pytest.raises(KeyError), db.atomic():
        put(db, "observer")
        raise KeyError("x")
    assert not db.conn.in_transaction
    assert roles(db) == []


def test_what_sqlite_refuses_inside_is_told_as_a_storage_error(db: Database) -> None:
    put(db, "observer")
    db.conn.commit()
    with pytest.raises(WriteRefused) as caught, db.atomic():
        put(db, "player")
        put(db, "observer")  # the same key again
    assert isinstance(caught.value.__cause__, sqlite3.IntegrityError)
    assert not db.conn.in_transaction
    assert roles(db) == ["observer"]


def test_an_inner_block_that_fails_undoes_only_itself(db: Database) -> None:
    with db.atomic():
        put(db, "observer")
        with pytest.raises(StorageError), db.atomic():
            put(db, "player")
            put(db, "observer")
        with db.atomic():
            put(db, "umpire")
    assert roles(db) == ["observer", "umpire"]


def test_an_inner_block_that_ends_well_is_committed_with_the_outer_one(db: Database) -> None:
    with db.atomic():
        with db.atomic():
            put(db, "player")
        assert db.conn.in_transaction
    assert roles(db) == ["player"]


def test_an_outer_block_that_fails_undoes_its_inner_ones_too(db: Database) -> None:
    with pytest.raises(ValueError), db.atomic():
        with db.atomic():
            put(db, "player")
        raise ValueError("late")
    assert roles(db) == []
