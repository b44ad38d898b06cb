"""Insights (``insightsPage``, Ctrl+5): how the network works for the user — who opens doors (the 80/20), the circles,
the referral trail's depth, the stage funnel, strong vs weak ties, who is going cold, and the weekly goals history.

Every number is a link: it opens the Contacts page filtered to the people behind it (``show_contacts(ids, label)``);
a name opens that contact. The panels fill one per turn of the event loop, so switching to the page never freezes
the window even on a large network (each query stays under 100 ms on 50 000 contacts: benchmarks/bench_insights.py).
The network panels are widgets of their own (:mod:`app.ui.coach.insights_network_panels`), the job search's are
:mod:`app.ui.opportunities.insights_panels`; this page lays them out, fills the tiles and opens what a link names.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.core.coach import goals, insights
from app.core.coach.insights import Selection
from app.ui.coach.goals_history import GoalsHistory
from app.ui.coach.insights_network_panels import (
    CirclesPanel,
    ColdPanel,
    DoorOpenersPanel,
    FunnelPanel,
    SelectionLinks,
    TiesPanel,
    TrailPanel,
)
from app.ui.coach.labels import quiet
from app.ui.icons import ui_icon
from app.ui.widgets.flow_layout import FlowLayout
from app.ui.widgets.page import Page
from app.ui.widgets.text import heading, number


class LinkTile(QFrame):
    """A big number over its caption; the number is a link to the contacts behind it."""

    def __init__(self, caption: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.setMinimumWidth(132)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(0)
        self.value = QLabel("0")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setBold(True)
        self.value.setFont(font)
        self.value.setTextFormat(Qt.TextFormat.RichText)
        self.value.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.caption = quiet(caption, wrap=False)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)


class InsightsPage(Page):
    """The Insights page (see the module docstring)."""

    title = "Insights"
    icon_name = "insights"
    show_contacts = Signal(list, str)
    contact_requested = Signal(int)
    goals_settings_requested = Signal()

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.setObjectName("insightsPage")
        self.setAccessibleName(self.tr("Insights"))
        self.links = SelectionLinks()
        self._pending: list[Callable[[], None]] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._next_panel)
        self._build()
        for signal in (
            ctx.bus.contacts_changed,
            ctx.bus.interactions_changed,
            ctx.bus.followups_changed,
            ctx.bus.pitches_changed,
            ctx.bus.settings_changed,
            ctx.bus.opportunities_changed,
        ):
            signal.connect(self.mark_dirty)

    # --- layout ------------------------------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setObjectName("insightsScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        self.scroll_area = scroll
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 16, 24, 24)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("Insights"), level=1))
        layout.addWidget(
            quiet(self.tr("How your network works for you. Click any number to see the people behind it."))
        )
        tiles = QWidget()
        tiles.setObjectName("insightTiles")
        flow = FlowLayout(tiles, spacing=8)
        self.tiles = {
            "referrals": LinkTile(self.tr("referrals")),
            "meetings": LinkTile(self.tr("conversations had")),
            "leads": LinkTile(self.tr("leads at target companies")),
            "depth": LinkTile(self.tr("steps on your longest trail")),
            "cold": LinkTile(self.tr("going cold")),
        }
        for name, tile in self.tiles.items():
            tile.setObjectName(f"insight_{name}")
            tile.value.linkActivated.connect(self._open)
            flow.addWidget(tile)
        layout.addWidget(tiles)

        grid = QGridLayout()
        grid.setHorizontalSpacing(32)
        grid.setVerticalSpacing(16)
        # No stretch: each column gets what its panels ask for (the circles' long names, the numbers' headers) and
        # gives way in proportion where the window is narrower; equal halves starved the circles in French.
        layout.addLayout(grid)

        self.openers = DoorOpenersPanel(self.links)
        self.circles_panel = CirclesPanel(self.links)
        self.funnel_panel = FunnelPanel(self.links)
        self.trail = TrailPanel(self.links)
        self.ties_panel = TiesPanel(self.links)
        self.cold = ColdPanel(self.links)
        panels = (self.openers, self.circles_panel, self.funnel_panel, self.trail, self.ties_panel, self.cold)
        for index, panel in enumerate(panels):
            panel.link_activated.connect(self._open)
            panel.selection_chosen.connect(self._open_selection)
            grid.addWidget(panel, index // 2, index % 2, Qt.AlignmentFlag.AlignTop)
        self.pareto, self.people = self.openers.pareto, self.openers.people  # what the 80/20 names

        from app.ui.opportunities.insights_panels import JobSearchInsights  # the job search (issue 22)

        self.job_search = JobSearchInsights(self.ctx)
        self.job_search.contact_requested.connect(self.contact_requested)
        self.job_search.show_contacts.connect(self.show_contacts)
        layout.addWidget(self.job_search)

        goals_panel = QWidget()
        goals_panel.setObjectName("goalsPanel")
        goals_layout = QVBoxLayout(goals_panel)
        goals_layout.setContentsMargins(0, 8, 0, 0)
        goals_layout.setSpacing(8)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Weekly goals"), level=2))
        self.goals_note = quiet(wrap=False)
        top.addWidget(self.goals_note, 1)
        self.goals_button = QPushButton(ui_icon("goal"), self.tr("Set goals…"))
        self.goals_button.setObjectName("insightsGoalsButton")
        self.goals_button.setToolTip(self.tr("Set a target for each week"))
        self.goals_button.clicked.connect(self.goals_settings_requested)
        top.addWidget(self.goals_button)
        goals_layout.addLayout(top)
        self.goals_history = GoalsHistory()
        goals_layout.addWidget(self.goals_history)
        self.goals_panel = goals_panel
        layout.addWidget(goals_panel)
        layout.addStretch(1)

    # --- links ---------------------------------------------------------------------------------------------------
    def _open(self, href: str) -> None:
        selection = self.links.selection(href)
        if href.startswith("c") and href[1:].isdigit():
            self.contact_requested.emit(int(href[1:]))
        elif selection is not None:
            self._open_selection(selection)

    def _open_selection(self, selection: Selection) -> None:
        ids = insights.contacts_for(selection, clock=self.ctx.clock)
        self.show_contacts.emit(ids, selection.label)

    # --- refresh -------------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Fill the panels one per turn of the event loop (see the module docstring)."""
        self.links.clear()
        self._pending = [
            self._fill_openers,
            self._fill_circles,
            self._fill_funnel,
            self._fill_depth,
            self._fill_ties,
            self._fill_cold,
            self._fill_job_funnel,
            self._fill_job_times,
            self._fill_job_doors,
            self._fill_goals,
        ]
        self._timer.start()

    def refresh_all_now(self) -> None:
        """Fill every panel at once (tests, screenshots)."""
        self.refresh()
        self._timer.stop()
        while self._pending:
            self._pending.pop(0)()

    def _next_panel(self) -> None:
        if self._pending:
            self._pending.pop(0)()
        if self._pending:
            self._timer.start()

    def _set_tile(self, name: str, value: int, selection: Selection | None, tooltip: str = "") -> None:
        tile = self.tiles[name]
        text = number(value)
        tile.value.setText(self.links.link(text, selection) if selection is not None and value else text)
        tile.setToolTip(tooltip)
        tile.setAccessibleName(f"{value} {tile.caption.text()}")

    def _fill_openers(self) -> None:
        result = insights.door_openers(clock=self.ctx.clock)
        self._set_tile(
            "referrals",
            result.pareto.referrals,
            Selection("referred", None, self.tr("Referred to you")),
            self.tr("People someone recommended you talk to"),
        )
        self._set_tile(
            "meetings",
            result.meetings,
            Selection("met", None, self.tr("People you have had a conversation with")),
            self.tr("Calls, coffees, meetings, lunches and events that happened"),
        )
        self._set_tile(
            "leads",
            result.leads,
            Selection("leads", None, self.tr("Referred, at a target company")),
            self.tr("People referred to you who work at one of your target companies"),
        )
        self.openers.fill(result)

    def _fill_circles(self) -> None:
        self.circles_panel.fill(insights.circle_scores(clock=self.ctx.clock))

    def _fill_funnel(self) -> None:
        self.funnel_panel.fill(insights.stage_funnel())

    def _fill_depth(self) -> None:
        depth = insights.referral_depth()
        self._set_tile(
            "depth",
            depth.max_depth,
            Selection("depth", depth.max_depth, self.tr("At the end of your longest trail"))
            if depth.max_depth
            else None,
            self.tr("How many introductions away from someone you knew your furthest contact is"),
        )
        self.trail.fill(depth)

    def _fill_ties(self) -> None:
        self.ties_panel.fill(insights.ties())

    def _fill_cold(self) -> None:
        cold = insights.going_cold(clock=self.ctx.clock)
        self._set_tile(
            "cold",
            cold.cold,
            Selection("cold", None, self.tr("Going cold")),
            self.tr("People you have been in touch with, now past their keep-in-touch maximum"),
        )
        self.cold.fill(cold, self.ctx.clock.today())

    def _fill_job_funnel(self) -> None:
        self.job_search.fill_funnel()

    def _fill_job_times(self) -> None:
        self.job_search.fill_times()

    def _fill_job_doors(self) -> None:
        self.job_search.fill_doors()

    def _fill_goals(self) -> None:
        progress = goals.progress(clock=self.ctx.clock)
        self.goals_history.set_progress(progress)
        tracked = progress.tracked
        self.goals_note.setText(
            self.tr("the last %Ln week(s), this week on the right", "", len(progress.history))
            if tracked
            else self.tr("no goals set yet")
        )
