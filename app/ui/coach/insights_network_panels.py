"""The network panels of the Insights page (:mod:`app.ui.coach.insights_page`), one widget class each: who opens
doors, circles, the stage funnel, the referral trail, strong and weak ties, going cold.

Each panel renders what :mod:`app.core.coach.insights` computed. Its numbers are links made by the page's
:class:`SelectionLinks` (one registry, so a click anywhere opens the people behind that number); a clicked link
comes out of ``link_activated`` (an href), a clicked bar out of ``selection_chosen``.
"""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from app.core.coach import insights
from app.core.coach.insights import Selection
from app.core.contacts import circle_names
from app.ui.coach.charts import Bar, BarList
from app.ui.coach.labels import quiet
from app.ui.contacts.presentation import STAGE_HINTS, STAGE_LABELS, TIE_LABELS
from app.ui.widgets.parts import clear_layout
from app.ui.widgets.text import heading, number, percent, relative_day


class SelectionLinks:
    """The links of one fill of the page: each number's :class:`Selection` behind a short href ("s0", "s1"…); a
    person's link is "c<contact id>"."""

    def __init__(self) -> None:
        self._selections: dict[str, Selection] = {}

    def clear(self) -> None:
        self._selections.clear()

    def link(self, text: str, selection: Selection) -> str:
        key = f"s{len(self._selections)}"
        self._selections[key] = selection
        return f'<a href="{key}" style="text-decoration:none">{escape(text)}</a>'

    def number(self, value: int, selection: Selection) -> str:
        return self.link(number(value), selection) if value else "0"

    @staticmethod
    def person(contact_id: int, name: str) -> str:
        return f'<a href="c{contact_id}" style="text-decoration:none">{escape(name)}</a>'

    def selection(self, href: str) -> Selection | None:
        return self._selections.get(href)


class _NameLabel(QLabel):
    """A table's name cell: asks for its whole name on one line, and wraps only where the page has less room than
    that (a French circle name, "Groupes et événements professionnels", pushed the page sideways at 1200×800)."""

    one_line = QSize()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(max(hint.width(), self.one_line.width()), hint.height())


class InsightPanel(QWidget):
    """A titled panel of the grid; its labels and tables pass their links on through ``link_activated``."""

    link_activated = Signal(str)
    selection_chosen = Signal(object)  # a Selection (a clicked bar)

    def __init__(self, links: SelectionLinks, title: str, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.links = links
        self.setObjectName(name)
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(heading(title, level=2))

    def _label(self) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        label.linkActivated.connect(self.link_activated)
        self.layout().addWidget(label)
        return label

    def _grid(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        self.layout().addLayout(grid)
        return grid

    def _chart(self, name: str, accessible: str, label_width: int, description: str) -> BarList:
        chart = BarList(row_height=30, label_width=label_width, description=description)
        chart.setObjectName(name)
        chart.setAccessibleName(accessible)
        chart.activated.connect(self.selection_chosen)
        self.layout().addWidget(chart)
        return chart

    def table(self, grid: QGridLayout, header: list[str], rows: list[list[str]]) -> None:
        clear_layout(grid)
        for column, text in enumerate(header):
            label = quiet(text, wrap=False)
            label.setAlignment(Qt.AlignmentFlag.AlignRight if column else Qt.AlignmentFlag.AlignLeft)
            grid.addWidget(label, 0, column)
        for row, cells in enumerate(rows, start=1):
            for column, html in enumerate(cells):
                label = QLabel(html) if column else _NameLabel(html)
                label.setTextFormat(Qt.TextFormat.RichText)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
                label.setAlignment(
                    (Qt.AlignmentFlag.AlignRight if column else Qt.AlignmentFlag.AlignLeft)
                    | Qt.AlignmentFlag.AlignVCenter
                )
                label.linkActivated.connect(self.link_activated)
                if not column:
                    label.one_line = label.sizeHint()  # before wrapping is on
                    label.setWordWrap(True)
                grid.addWidget(label, row, column)
        grid.setColumnStretch(0, 1)


class DoorOpenersPanel(InsightPanel):
    """ "Who opens doors": the 80/20 sentence and the top fifth of the people who referred anyone."""

    def __init__(self, links: SelectionLinks, parent: QWidget | None = None):
        super().__init__(links, self.tr("Who opens doors"), "doorOpeners", parent)
        self.pareto = self._label()
        self.people = self._grid()

    def fill(self, result: insights.DoorOpeners) -> None:
        links, pareto = self.links, result.pareto
        if not pareto.referrers:
            clear_layout(self.people)
            self.pareto.setText(
                self.tr(
                    "No referrals yet. End each conversation with “Who else would you recommend I talk to?” and add "
                    "the names with Ask for Referrals (Ctrl+Shift+R): the people who open doors show up here."
                )
            )
            return
        top = links.link(
            self.tr("%Ln person(s)", "", pareto.top),
            Selection("top_referrers", None, self.tr("Your top door-openers")),
        )
        everyone = links.link(
            self.tr("{n} who referred anyone").format(n=pareto.referrers),
            Selection("referrers", None, self.tr("People who referred someone to you")),
        )
        self.pareto.setText(
            self.tr(
                "{top} — the top fifth of the {everyone} — gave you <b>{share}</b> of your {total} referrals. "
                "Keep them warm: thank them, tell them how it went."
            ).format(top=top, everyone=everyone, share=percent(pareto.top_share), total=pareto.referrals)
        )
        # The table lists the people the sentence names: the top fifth (a long list ends with "and N more").
        rows = []
        for person in result.people[: pareto.top]:
            pid, name = person.contact_id, person.name
            rows.append(
                [
                    links.person(pid, name),
                    links.number(
                        person.referrals, Selection("referred_by", pid, self.tr("Referred by {n}").format(n=name))
                    ),
                    links.number(
                        person.meetings, Selection("meetings_via", pid, self.tr("Met through {n}").format(n=name))
                    ),
                    links.number(
                        person.leads, Selection("leads_via", pid, self.tr("Leads through {n}").format(n=name))
                    ),
                ]
            )
        if pareto.top > len(rows):
            more = pareto.top - len(rows)
            rows.append(
                [
                    links.link(
                        self.tr("and {n} more…").format(n=number(more)),
                        Selection("top_referrers", None, self.tr("Your top door-openers")),
                    ),
                    "",
                    "",
                    "",
                ]
            )
        self.table(self.people, [self.tr("Person"), self.tr("Referrals"), self.tr("Meetings"), self.tr("Leads")], rows)


class CirclesPanel(InsightPanel):
    """ "Circles": members, conversations, referrals and leads per circle."""

    def __init__(self, links: SelectionLinks, parent: QWidget | None = None):
        super().__init__(links, self.tr("Circles"), "circleInsights", parent)
        self.note = self._label()
        self.circles = self._grid()

    def fill(self, circles: list[insights.CircleScore]) -> None:
        if not circles:
            clear_layout(self.circles)
            self.note.setText(
                self.tr("Put people in circles (former co-workers, neighbours, the gym…) to see which open doors.")
            )
            return
        self.note.setText(
            self.tr("Referrals and leads given by each circle's members, and your conversations with them.")
            if circles[0].referrals
            else self.tr("Your conversations with each circle. Referrals will show here as they come.")
        )
        links = self.links
        rows = []
        for circle in circles[:10]:
            cid, name = circle.circle_id, circle_names.shown(circle.name)
            swatch = f'<span style="color:{escape(circle.colour)}">●</span> '
            rows.append(
                [
                    swatch + links.link(name, Selection("circle_members", cid, name)),
                    links.number(circle.members, Selection("circle_members", cid, name)),
                    links.number(
                        circle.meetings, Selection("circle_met", cid, self.tr("{c}: talked with").format(c=name))
                    ),
                    links.number(
                        circle.referrals, Selection("circle_referrals", cid, self.tr("Referred by {c}").format(c=name))
                    ),
                    links.number(
                        circle.leads, Selection("circle_leads", cid, self.tr("Leads through {c}").format(c=name))
                    ),
                ]
            )
        header = [self.tr("Circle"), self.tr("People"), self.tr("Meetings"), self.tr("Referrals"), self.tr("Leads")]
        self.table(self.circles, header, rows)


class FunnelPanel(InsightPanel):
    """ "Stage funnel": how far each relationship got, and the conversion from the stage above."""

    def __init__(self, links: SelectionLinks, parent: QWidget | None = None):
        super().__init__(links, self.tr("Stage funnel"), "stageFunnelPanel", parent)
        self.note = self._label()
        self.funnel = self._chart(
            "stageFunnel",
            self.tr("Stage funnel"),
            110,
            self.tr("How many relationships reached each stage; Enter lists the people of the chosen one"),
        )

    def fill(self, steps: list[insights.FunnelStep]) -> None:
        bars = []
        previous = None
        for step in steps:
            conversion = step.conversion_from(previous)
            caption = number(step.reached)
            if conversion is not None:
                caption += f"  ({percent(conversion)})"
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
        self.note.setText(
            self.tr(
                "How far each relationship got: solid = at this stage now, pale = moved beyond it. "
                "In brackets: of those who reached the stage above, how many got here."
            )
            if total
            else self.tr("Your contacts will show here by stage, from prospect to ally.")
        )


class TrailPanel(InsightPanel):
    """ "Referral trail": how many steps from someone you knew, and the longest trail."""

    def __init__(self, links: SelectionLinks, parent: QWidget | None = None):
        super().__init__(links, self.tr("Referral trail"), "referralDepthPanel", parent)
        self.note = self._label()
        self.chart = self._chart(
            "referralDepth",
            self.tr("Referral trail depth"),
            110,
            self.tr("How many people you reached through one, two or more introductions; Enter lists them"),
        )
        self.longest = self._label()

    def fill(self, depth: insights.DepthStats) -> None:
        bars = []
        for level, count in depth.levels.items():
            label = self.tr("%Ln step(s)", "", level)
            bars.append(
                Bar(
                    label,
                    count,
                    number(count),
                    None,
                    self.tr("{n} people {level} introductions away from someone you knew").format(n=count, level=level),
                    Selection("depth", level, self.tr("{label} along a referral trail").format(label=label)),
                )
            )
        self.chart.set_bars(bars)
        self.chart.setVisible(bool(bars))
        if not depth.referred:
            self.note.setText(
                self.tr("When someone refers you to a person who then refers you on, the trail shows here.")
            )
            self.longest.setText("")
            return
        starters = self.links.link(
            self.tr("%Ln person(s) you knew", "", depth.starters),
            Selection("referrers", None, self.tr("People who referred someone to you")),
        )
        self.note.setText(
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


class TiesPanel(InsightPanel):
    """ "Strong and weak ties": who was reached per tie, and the weak ties' share of the referrals."""

    def __init__(self, links: SelectionLinks, parent: QWidget | None = None):
        super().__init__(links, self.tr("Strong and weak ties"), "tiesPanel", parent)
        self.note = self._label()
        self.ties = self._chart(
            "tiesChart",
            self.tr("Ties reached"),
            150,
            self.tr("How many people you know well, a little or not yet you have been in touch with; Enter lists them"),
        )
        self.referrals = self._label()

    def fill(self, stats: list[insights.TieStats]) -> None:
        bars = []
        for tie in stats:
            kind = self.tr("strong") if tie.strong else self.tr("weak")
            label = f"{self.tr(TIE_LABELS.get(tie.tie, tie.tie))} ({kind})"
            share = tie.reached / tie.total if tie.total else 0
            bars.append(
                Bar(
                    label,
                    tie.total,
                    self.tr("{r} of {t} reached").format(r=number(tie.reached), t=number(tie.total)),
                    tie.reached,
                    self.tr("{label}: {share} reached — at least one interaction logged").format(
                        label=label, share=percent(share)
                    ),
                    Selection("tie_reached", tie.tie, self.tr("Reached: {label}").format(label=label)),
                )
            )
        self.ties.set_bars(bars)
        total = sum(t.total for t in stats)
        referrals = sum(t.referrals for t in stats)
        weak = sum(t.referrals for t in stats if not t.strong)
        self.note.setText(
            self.tr("People you know less well are often the most willing to help. Solid: reached.")
            if total
            else self.tr("Mark how well you know each person (close, acquaintance, new) to compare here.")
        )
        if not referrals:
            self.referrals.setText("")
            return
        weak_link = self.links.link(
            self.tr("{n} of your {t} referrals").format(n=weak, t=referrals),
            Selection("tie_referrals_weak", None, self.tr("Referred by weak ties")),
        )
        self.referrals.setText(
            self.tr("Weak ties gave {link} ({share}).").format(link=weak_link, share=percent(weak / referrals))
        )


class ColdPanel(InsightPanel):
    """ "Going cold": how many of the people you were in touch with are past their cadence, and the coldest."""

    def __init__(self, links: SelectionLinks, parent: QWidget | None = None):
        super().__init__(links, self.tr("Going cold"), "goingColdPanel", parent)
        self.note = self._label()
        self.coldest = self._label()

    def fill(self, cold: insights.ColdStats, today: dt.date) -> None:
        if not cold.in_touch:
            self.note.setText(self.tr("Once you log conversations, the people you are losing touch with show here."))
            self.coldest.setText("")
            return
        links = self.links
        self.note.setText(
            self.tr(
                "Of the {all} people you have been in touch with, {cold} are going cold and {due} are due a reconnect. "
                "A short “how are you?” is enough."
            ).format(
                all=links.link(number(cold.in_touch), Selection("in_touch", None, self.tr("In touch with"))),
                cold=links.link(number(cold.cold), Selection("cold", None, self.tr("Going cold")))
                if cold.cold
                else "0",
                due=links.link(number(cold.due), Selection("due", None, self.tr("Due a reconnect")))
                if cold.due
                else "0",
            )
        )
        lines = [
            self.tr("{name} — last in touch {when}").format(
                name=links.person(p.contact_id, p.name), when=relative_day(p.last, today)
            )
            for p in cold.coldest
        ]
        self.coldest.setText(
            ("<b>" + self.tr("Just went cold — a quick message still saves these") + "</b><br>" + "<br>".join(lines))
            if lines
            else ""
        )
