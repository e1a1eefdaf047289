"""The tables' recommendations as a tree: themes, and under each its recommendations."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from ttx_desktop.domain.model import Exercise
from ttx_desktop.domain.policy import (
    GenderVerdict,
    PolicyRecommendation,
    PolicyStatus,
    RightsVerdict,
)

Index = QModelIndex | QPersistentModelIndex
_NO_GROUP = 0xFFFFFFFF  # internal id of a theme row; a recommendation's is its theme's row


def _tr(text: str) -> str:
    return QCoreApplication.translate("RecommendationsModel", text)


def status_text(status: PolicyStatus) -> str:
    return {
        PolicyStatus.DRAFT: _tr("Draft"),
        PolicyStatus.AGREED: _tr("Agreed"),
        PolicyStatus.MERGED: _tr("Merged"),
        PolicyStatus.WITHDRAWN: _tr("Withdrawn"),
    }[status]


def rights_text(verdict: RightsVerdict) -> str:
    return {
        RightsVerdict.NONE: _tr("Not reviewed"),
        RightsVerdict.COMPLIANT: _tr("Compliant"),
        RightsVerdict.NEEDS_SAFEGUARDS: _tr("Needs safeguards"),
        RightsVerdict.NOT_COMPLIANT: _tr("Not compliant"),
    }[verdict]


def gender_text(verdict: GenderVerdict) -> str:
    return {
        GenderVerdict.NONE: _tr("Not reviewed"),
        GenderVerdict.CONSIDERED: _tr("Considered"),
        GenderVerdict.NEEDS_WORK: _tr("Needs work"),
        GenderVerdict.NOT_CONSIDERED: _tr("Not considered"),
    }[verdict]


@dataclass(frozen=True)
class Filter:
    """What the list shows: one table's, one status, and which review state (all when None)."""

    team_id: str | None = None
    status: PolicyStatus | None = None
    review: str | None = None  # "unreviewed", "negative", "ok"
    show_closed: bool = False  # merged and withdrawn ones

    def admits(self, item: PolicyRecommendation) -> bool:
        closed = item.status in (PolicyStatus.MERGED, PolicyStatus.WITHDRAWN)
        shown = (
            not item.deleted
            and (self.show_closed or self.status is not None or not closed)
            and (self.team_id is None or self.team_id in item.team_ids)
            and (self.status is None or item.status is self.status)
        )
        return shown and self._review_admits(item)

    def _review_admits(self, item: PolicyRecommendation) -> bool:
        if self.review == "unreviewed":
            return not item.reviewed
        if self.review == "negative":
            return item.negative_verdict
        if self.review == "ok":
            return item.reviewed and not item.negative_verdict
        return True


class RecommendationsModel(QAbstractItemModel):
    """Themes in the order they first appear, each with its recommendations in list order."""

    COLUMNS = 5  # recommendation, status, review, priority, tables

    def __init__(self) -> None:
        super().__init__()
        self._groups: list[tuple[str, list[PolicyRecommendation]]] = []
        self._teams: dict[str, str] = {}
        self._filter = Filter()
        self._all: list[PolicyRecommendation] = []

    # -------------------------------------------------------------- contents

    def set_items(self, items: list[PolicyRecommendation], exercise: Exercise) -> None:
        self._all = items
        self._teams = {t.id: t.name for t in exercise.teams}
        self._regroup()

    def set_filter(self, chosen: Filter) -> None:
        self._filter = chosen
        self._regroup()

    def _regroup(self) -> None:
        self.beginResetModel()
        groups: dict[str, list[PolicyRecommendation]] = {}
        for item in self._all:
            if self._filter.admits(item):
                groups.setdefault(item.theme.strip(), []).append(item)
        self._groups = sorted(groups.items(), key=lambda pair: pair[0] == "")
        self.endResetModel()

    def recommendation_at(self, index: Index) -> PolicyRecommendation | None:
        if not index.isValid() or index.internalId() == _NO_GROUP:
            return None
        group = self._groups[index.internalId()][1]
        return group[index.row()] if index.row() < len(group) else None

    def index_of(self, recommendation_id: str) -> QModelIndex:
        for row, (_, items) in enumerate(self._groups):
            for n, item in enumerate(items):
                if item.id == recommendation_id:
                    return self.index(n, 0, self.index(row, 0))
        return QModelIndex()

    def ordered_ids(self) -> list[str]:
        """The recommendations shown, top to bottom (for "next" in a review pass)."""
        return [item.id for _, items in self._groups for item in items]

    # -------------------------------------------------------------- the model

    def index(self, row: int, column: int, parent: Index | None = None) -> QModelIndex:
        parent = parent if parent is not None else QModelIndex()
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _NO_GROUP)
        return self.createIndex(row, column, parent.row())

    # The stubs type parent() as QObject's (no argument) and parent(child) apart; Qt's item
    # models answer both through this one method.
    def parent(self, child: Index | None = None) -> QModelIndex:  # type: ignore[override]
        if child is None or not child.isValid() or child.internalId() == _NO_GROUP:
            return QModelIndex()
        return self.createIndex(child.internalId(), 0, _NO_GROUP)

    def rowCount(self, parent: Index | None = None) -> int:
        parent = parent if parent is not None else QModelIndex()
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == _NO_GROUP and parent.column() == 0:
            return len(self._groups[parent.row()][1])
        return 0

    def columnCount(self, parent: Index | None = None) -> int:
        return self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            _tr("Recommendation"),
            _tr("Status"),
            _tr("Review"),
            _tr("Priority"),
            _tr("Tables"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if index.internalId() == _NO_GROUP:
            return self._theme_data(index, role)
        item = self.recommendation_at(index)
        if item is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._cell(item, index.column(), role)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 2:
            return QBrush(QColor("#B3261E")) if item.negative_verdict else None
        return None

    def _theme_data(self, index: Index, role: int) -> object:
        theme, items = self._groups[index.row()]
        if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
            name = theme[:1].upper() + theme[1:] if theme else _tr("No theme")
            return f"{name} ({len(items)})"
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _cell(self, item: PolicyRecommendation, column: int, role: int) -> str:
        if column == 0:
            text = item.action or item.issue
            return text if role == Qt.ItemDataRole.ToolTipRole else " ".join(text.split())
        if column == 1:
            return status_text(item.status)
        if column == 2:
            rights, gender = rights_text(item.rights.verdict), gender_text(item.gender.verdict)
            if role == Qt.ItemDataRole.ToolTipRole:
                return _tr("Human rights: {0}\nGender: {1}").format(rights, gender)
            return f"{rights} · {gender}"
        if column == 3:
            return str(item.priority) if item.priority is not None else ""
        return ", ".join(self._teams.get(t, "?") for t in item.team_ids)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
