"""Insights (``insightsPage``, Ctrl+5): how the network works for the user — who opens doors (the 80/20), the circles,
the referral trail's depth, the stage funnel, strong vs weak ties, who is going cold, and the weekly goals history.

Every number is a link: it opens the Contacts page filtered to the people behind it (``show_contacts(ids, label)``);
a name opens that contact. The panels fill one per turn of the event loop, so switching to the page never freezes
the window even on a large network (each query stays under 100 ms on 50 000 contacts: benchmarks/bench_insights.py).
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

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
from app.ui.coach.charts import Bar, BarList
from app.ui.coach.goals_widgets import GoalsHistory
from app.ui.coach.labels import quiet
from app.ui.contacts.presentation import STAGE_HINTS, STAGE_LABELS, TIE_LABELS
from app.ui.icons import ui_icon
from app.ui.widgets.flow_layout import FlowLayout
from app.ui.widgets.page import Page
from app.ui.widgets.text import heading, relative_day


def _percent(value: float) -> str:
    return f"{value:.0%}"


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
        self.setAccessibleName("Insights")
        self._selections: dict[str, Selection] = {}
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
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)

        self.openers = self._panel(grid, 0, 0, self.tr("Who opens doors"), "doorOpeners")
        self.pareto = self._label(self.openers)
        self.people = QGridLayout()
        self.people.setHorizontalSpacing(16)
        self.people.setVerticalSpacing(4)
        self.openers.layout().addLayout(self.people)

        self.circles_panel = self._panel(grid, 0, 1, self.tr("Circles"), "circleInsights")
        self.circles_note = self._label(self.circles_panel)
        self.circles = QGridLayout()
        self.circles.setHorizontalSpacing(16)
        self.circles.setVerticalSpacing(4)
        self.circles_panel.layout().addLayout(self.circles)

        funnel = self._panel(grid, 1, 0, self.tr("Stage funnel"), "stageFunnelPanel")
        self.funnel_note = self._label(funnel)
        self.funnel = BarList(row_height=30, label_width=110)
        self.funnel.setObjectName("stageFunnel")
        self.funnel.setAccessibleName(self.tr("Stage funnel"))
        self.funnel.activated.connect(self._open_selection)
        funnel.layout().addWidget(self.funnel)

        trail = self._panel(grid, 1, 1, self.tr("Referral trail"), "referralDepthPanel")
        self.depth_note = self._label(trail)
        self.depth_chart = BarList(row_height=30, label_width=110)
        self.depth_chart.setObjectName("referralDepth")
        self.depth_chart.setAccessibleName(self.tr("Referral trail depth"))
        self.depth_chart.activated.connect(self._open_selection)
        trail.layout().addWidget(self.depth_chart)
        self.longest = self._label(trail)

        ties = self._panel(grid, 2, 0, self.tr("Strong and weak ties"), "tiesPanel")
        self.ties_note = self._label(ties)
        self.ties = BarList(row_height=30, label_width=150)
        self.ties.setObjectName("tiesChart")
        self.ties.setAccessibleName(self.tr("Ties reached"))
        self.ties.activated.connect(self._open_selection)
        ties.layout().addWidget(self.ties)
        self.ties_referrals = self._label(ties)

        cold = self._panel(grid, 2, 1, self.tr("Going cold"), "goingColdPanel")
        self.cold_note = self._label(cold)
        self.coldest = self._label(cold)

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
        self.goals_button.clicked.connect(self.goals_settings_requested)
        top.addWidget(self.goals_button)
        goals_layout.addLayout(top)
        self.goals_history = GoalsHistory()
        goals_layout.addWidget(self.goals_history)
        self.goals_panel = goals_panel
        layout.addWidget(goals_panel)
        layout.addStretch(1)

    def _panel(self, grid: QGridLayout, row: int, column: int, title: str, name: str) -> QWidget:
        panel = QWidget()
        panel.setObjectName(name)
        panel.setAccessibleName(title)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(heading(title, level=2))
        grid.addWidget(panel, row, column, Qt.AlignmentFlag.AlignTop)
        return panel

    def _label(self, panel: QWidget) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        label.linkActivated.connect(self._open)
        panel.layout().addWidget(label)
        return label

    # --- links ---------------------------------------------------------------------------------------------------
    def _link(self, text: str, selection: Selection) -> str:
        key = f"s{len(self._selections)}"
        self._selections[key] = selection
        return f'<a href="{key}" style="text-decoration:none">{escape(text)}</a>'

    def _person_link(self, contact_id: int, name: str) -> str:
        return f'<a href="c{contact_id}" style="text-decoration:none">{escape(name)}</a>'

    def _open(self, href: str) -> None:
        if href.startswith("c") and href[1:].isdigit():
            self.contact_requested.emit(int(href[1:]))
        elif href in self._selections:
            self._open_selection(self._selections[href])

    def _open_selection(self, selection: Selection) -> None:
        ids = insights.contacts_for(selection, clock=self.ctx.clock)
        self.show_contacts.emit(ids, selection.label)

    # --- refresh -------------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Fill the panels one per turn of the event loop (see the module docstring)."""
        self._selections.clear()
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
        text = f"{value:,}"
        tile.value.setText(self._link(text, selection) if selection is not None and value else text)
        tile.setToolTip(tooltip)
        tile.setAccessibleName(f"{value} {tile.caption.text()}")

    def _clear(self, grid: QGridLayout) -> None:
        while grid.count():
            item = grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()

    def _table(self, grid: QGridLayout, header: list[str], rows: list[list[str]]) -> None:
        self._clear(grid)
        for column, text in enumerate(header):
            label = quiet(text, wrap=False)
            label.setAlignment(Qt.AlignmentFlag.AlignRight if column else Qt.AlignmentFlag.AlignLeft)
            grid.addWidget(label, 0, column)
        for row, cells in enumerate(rows, start=1):
            for column, html in enumerate(cells):
                label = QLabel(html)
                label.setTextFormat(Qt.TextFormat.RichText)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
                label.setAlignment(
                    (Qt.AlignmentFlag.AlignRight if column else Qt.AlignmentFlag.AlignLeft)
                    | Qt.AlignmentFlag.AlignVCenter
                )
                label.linkActivated.connect(self._open)
                grid.addWidget(label, row, column)
        grid.setColumnStretch(0, 1)

    def _number(self, value: int, selection: Selection) -> str:
        return self._link(f"{value:,}", selection) if value else "0"

    def _fill_openers(self) -> None:
        result = insights.door_openers(clock=self.ctx.clock)
        pareto = result.pareto
        self._set_tile(
            "referrals",
            pareto.referrals,
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
        if pareto.referrers:
            top = self._link(
                self.tr("{n} people").format(n=pareto.top) if pareto.top != 1 else self.tr("1 person"),
                Selection("top_referrers", None, self.tr("Your top door-openers")),
            )
            everyone = self._link(
                self.tr("{n} who referred anyone").format(n=pareto.referrers),
                Selection("referrers", None, self.tr("People who referred someone to you")),
            )
            self.pareto.setText(
                self.tr(
                    "{top} — the top fifth of the {everyone} — gave you <b>{share}</b> of your {total} referrals. "
                    "Keep them warm: thank them, tell them how it went."
                ).format(top=top, everyone=everyone, share=_percent(pareto.top_share), total=pareto.referrals)
            )
            # The table lists the people the sentence names: the top fifth (a long list ends with "and N more").
            rows = []
            for person in result.people[: pareto.top]:
                rows.append(
                    [
                        self._person_link(person.contact_id, person.name),
                        self._number(
                            person.referrals,
                            Selection(
                                "referred_by", person.contact_id, self.tr("Referred by {n}").format(n=person.name)
                            ),
                        ),
                        self._number(
                            person.meetings,
                            Selection(
                                "meetings_via", person.contact_id, self.tr("Met through {n}").format(n=person.name)
                            ),
                        ),
                        self._number(
                            person.leads,
                            Selection(
                                "leads_via", person.contact_id, self.tr("Leads through {n}").format(n=person.name)
                            ),
                        ),
                    ]
                )
            if pareto.top > len(rows):
                more = pareto.top - len(rows)
                rows.append(
                    [
                        self._link(
                            self.tr("and {n} more…").format(n=f"{more:,}"),
                            Selection("top_referrers", None, self.tr("Your top door-openers")),
                        ),
                        "",
                        "",
                        "",
                    ]
                )
            self._table(
                self.people, [self.tr("Person"), self.tr("Referrals"), self.tr("Meetings"), self.tr("Leads")], rows
            )
        else:
            self._clear(self.people)
            self.pareto.setText(
                self.tr(
                    "No referrals yet. End each conversation with “Who else would you recommend I talk to?” and add "
                    "the names with Ask for Referrals (Ctrl+Shift+R): the people who open doors show up here."
                )
            )

    def _fill_circles(self) -> None:
        circles = insights.circle_scores(clock=self.ctx.clock)
        if circles:
            best = circles[0]
            self.circles_note.setText(
                self.tr("Referrals and leads given by each circle's members, and your conversations with them.")
                if best.referrals
                else self.tr("Your conversations with each circle. Referrals will show here as they come.")
            )
            rows = []
            for circle in circles[:10]:
                swatch = f'<span style="color:{escape(circle.colour)}">●</span> '
                rows.append(
                    [
                        swatch + self._link(circle.name, Selection("circle_members", circle.circle_id, circle.name)),
                        self._number(circle.members, Selection("circle_members", circle.circle_id, circle.name)),
                        self._number(
                            circle.meetings,
                            Selection(
                                "circle_met", circle.circle_id, self.tr("{c}: talked with").format(c=circle.name)
                            ),
                        ),
                        self._number(
                            circle.referrals,
                            Selection(
                                "circle_referrals", circle.circle_id, self.tr("Referred by {c}").format(c=circle.name)
                            ),
                        ),
                        self._number(
                            circle.leads,
                            Selection(
                                "circle_leads", circle.circle_id, self.tr("Leads through {c}").format(c=circle.name)
                            ),
                        ),
                    ]
                )
            header = [self.tr("Circle"), self.tr("People"), self.tr("Meetings"), self.tr("Referrals"), self.tr("Leads")]
            self._table(self.circles, header, rows)
        else:
            self._clear(self.circles)
            self.circles_note.setText(
                self.tr("Put people in circles (former co-workers, neighbours, the gym…) to see which open doors.")
            )

    def _fill_funnel(self) -> None:
        steps = insights.stage_funnel()
        bars = []
        previous = None
        for step in steps:
            conversion = step.conversion_from(previous)
            caption = f"{step.reached:,}"
            if conversion is not None:
                caption += f"  ({_percent(conversion)})"
            label = self.tr(STAGE_LABELS.get(step.stage, step.stage))
            bars.append(
                Bar(
                    label,
                    step.reached,
                    caption,
                    step.at_stage,
                    self.tr(
                        "{stage}: {here} at this stage, {reached} at this stage or beyond. {hint}. Click to list "
                        "everyone who got this far."
                    ).format(
                        stage=label, here=step.at_stage, reached=step.reached, hint=self.tr(STAGE_HINTS[step.stage])
                    ),
                    Selection("reached_stage", step.stage, self.tr("Reached “{s}” or beyond").format(s=label)),
                )
            )
            previous = step
        self.funnel.set_bars(bars)
        total = steps[0].reached if steps else 0
        self.funnel_note.setText(
            self.tr(
                "How far each relationship got: solid = at this stage now, pale = moved beyond it. "
                "In brackets: of those who reached the stage above, how many got here."
            )
            if total
            else self.tr("Your contacts will show here by stage, from prospect to ally.")
        )

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
        bars = []
        for level, count in depth.levels.items():
            label = self.tr("1 step") if level == 1 else self.tr("{n} steps").format(n=level)
            bars.append(
                Bar(
                    label,
                    count,
                    f"{count:,}",
                    None,
                    self.tr("{n} people {level} introductions away from someone you knew").format(n=count, level=level),
                    Selection("depth", level, self.tr("{label} along a referral trail").format(label=label)),
                )
            )
        self.depth_chart.set_bars(bars)
        self.depth_chart.setVisible(bool(bars))
        if depth.referred:
            starters = self._link(
                self.tr("{n} people you knew").format(n=depth.starters),
                Selection("referrers", None, self.tr("People who referred someone to you")),
            )
            self.depth_note.setText(
                self.tr(
                    "{starters} started trails that reached {n} new people. Each name leads to the next — "
                    "follow them up within a few days."
                ).format(starters=starters, n=depth.referred)
            )
            self.longest.setText(
                self.tr("Longest trail: {chain}").format(chain=" → ".join(escape(n) for n in depth.longest))
                if len(depth.longest) > 2
                else ""
            )
        else:
            self.depth_note.setText(
                self.tr("When someone refers you to a person who then refers you on, the trail shows here.")
            )
            self.longest.setText("")

    def _fill_ties(self) -> None:
        stats = insights.ties()
        bars = []
        for tie in stats:
            kind = self.tr("strong") if tie.strong else self.tr("weak")
            label = f"{self.tr(TIE_LABELS.get(tie.tie, tie.tie))} ({kind})"
            share = tie.reached / tie.total if tie.total else 0
            bars.append(
                Bar(
                    label,
                    tie.total,
                    self.tr("{r:,} of {t:,} reached").format(r=tie.reached, t=tie.total),
                    tie.reached,
                    self.tr("{label}: {share} reached — at least one interaction logged").format(
                        label=label, share=_percent(share)
                    ),
                    Selection("tie_reached", tie.tie, self.tr("Reached: {label}").format(label=label)),
                )
            )
        self.ties.set_bars(bars)
        total = sum(t.total for t in stats)
        referrals = sum(t.referrals for t in stats)
        weak = sum(t.referrals for t in stats if not t.strong)
        self.ties_note.setText(
            self.tr("People you know less well are often the most willing to help. Solid: reached.")
            if total
            else self.tr("Mark how well you know each person (close, acquaintance, new) to compare here.")
        )
        if referrals:
            weak_link = self._link(
                self.tr("{n} of your {t} referrals").format(n=weak, t=referrals),
                Selection("tie_referrals_weak", None, self.tr("Referred by weak ties")),
            )
            self.ties_referrals.setText(
                self.tr("Weak ties gave {link} ({share}).").format(link=weak_link, share=_percent(weak / referrals))
            )
        else:
            self.ties_referrals.setText("")

    def _fill_cold(self) -> None:
        cold = insights.going_cold(clock=self.ctx.clock)
        self._set_tile(
            "cold",
            cold.cold,
            Selection("cold", None, self.tr("Going cold")),
            self.tr("People you have been in touch with, now past their keep-in-touch maximum"),
        )
        if not cold.in_touch:
            self.cold_note.setText(
                self.tr("Once you log conversations, the people you are losing touch with show here.")
            )
            self.coldest.setText("")
            return
        self.cold_note.setText(
            self.tr(
                "Of the {all} people you have been in touch with, {cold} are going cold and {due} are due a reconnect. "
                "A short “how are you?” is enough."
            ).format(
                all=self._link(f"{cold.in_touch:,}", Selection("in_touch", None, self.tr("In touch with"))),
                cold=self._link(f"{cold.cold:,}", Selection("cold", None, self.tr("Going cold"))) if cold.cold else "0",
                due=self._link(f"{cold.due:,}", Selection("due", None, self.tr("Due a reconnect")))
                if cold.due
                else "0",
            )
        )
        today = self.ctx.clock.today()
        lines = [
            self.tr("{name} — last in touch {when}").format(
                name=self._person_link(p.contact_id, p.name), when=relative_day(p.last, today)
            )
            for p in cold.coldest
        ]
        self.coldest.setText(
            ("<b>" + self.tr("Just went cold — a quick message still saves these") + "</b><br>" + "<br>".join(lines))
            if lines
            else ""
        )

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
            self.tr("the last {n} weeks, this week on the right").format(n=len(progress.history))
            if tracked
            else self.tr("no goals set yet")
        )
