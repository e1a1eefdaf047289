"""Undoable changes to the tables' recommendations: an edit, a new draft, a merge."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from ttx_desktop.domain.policy import PolicyRecommendation
from ttx_desktop.gui.undo_commands import ErrorSink, ServiceCommand
from ttx_desktop.messages import clipped
from ttx_desktop.services.policy_service import PolicyService


def _tr(text: str) -> str:
    return QCoreApplication.translate("PolicyCommands", text)


def named(item: PolicyRecommendation) -> str:
    return _tr("recommendation “{0}”").format(clipped(item.action or item.issue, 30))


class _PolicyCommand(ServiceCommand):
    """A change to a recommendation, made before the command is pushed."""

    def __init__(self, text: str, on_error: ErrorSink | None) -> None:
        super().__init__(text, on_error, done=True)


class EditRecommendation(_PolicyCommand):
    """Fields changed from ``before`` to ``after`` (each a mapping of field to value)."""

    def __init__(
        self,
        service: PolicyService,
        item: PolicyRecommendation,
        before: dict[str, Any],
        after: dict[str, Any],
        on_error: ErrorSink | None = None,
    ) -> None:
        super().__init__(_tr("Edit {0}").format(named(item)), on_error)
        self._service, self._id = service, item.id
        self._before, self._after = before, after

    def _apply(self) -> None:
        self._service.edit(self._id, **self._after)

    def _revert(self) -> None:
        self._service.edit(self._id, **self._before)


class AddRecommendation(_PolicyCommand):
    """A new draft; undone, it is marked deleted (it stays in the file, as every record)."""

    def __init__(
        self, service: PolicyService, item: PolicyRecommendation, on_error: ErrorSink | None = None
    ) -> None:
        super().__init__(_tr("Add {0}").format(named(item)), on_error)
        self._service, self._id = service, item.id

    def _apply(self) -> None:
        self._service.restore(self._id)

    def _revert(self) -> None:
        self._service.delete(self._id)


class DeleteRecommendation(AddRecommendation):
    """A recommendation marked deleted; undone, it is back."""

    def __init__(
        self, service: PolicyService, item: PolicyRecommendation, on_error: ErrorSink | None = None
    ) -> None:
        super().__init__(service, item, on_error)
        self.setText(_tr("Delete {0}").format(named(item)))

    def _apply(self) -> None:
        super()._revert()

    def _revert(self) -> None:
        super()._apply()


class MergeRecommendations(_PolicyCommand):
    """A duplicate folded into a keeper; undone, both are as they were."""

    def __init__(
        self,
        service: PolicyService,
        duplicate: PolicyRecommendation,
        keeper: PolicyRecommendation,
        on_error: ErrorSink | None = None,
    ) -> None:
        super().__init__(_tr("Merge {0}").format(named(duplicate)), on_error)
        self._service = service
        self._duplicate, self._keeper = duplicate, keeper

    def _apply(self) -> None:
        self._service.merge_into(self._duplicate.id, self._keeper.id)

    def _revert(self) -> None:
        keeper, duplicate = self._keeper, self._duplicate
        self._service.edit(
            keeper.id,
            team_ids=keeper.team_ids,
            entry_ids=keeper.entry_ids,
            objective_ids=keeper.objective_ids,
        )
        self._service.edit(duplicate.id, status=duplicate.status, merged_into=duplicate.merged_into)
