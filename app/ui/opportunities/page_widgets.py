"""The widgets of the opportunities page, built onto it: the title bar with its counts, Board / Table and New
opportunity; the filters both views share; the sortable table; the note shown while there is nothing yet."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QToolButton,
)

from app.core.opportunities import labels
from app.core.opportunities.labels import OPPORTUNITY_SOURCES, OPPORTUNITY_STAGES
from app.ui.coach.labels import quiet, quieten
from app.ui.icons import ui_icon
from app.ui.opportunities.lane_model import IdRole
from app.ui.opportunities.presentation import source_text, stage_text, tr
from app.ui.opportunities.table_model import Column, OpportunityTableModel
from app.ui.widgets.text import heading

if TYPE_CHECKING:
    from app.ui.opportunities.page import OpportunitiesPage

OPEN_ONLY = "__open__"


def build_top_bar(page: OpportunitiesPage) -> QHBoxLayout:
    """The heading, the counts, Board / Table and New opportunity."""
    top = QHBoxLayout()
    top.setSpacing(8)
    top.addWidget(heading(tr("Opportunities"), level=1))
    page.counts = quiet(wrap=False)
    page.counts.setObjectName("opportunityCounts")
    page.counts.setAccessibleName(tr("Opportunity counts"))
    page.counts.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    top.addWidget(page.counts, 1, Qt.AlignmentFlag.AlignBottom)
    page.board_button = QToolButton()
    page.board_button.setObjectName("opportunityBoardButton")
    page.board_button.setText(tr("&Board"))
    page.board_button.setToolTip(tr("Cards by stage: drag one to move it (Alt+B)"))
    page.table_button = QToolButton()
    page.table_button.setObjectName("opportunityTableButton")
    page.table_button.setText(tr("Tab&le"))
    page.table_button.setToolTip(tr("Every opportunity in a table you can sort (Alt+L)"))
    page.board_button.setAccessibleName(tr("Board"))
    page.table_button.setAccessibleName(tr("Table"))
    for button in (page.board_button, page.table_button):
        button.setCheckable(True)
        button.setAutoExclusive(True)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        top.addWidget(button)
    page.board_button.setChecked(True)
    page.board_button.toggled.connect(lambda on: on and page.show_view("board"))
    page.table_button.toggled.connect(lambda on: on and page.show_view("table"))
    top.addSpacing(8)
    page.new_button = QPushButton(ui_icon("add"), tr("New opportunity"))
    page.new_button.setObjectName("opportunityNew")
    page.new_button.setToolTip(tr("Add a job you are interested in, applied to or were referred to (Ctrl+Shift+J)"))
    page.new_button.setAccessibleName(tr("New opportunity"))
    page.new_button.clicked.connect(lambda: page.new_opportunity())
    top.addWidget(page.new_button)
    return top


def build_filters(page: OpportunitiesPage) -> QHBoxLayout:
    """Words, stage, source, target companies only, and Show all."""
    filters = QHBoxLayout()
    filters.setSpacing(8)
    page.search = QLineEdit()
    page.search.setObjectName("opportunitySearch")
    page.search.setAccessibleName(tr("Filter opportunities"))
    page.search.setPlaceholderText(tr("Filter by role, company, place or person"))
    page.search.setClearButtonEnabled(True)
    page.search.textChanged.connect(lambda _t: page._filter_timer.start())
    page.stage_filter = QComboBox()
    page.stage_filter.setObjectName("opportunityStageFilter")
    page.stage_filter.setAccessibleName(tr("Stage"))
    page.stage_filter.setAccessibleDescription(tr("Show only the opportunities at this stage"))
    page.stage_filter.addItem(tr("All stages"), None)
    page.stage_filter.addItem(tr("Open only"), OPEN_ONLY)
    for stage in OPPORTUNITY_STAGES:
        page.stage_filter.addItem(stage_text(stage), stage)
    page.source_filter = QComboBox()
    page.source_filter.setObjectName("opportunitySourceFilter")
    page.source_filter.setAccessibleName(tr("Source"))
    page.source_filter.setAccessibleDescription(tr("Show only the opportunities from this source"))
    page.source_filter.addItem(tr("All sources"), None)
    page.source_filter.addItem(tr("Through people"), labels.PEOPLE_SOURCES)
    page.source_filter.addItem(
        tr("Not through people"), tuple(s for s in OPPORTUNITY_SOURCES if s not in labels.PEOPLE_SOURCES)
    )
    for source in OPPORTUNITY_SOURCES:
        page.source_filter.addItem(source_text(source), (source,))
    page.targets_only = QCheckBox(tr("Target companies only"))
    page.targets_only.setObjectName("opportunityTargetsOnly")
    page.targets_only.setAccessibleName(tr("Target companies only"))
    page.targets_only.setAccessibleDescription(tr("Show only the opportunities at companies on your target list"))
    for combo in (page.stage_filter, page.source_filter):
        combo.currentIndexChanged.connect(lambda _i: page.refresh_now())
    page.targets_only.toggled.connect(lambda _on: page.refresh_now())
    page.show_all = QPushButton(tr("Show all"))
    page.show_all.setObjectName("opportunityShowAll")
    page.show_all.setAccessibleName(tr("Show all opportunities"))
    page.show_all.setToolTip(tr("Show every opportunity again"))
    page.show_all.clicked.connect(page.clear_filters)
    page.show_all.setVisible(False)
    filters.addWidget(page.show_all)
    filters.addWidget(page.search, 1)
    filters.addWidget(page.stage_filter)
    filters.addWidget(page.source_filter)
    filters.addWidget(page.targets_only)
    return filters


def build_table(page: OpportunitiesPage) -> None:
    """The table view of every opportunity (it sorts itself), with its column widths."""
    page.table_model = OpportunityTableModel(page.ctx.clock.today, page)
    page.sort_model = page.table_model  # it sorts itself (see table_model)
    page.table = QTableView()
    page.table.setObjectName("opportunityTable")
    page.table.setAccessibleName(tr("Opportunities table"))
    page.table.setModel(page.sort_model)
    page.table.setSortingEnabled(True)
    page.table.sortByColumn(Column.DAYS, Qt.SortOrder.AscendingOrder)
    page.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    page.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    page.table.setAlternatingRowColors(True)
    page.table.verticalHeader().hide()
    page.table.setWordWrap(False)
    page.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    page.table.customContextMenuRequested.connect(page._table_menu)
    page.table.activated.connect(lambda index: page.open_detail(index.data(IdRole)))
    header = page.table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    widths = {
        Column.ROLE: 200,
        Column.COMPANY: 160,
        Column.STAGE: 95,
        Column.DAYS: 50,
        Column.SOURCE: 115,
        Column.APPLIED: 75,
        Column.INTERVIEW: 110,
    }
    for column, width in widths.items():
        page.table.setColumnWidth(column, width)
    page.table.selectionModel().currentRowChanged.connect(
        lambda current, _previous: current.isValid() and page._chosen(current.data(IdRole))
    )


def build_empty_note(page: OpportunitiesPage) -> None:
    """What the page says while there is no opportunity yet."""
    page.empty = QLabel(
        tr(
            "Your job search shows here, stage by stage: a role someone told you about, an application, a "
            "referral. Add the first one with New opportunity (Ctrl+Shift+J) — Rapport then reminds you to check "
            "in, to thank each interviewer and to tell the people who referred you how it is going."
        )
    )
    page.empty.setObjectName("opportunityEmpty")
    page.empty.setAccessibleName(tr("No opportunities yet"))
    page.empty.setWordWrap(True)
    page.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
    page.empty.setMargin(48)
    quieten(page.empty)
