"""Opportunities (``opportunitiesPage``, Ctrl+6): the job search from a conversation to an offer.

Above: the board by stage (``opportunityBoard``: drag a card to another lane to move it, each move logged with its
day and undoable) or the table (``opportunityTable``: every column sorts), switched with Board / Table
(``opportunityBoardButton``, ``opportunityTableButton``, Alt+B / Alt+L), and the filters both share: words
(``opportunitySearch``: role, company, place, people), a stage (``opportunityStageFilter``), a source
(``opportunitySourceFilter``) and target companies only (``opportunityTargetsOnly``). Below: the chosen
opportunity (:mod:`.detail`).

Keys (while the page has the focus): Ctrl+Shift+J new opportunity (anywhere in the window), Ctrl+E edit, Ctrl+I
schedule an interview, Ctrl+Shift+Right / Ctrl+Shift+Left move to the next / previous stage, Delete delete (all
undoable with Ctrl+Z); Enter opens a card's detail, the context menu moves it to any stage.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
)

from app.core.opportunities import labels, queries
from app.core.opportunities.queries import Filter
from app.ui.i18n import in_sentence
from app.ui.icons import ui_icon
from app.ui.opportunities.board import OpportunityBoard
from app.ui.opportunities.commands import (
    CreateOpportunity,
    DeleteOpportunity,
    EditInterview,
    EditOpportunity,
    MoveOpportunities,
    ScheduleInterview,
)
from app.ui.opportunities.detail import OpportunityDetailPane
from app.ui.opportunities.dialogs import InterviewDialog, OpportunityDialog
from app.ui.opportunities.lane_model import IdRole
from app.ui.opportunities.page_widgets import (
    OPEN_ONLY,
    build_empty_note,
    build_filters,
    build_table,
    build_top_bar,
)
from app.ui.opportunities.presentation import stage_text, tr
from app.ui.widgets.modal import run_modal
from app.ui.widgets.page import Page


class OpportunitiesPage(Page):
    """See the module docstring."""

    title = "Opportunities"
    icon_name = "briefcase"
    contact_requested = Signal(int)
    show_contacts = Signal(list, str)
    prepare_requested = Signal(int)

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.setObjectName("opportunitiesPage")
        self.setAccessibleName(tr("Opportunities"))
        self.current_id: int | None = None
        self._rows: list[queries.OpportunityRow] = []
        self._only: tuple[frozenset[int], str] | None = None  # the opportunities behind a number on Insights
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(120)
        self._filter_timer.timeout.connect(self.refresh_now)
        self._build()
        self._build_actions()
        for signal in (ctx.bus.opportunities_changed, ctx.bus.contacts_changed, ctx.bus.followups_changed):
            signal.connect(self.mark_dirty)

    # --- layout ---------------------------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 8)
        layout.setSpacing(8)
        top = build_top_bar(self)
        layout.addLayout(top)

        filters = build_filters(self)
        layout.addLayout(filters)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("opportunitySplitter")
        self.splitter.setChildrenCollapsible(False)
        self.views = QStackedWidget()
        self.board = OpportunityBoard(self.ctx.clock.today)
        self.board.move_requested.connect(self.move)
        self.board.current_changed.connect(self._chosen)
        self.board.open_requested.connect(self.open_detail)
        self.board.menu_requested.connect(self._card_menu)
        self.views.addWidget(self.board)  # it scrolls sideways itself in a narrow window
        build_table(self)
        self.views.addWidget(self.table)
        build_empty_note(self)
        self.views.addWidget(self.empty)
        self.splitter.addWidget(self.views)
        self.detail = OpportunityDetailPane(self.ctx)
        self.detail.open_contact.connect(self.contact_requested)
        self.detail.show_people.connect(self.show_contacts)
        self.detail.edit_requested.connect(self.edit)
        self.detail.move_menu_requested.connect(self._move_menu)
        self.detail.schedule_requested.connect(self.schedule_interview)
        self.detail.edit_interview_requested.connect(self.edit_interview)
        self.detail.prepare_requested.connect(self.prepare_requested)
        self.detail.send_requested.connect(self.send_document)
        self.detail.library_requested.connect(self.open_library)
        self.detail.delete_requested.connect(self.delete)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([390, 340])
        layout.addWidget(self.splitter, 1)
        self._view = "board"

    def _build_actions(self) -> None:
        def action(text, shortcut, tip, slot, name) -> QAction:
            act = QAction(text, self)
            act.setObjectName(name)
            act.setShortcut(QKeySequence(shortcut))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shown = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            act.setToolTip(f"{tip} ({shown})")
            act.setStatusTip(tip)
            act.triggered.connect(lambda _=False: slot())
            self.addAction(act)
            return act

        self.next_action = action(
            tr("Move to the next stage"), "Ctrl+Shift+Right", tr("Move to the next stage"), lambda: self.step(1),
            "opportunityNextStage",
        )  # fmt: skip
        self.previous_action = action(
            tr("Move back a stage"), "Ctrl+Shift+Left", tr("Move back a stage"), lambda: self.step(-1),
            "opportunityPreviousStage",
        )  # fmt: skip
        self.edit_action = action(tr("Edit…"), "Ctrl+E", tr("Edit the opportunity"), self.edit, "opportunityEditAction")
        self.schedule_action = action(
            tr("Schedule an interview…"), "Ctrl+I", tr("Add a round of interviews"), self.schedule_interview,
            "opportunityScheduleAction",
        )  # fmt: skip
        self.delete_action = action(
            tr("Delete"), QKeySequence(QKeySequence.StandardKey.Delete).toString(), tr("Delete the opportunity"),
            self.delete, "opportunityDeleteAction",
        )  # fmt: skip

    # --- data -----------------------------------------------------------------------------------------------------
    def current_filter(self) -> Filter:
        stage = self.stage_filter.currentData()
        sources = self.source_filter.currentData()
        return Filter(
            text=self.search.text(),
            stages=frozenset((stage,)) if stage and stage != OPEN_ONLY else frozenset(),
            sources=frozenset(sources or ()),
            targets_only=self.targets_only.isChecked(),
            open_only=stage == OPEN_ONLY,
        )

    def refresh(self) -> None:
        flt = self.current_filter()
        everything = queries.rows(clock=self.ctx.clock)
        self._rows = [row for row in everything if flt.accepts(row)]
        if self._only is not None:
            self._rows = [row for row in self._rows if row.id in self._only[0]]
        if self.current_id is None or not any(r.id == self.current_id for r in self._rows):
            self.current_id = self._first_choice()
        self.board.set_lanes(queries.by_stage(self._rows), keep=self.current_id)
        self.table_model.set_rows(self._rows)
        self._select_in_table(self.current_id)
        open_rows = [r for r in everything if not r.closed]
        parts = [tr("{n} open").format(n=len(open_rows))]
        for stage in ("interviewing", "offer"):
            count = sum(1 for r in open_rows if r.stage == stage)
            if count:
                parts.append(f"{count} {in_sentence(stage_text(stage))}")
        if self._only is not None:
            parts.append(tr("showing {n}: {label}").format(n=len(self._rows), label=self._only[1]))
        elif flt.active:
            parts.append(tr("showing {n} of {total}").format(n=len(self._rows), total=len(everything)))
        self.show_all.setVisible(self._only is not None)
        self.counts.setText(" · ".join(parts) if everything else "")
        if not everything:
            self.views.setCurrentWidget(self.empty)
        else:
            self.views.setCurrentWidget(self.board if self._view == "board" else self.table)
        self.detail.show_opportunity(self.current_id)

    def _first_choice(self) -> int | None:
        """What the page shows first: the next interview, else the open opportunity that moved last."""
        ahead = [r for r in self._rows if r.next_interview is not None]
        if ahead:
            return min(ahead, key=lambda r: r.next_interview).id
        return next((r.id for r in self._rows if not r.closed), self._rows[0].id if self._rows else None)

    def show_view(self, view: str) -> None:
        self._view = view
        (self.board_button if view == "board" else self.table_button).setChecked(True)
        if self.views.currentWidget() is not self.empty:
            self.views.setCurrentWidget(self.board if view == "board" else self.table)
        if self.current_id is not None:
            if view == "board":
                self.board.select(self.current_id)
            else:
                self._select_in_table(self.current_id)

    def _select_in_table(self, opportunity_id: int | None) -> None:
        row = self.table_model.row_of(opportunity_id) if opportunity_id else -1
        if row < 0:
            return
        index = self.table_model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)

    def _chosen(self, opportunity_id: int) -> None:
        if not opportunity_id or opportunity_id == self.current_id:
            return
        self.current_id = opportunity_id
        self.detail.show_opportunity(opportunity_id)

    def select(self, opportunity_id: int) -> bool:
        """Show one opportunity (clearing filters that hide it)."""
        self.refresh_now()
        if not any(r.id == opportunity_id for r in self._rows):
            self.clear_filters()
        self.current_id = opportunity_id
        found = self.board.select(opportunity_id) if self._view == "board" else False
        self._select_in_table(opportunity_id)
        self.detail.show_opportunity(opportunity_id)
        return found or self.table_model.row_of(opportunity_id) >= 0

    open_opportunity = select

    def show_only(self, ids, label: str) -> None:
        """Show just ``ids`` (the opportunities behind a number on the Insights page), in the table."""
        self._only = (frozenset(ids), label)
        self.current_id = None
        self.show_view("table")
        self.refresh_now()

    def clear_filters(self) -> None:
        self._only = None
        for widget in (self.search, self.stage_filter, self.source_filter, self.targets_only):
            widget.blockSignals(True)
        self.search.clear()
        self.stage_filter.setCurrentIndex(0)
        self.source_filter.setCurrentIndex(0)
        self.targets_only.setChecked(False)
        for widget in (self.search, self.stage_filter, self.source_filter, self.targets_only):
            widget.blockSignals(False)
        self.refresh_now()

    def selected_ids(self) -> list[int]:
        if self._view == "board":
            return [i for i in self.board.selected_ids() if i]
        rows = self.table.selectionModel().selectedRows()
        ids = [r.data(IdRole) for r in rows]
        return ids or ([self.current_id] if self.current_id else [])

    def open_detail(self, opportunity_id: int) -> None:
        self._chosen(opportunity_id)
        self.detail.notes.setFocus(Qt.FocusReason.OtherFocusReason)

    def flush_pending_edits(self) -> None:
        self.detail.save_notes()

    # --- changes --------------------------------------------------------------------------------------------------
    def move(self, ids: list[int], stage: str) -> None:
        """Move cards to ``stage`` today (one undoable step); a refusal is said in a message."""
        if not ids:
            return
        command = MoveOpportunities(self.ctx, ids, stage)
        self.ctx.undo_stack.push(command)
        if command.error is not None:
            QMessageBox.warning(self, tr("Move"), getattr(command.error, "reason", str(command.error)))
            return
        self.current_id = ids[0]
        self.refresh_now()
        self.board.select(ids[0], focus=self.board.isVisible())

    def step(self, direction: int) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        row = next((r for r in self._rows if r.id == ids[0]), None)
        if row is None:
            return
        target = labels.next_stage(row.stage) if direction > 0 else self._previous(row)
        if target is not None:
            self.move(ids, target)

    def _previous(self, row: queries.OpportunityRow) -> str | None:
        """Back one stage: the stage it was at before (from its history), else the one before on the way."""
        history = queries.history(row.id, self.ctx.clock.today())
        if len(history) >= 2:
            return history[-2].stage
        return labels.previous_stage(row.stage)

    def new_opportunity(self, *, company: str = "", contact_id: int | None = None) -> int | None:
        dialog = OpportunityDialog(self.ctx, self, company=company, contact_id=contact_id)
        while run_modal(dialog) == QDialog.DialogCode.Accepted:
            command = CreateOpportunity(
                self.ctx,
                dialog.data(),
                stage=dialog.stage_value(),
                day=dialog.day_value(),
                people=dialog.people.people(),
                make_target=dialog.make_target(),
            )
            self.ctx.undo_stack.push(command)
            if command.error is None:
                self.select(command.opportunity_id)
                return command.opportunity_id
            QMessageBox.warning(self, tr("New opportunity"), str(command.error))
            return None
        return None

    def edit(self, opportunity_id: int | None = None) -> None:
        opportunity_id = opportunity_id or self.current_id
        if not opportunity_id:
            return
        dialog = OpportunityDialog(self.ctx, self, opportunity_id=opportunity_id)
        if run_modal(dialog) == QDialog.DialogCode.Accepted:
            self.ctx.undo_stack.push(
                EditOpportunity(
                    self.ctx, opportunity_id, dialog.data(), dialog.people.people(), make_target=dialog.make_target()
                )
            )

    def delete(self, opportunity_id: int | None = None) -> None:
        opportunity_id = opportunity_id or self.current_id
        row = next((r for r in self._rows if r.id == opportunity_id), None)
        if row is None:
            return
        label = tr("{role} at {company}").format(role=row.role, company=row.company)
        self.ctx.undo_stack.push(DeleteOpportunity(self.ctx, row.id, label))
        self.current_id = None
        self.refresh_now()
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(tr("Deleted {what} — Ctrl+Z brings it back").format(what=label), 8000)

    def schedule_interview(self, opportunity_id: int | None = None) -> None:
        opportunity_id = opportunity_id or self.current_id
        if not opportunity_id:
            return
        dialog = InterviewDialog(self.ctx, opportunity_id, self)
        if run_modal(dialog) == QDialog.DialogCode.Accepted:
            self.ctx.undo_stack.push(
                ScheduleInterview(self.ctx, opportunity_id, dialog.data(), dialog.interviewer_ids())
            )

    def edit_interview(self, opportunity_id: int, interview_id: int) -> None:
        dialog = InterviewDialog(self.ctx, opportunity_id, self, interview_id=interview_id)
        if run_modal(dialog) == QDialog.DialogCode.Accepted:
            self.ctx.undo_stack.push(EditInterview(self.ctx, interview_id, dialog.data(), dialog.interviewer_ids()))

    def send_document(self, opportunity_id: int | None = None) -> None:
        from app.ui.opportunities.documents_dialog import SendDocumentDialog

        run_modal(SendDocumentDialog(self.ctx, opportunity_id or self.current_id, self))

    def open_library(self) -> None:
        from app.ui.opportunities.documents_dialog import DocumentsDialog

        run_modal(DocumentsDialog(self.ctx, self))

    # --- menus ----------------------------------------------------------------------------------------------------
    def _stage_of(self, opportunity_id: int) -> str:
        return next((r.stage for r in self._rows if r.id == opportunity_id), "")

    def _move_menu(self, opportunity_id: int, pos) -> None:
        ids = self.selected_ids() if opportunity_id in self.selected_ids() else [opportunity_id]
        menu = self.board.stage_menu(self, self._stage_of(opportunity_id), lambda stage: self.move(ids, stage))
        menu.popup(pos)

    def _card_menu(self, opportunity_id: int, pos) -> None:
        self._chosen(opportunity_id)
        ids = self.selected_ids() or [opportunity_id]
        menu = QMenu(self)
        menu.setObjectName("opportunityCardMenu")
        menu.addMenu(self.board.stage_menu(menu, self._stage_of(opportunity_id), lambda s: self.move(ids, s)))
        menu.addAction(ui_icon("edit"), tr("Edit…"), lambda: self.edit(opportunity_id))
        menu.addAction(
            ui_icon("calendar"), tr("Schedule an interview…"), lambda: self.schedule_interview(opportunity_id)
        )
        menu.addAction(ui_icon("kind-sent"), tr("Record a document sent…"), lambda: self.send_document(opportunity_id))
        menu.addSeparator()
        menu.addAction(ui_icon("trash"), tr("Delete"), lambda: self.delete(opportunity_id))
        menu.popup(pos)

    def _table_menu(self, pos) -> None:
        index = self.table.indexAt(pos)
        if index.isValid():
            self._card_menu(index.data(IdRole), self.table.viewport().mapToGlobal(pos))
