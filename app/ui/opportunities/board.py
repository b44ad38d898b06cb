"""The board (``opportunityBoard``): one lane per stage, cards dragged from lane to lane.

Five lanes for the way to an offer (Interested, Applied, Screening, Interviewing, Offer) and a sixth column,
Closed, holding the four ways it ends (Accepted, Declined, Rejected, Withdrawn) as smaller lanes, each a drop target
of its own. Each lane is a ``QListView`` (``lane_<stage>``) over a :class:`LaneModel`.

Keyboard: Tab and Shift+Tab, or Ctrl+Left/Right, go from lane to lane; Up/Down choose a card; Ctrl+Shift+Right moves
the chosen cards one stage on and Ctrl+Shift+Left one back (both undoable); Enter opens the card's detail; the context
menu (Shift+F10 or the menu key) moves a card to any stage.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QAction, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.core.opportunities.labels import ACTIVE_STAGES, CLOSED_STAGES, OPPORTUNITY_STAGES
from app.core.opportunities.queries import OpportunityRow
from app.ui.followups.kinds import blend, secondary_text
from app.ui.opportunities.lane_model import IdRole, LaneModel, RowRole
from app.ui.opportunities.presentation import days_text, source_text, stage_text, tr, when_text

CARD_HEIGHT = 88
CLOSED_CARD_HEIGHT = 44
CLOSED_ROWS_SHOWN = 3
LANE_WIDTH = 150


class CardDelegate(QStyledItemDelegate):
    """Paints an opportunity as a card: the role, the company (★ on the target list), and a quiet line with how long
    it has been at this stage, where it came from, who is involved — or the next interview, in the accent colour."""

    def __init__(self, today: Callable, *, compact: bool = False, parent=None):
        super().__init__(parent)
        self._today = today
        self.compact = compact

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        return QSize(LANE_WIDTH, CLOSED_CARD_HEIGHT if self.compact else CARD_HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        row: OpportunityRow | None = index.data(RowRole)
        if row is None:
            return
        palette = option.palette
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect.adjusted(2, 3, -2, -3)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        base = palette.color(QPalette.ColorRole.Base)
        accent = palette.color(QPalette.ColorRole.Highlight)
        fill = blend(accent, base, 0.16) if selected else base
        border = accent if selected or focused else blend(palette.color(QPalette.ColorRole.Text), base, 0.22)
        painter.setPen(QPen(border, 2 if selected else 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 6, 6)
        inner = rect.adjusted(9, 6, -8, -5)
        text = palette.color(QPalette.ColorRole.Text)
        quiet = secondary_text(palette)
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text)
        metrics = QFontMetrics(bold)
        line = metrics.height()
        role_lines = 1 if self.compact else 2
        top = inner.top()
        for text_line in _wrap(row.role, metrics, inner.width(), role_lines):
            painter.drawText(
                QRect(inner.left(), top, inner.width(), line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                text_line,
            )
            top += line
        painter.setFont(option.font)
        normal = QFontMetrics(option.font)
        company = row.company + (" ★" if row.is_target else "")
        painter.drawText(
            QRect(inner.left(), top, inner.width(), normal.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            normal.elidedText(company, Qt.TextElideMode.ElideRight, inner.width()),
        )
        if not self.compact:
            small = QFont(option.font)
            small.setPointSizeF(max(7.0, small.pointSizeF() * 0.9))
            painter.setFont(small)
            small_metrics = QFontMetrics(small)
            today = self._today()
            if row.next_interview is not None:
                painter.setPen(accent if not selected else text)
                detail = tr("Interview {when}").format(when=when_text(row.next_interview, today))
            else:
                painter.setPen(quiet)
                who = next((p.name for p in row.people if p.role == "referrer"), "")
                parts = [days_text(row.days_in_stage(today)), who or source_text(row.source)]
                detail = " · ".join(parts)
            painter.drawText(
                QRect(inner.left(), inner.bottom() - small_metrics.height(), inner.width(), small_metrics.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                small_metrics.elidedText(detail, Qt.TextElideMode.ElideRight, inner.width()),
            )
        painter.restore()


def _wrap(text: str, metrics: QFontMetrics, width: int, lines: int) -> list[str]:
    """``text`` broken at spaces into at most ``lines`` lines of ``width`` pixels, the last one elided."""
    out: list[str] = []
    words = text.split()
    while words and len(out) < lines - 1:
        current = words.pop(0)
        while words and metrics.horizontalAdvance(f"{current} {words[0]}") <= width:
            current = f"{current} {words.pop(0)}"
        if metrics.horizontalAdvance(current) > width:
            words.insert(0, current)  # one long word: the last line elides it
            break
        out.append(current)
    if words:
        out.append(metrics.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width))
    return out or [""]


class Lane(QListView):
    """A lane: a list of cards that accepts drops from the other lanes."""

    def __init__(self, model: LaneModel, delegate: CardDelegate, parent=None):
        super().__init__(parent)
        self.setObjectName(f"lane_{model.stage}")
        self.setAccessibleName(tr("{stage} lane").format(stage=stage_text(model.stage)))
        self.setModel(model)
        self.setItemDelegate(delegate)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)
        self.setUniformItemSizes(True)
        self.setSpacing(1)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setMinimumWidth(LANE_WIDTH - 20)
        self.setFrameShape(QListView.Shape.NoFrame)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.viewport().setBackgroundRole(QPalette.ColorRole.AlternateBase)

    @property
    def lane_model(self) -> LaneModel:
        return self.model()

    def dragEnterEvent(self, event) -> None:
        super().dragEnterEvent(event)
        self._highlight(event.isAccepted())

    def dragLeaveEvent(self, event) -> None:
        super().dragLeaveEvent(event)
        self._highlight(False)

    def dropEvent(self, event) -> None:
        self._highlight(False)
        super().dropEvent(event)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self.model().rowCount() == 0:  # an empty lane says what it is for
            painter = QPainter(self.viewport())
            painter.setPen(secondary_text(self.palette()))
            painter.drawText(
                self.viewport().rect().adjusted(8, 8, -8, -8),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                tr("Drag a card here"),
            )
            painter.end()

    def _highlight(self, on: bool) -> None:
        role = QPalette.ColorRole.Midlight if on else QPalette.ColorRole.AlternateBase
        self.viewport().setBackgroundRole(role)
        self.viewport().update()


def _scroll_area(name: str, *, vertical: bool) -> QScrollArea:
    """A frameless area that scrolls one way only and never takes the focus (the lanes do)."""
    area = QScrollArea()
    area.setObjectName(name)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    off = Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    (area.setHorizontalScrollBarPolicy if vertical else area.setVerticalScrollBarPolicy)(off)
    return area


class OpportunityBoard(QWidget):
    """The lanes side by side (see the module docstring).

    Signals: ``move_requested(ids, stage)`` (a drop, a key or the menu), ``current_changed(id)`` (0: none),
    ``open_requested(id)`` (Enter, a double-click), ``menu_requested(id, global_pos)``.
    """

    move_requested = Signal(list, str)
    current_changed = Signal(int)
    open_requested = Signal(int)
    menu_requested = Signal(int, object)

    def __init__(self, today: Callable, parent=None):
        super().__init__(parent)
        self.setObjectName("opportunityBoard")
        self.setAccessibleName(tr("Opportunities board"))
        self._today = today
        self.models: dict[str, LaneModel] = {}
        self.lanes: dict[str, Lane] = {}
        self.headers: dict[str, QLabel] = {}
        # In a small window the lanes scroll sideways and the Closed column up and down, rather than hold the whole
        # window large (issue 17: the window could not be made narrower than the board).
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = _scroll_area("opportunityBoardScroll", vertical=False)
        outer.addWidget(self.scroll)
        lanes = QWidget()
        self.scroll.setWidget(lanes)
        layout = QHBoxLayout(lanes)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        for stage in ACTIVE_STAGES:
            column = QVBoxLayout()
            column.setSpacing(4)
            column.addWidget(self._header(stage))
            column.addWidget(self._lane(stage, compact=False), 1)
            layout.addLayout(column, 1)
        self.closed_scroll = _scroll_area("opportunityClosedScroll", vertical=True)
        closed_box = QWidget()
        self.closed_scroll.setWidget(closed_box)
        self.closed_scroll.setMinimumWidth(LANE_WIDTH - 20 + self.closed_scroll.verticalScrollBar().sizeHint().width())
        layout.addWidget(self.closed_scroll, 1)
        closed = QVBoxLayout(closed_box)
        closed.setContentsMargins(0, 0, 0, 0)
        closed.setSpacing(4)
        title = QLabel(tr("Closed"))
        font = QFont(title.font())
        font.setBold(True)
        title.setFont(font)
        closed.addWidget(title)
        for stage in CLOSED_STAGES:
            closed.addWidget(self._header(stage, small=True))
            closed.addWidget(self._lane(stage, compact=True))
        closed.addStretch(1)
        self._focused: str = ACTIVE_STAGES[0]

    def _header(self, stage: str, *, small: bool = False) -> QLabel:
        label = QLabel()
        label.setObjectName(f"laneHeader_{stage}")
        if not small:
            font = QFont(label.font())
            font.setBold(True)
            label.setFont(font)
        else:
            palette = label.palette()
            palette.setColor(label.foregroundRole(), secondary_text(palette))
            label.setPalette(palette)
        self.headers[stage] = label
        return label

    def _lane(self, stage: str, *, compact: bool) -> Lane:
        model = LaneModel(stage, self._today, self)
        model.dropped.connect(self.move_requested)
        lane = Lane(model, CardDelegate(self._today, compact=compact, parent=self), self)
        lane.selectionModel().currentChanged.connect(lambda current, _previous, s=stage: self._current(s, current))
        lane.activated.connect(lambda index: self.open_requested.emit(index.data(IdRole)))
        lane.customContextMenuRequested.connect(lambda pos, ln=lane: self._menu(ln, pos))
        lane.installEventFilter(self)
        self.models[stage] = model
        self.lanes[stage] = lane
        return lane

    # --- data -----------------------------------------------------------------------------------------------------
    def set_lanes(self, lanes: dict[str, list[OpportunityRow]], keep: int | None = None) -> None:
        """Show ``lanes`` (stage → rows); ``keep`` stays the current card if it is still shown."""
        for stage in OPPORTUNITY_STAGES:
            rows = lanes.get(stage, [])
            self.models[stage].set_rows(rows)
            header = self.headers[stage]
            header.setText(f"{stage_text(stage)}  {len(rows)}" if rows else stage_text(stage))
            header.setToolTip(tr("{n} at {stage}").format(n=len(rows), stage=stage_text(stage)))
            self.lanes[stage].setAccessibleDescription(tr("%Ln card(s)", "", len(rows)))
            if stage in CLOSED_STAGES:  # as tall as its cards (a few; more scroll), never too small to drop on
                shown = min(max(len(rows), 1), CLOSED_ROWS_SHOWN)
                self.lanes[stage].setFixedHeight(shown * (CLOSED_CARD_HEIGHT + 2) + 6)
        if keep:
            self.select(keep)

    def select(self, opportunity_id: int, *, focus: bool = False) -> bool:
        for stage, model in self.models.items():
            row = model.row_of(opportunity_id)
            if row >= 0:
                lane = self.lanes[stage]
                index = model.index(row)
                lane.setCurrentIndex(index)
                lane.scrollTo(index)
                if focus:
                    lane.setFocus(Qt.FocusReason.OtherFocusReason)
                self._focused = stage
                return True
        return False

    def current_id(self) -> int | None:
        lane = self.lanes.get(self._focused)
        index = lane.currentIndex() if lane is not None else QModelIndex()
        return index.data(IdRole) if index.isValid() and lane.selectionModel().isSelected(index) else None

    def selected_ids(self) -> list[int]:
        lane = self.lanes.get(self._focused)
        if lane is None:
            return []
        ids = [i.data(IdRole) for i in lane.selectionModel().selectedIndexes()]
        return ids or ([self.current_id()] if self.current_id() else [])

    def focused_stage(self) -> str:
        return self._focused

    def _current(self, stage: str, index: QModelIndex) -> None:
        if not index.isValid():
            return
        self._focused = stage
        for other, lane in self.lanes.items():  # one card chosen on the whole board
            if other != stage:
                lane.clearSelection()
        self.current_changed.emit(index.data(IdRole))

    # --- keyboard and menu ----------------------------------------------------------------------------------------
    def eventFilter(self, watched, event) -> bool:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.FocusIn and isinstance(watched, Lane):
            self._focused = watched.lane_model.stage
            self.scroll.ensureWidgetVisible(watched, 0, 0)
            if watched.lane_model.stage in CLOSED_STAGES:
                self.closed_scroll.ensureWidgetVisible(watched, 0, 0)
            if not watched.currentIndex().isValid() and watched.model().rowCount():
                watched.setCurrentIndex(watched.model().index(0))
        if event.type() == QEvent.Type.KeyPress and isinstance(watched, Lane):
            key, mods = event.key(), event.modifiers()
            ctrl = Qt.KeyboardModifier.ControlModifier
            shift = Qt.KeyboardModifier.ShiftModifier
            if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and mods == ctrl:
                self._step_lane(watched.lane_model.stage, 1 if key == Qt.Key.Key_Right else -1)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and mods == Qt.KeyboardModifier.NoModifier:
                current = watched.currentIndex()
                if current.isValid():
                    self.open_requested.emit(current.data(IdRole))
                    return True
            if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and mods == (ctrl | shift):
                return True  # the page's move actions take these
        return super().eventFilter(watched, event)

    def _step_lane(self, stage: str, step: int) -> None:
        order = list(OPPORTUNITY_STAGES)
        target = order[(order.index(stage) + step) % len(order)]
        self.lanes[target].setFocus(Qt.FocusReason.TabFocusReason)

    def _menu(self, lane: Lane, pos) -> None:
        index = lane.indexAt(pos)
        if not index.isValid():
            return
        if not lane.selectionModel().isSelected(index):
            lane.setCurrentIndex(index)
        self.menu_requested.emit(index.data(IdRole), lane.viewport().mapToGlobal(pos))

    def stage_menu(self, parent: QWidget, current: str, move: Callable[[str], None]) -> QMenu:
        """A "Move to" menu: every stage but ``current``, the closing ones after a separator."""
        menu = QMenu(tr("Move to"), parent)
        menu.setObjectName("opportunityMoveMenu")
        for stage in OPPORTUNITY_STAGES:
            if stage == CLOSED_STAGES[0]:
                menu.addSeparator()
            action = QAction(stage_text(stage), menu)
            action.setEnabled(stage != current)
            action.triggered.connect(lambda _=False, s=stage: move(s))
            menu.addAction(action)
        return menu
