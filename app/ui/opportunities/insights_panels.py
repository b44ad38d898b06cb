"""The job search on the Insights page (``jobSearchInsights``; issue 22): the evidence for "most jobs are found through
people", from the user's own search.

- ``opportunityFunnel``: opportunities by source — through people (a referral, a contact, a recruiter) and not — and
  how many got to an application, an interview, an offer and a yes; every number opens those opportunities;
- ``stageTimes``: how long opportunities stay in each stage (median of the stays that ended; the ones there now);
- ``jobDoorOpeners``: the people whose opportunities reached interviews, and their circles (a name opens the contact,
  a circle lists its people on the Contacts page).

Each part is one query function of :mod:`app.core.opportunities.stats` (under 100 ms with 50 000 contacts and 2 000
opportunities: benchmarks/bench_insights.py).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.core.contacts import circle_names
from app.core.opportunities import stats
from app.core.opportunities.stats import SourceFunnel
from app.ui.coach.charts import Bar, BarList
from app.ui.i18n import in_sentence
from app.ui.opportunities.presentation import source_text, stage_text, tr
from app.ui.widgets.text import heading, number, percent

STEPS = (("total", "Opportunities"), ("applied", "Applied"), ("interview", "Interview"), ("offer", "Offer"))


def _percent(value: float | None) -> str:
    return "—" if value is None else percent(value)


class JobSearchInsights(QWidget):
    """See the module docstring. ``show_opportunities(ids, label)``, ``show_contacts(ids, label)`` and
    ``contact_requested(id)`` ask the window to show what a number stands for."""

    show_opportunities = Signal(list, str)
    show_contacts = Signal(list, str)
    contact_requested = Signal(int)

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("jobSearchInsights")
        self.setAccessibleName(tr("Your job search"))
        self._links: dict[str, tuple[str, list, str]] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(heading(tr("Your job search"), level=2))
        self.evidence = self._label("jobSearchEvidence")
        layout.addWidget(self.evidence)
        layout.addWidget(heading(tr("From opportunity to offer, by source"), level=3))
        self.funnel = self._label("opportunityFunnel")
        self.funnel.setAccessibleName(tr("From opportunity to offer, by source"))
        self.funnel.setMaximumWidth(820)
        layout.addWidget(self.funnel)
        layout.addSpacing(8)
        columns = QHBoxLayout()
        columns.setSpacing(32)
        left = QVBoxLayout()
        left.setSpacing(8)
        left.addWidget(heading(tr("Time in each stage"), level=3))
        self.times = BarList(
            row_height=28,
            label_width=110,
            description=tr("How many days an opportunity usually stays at each stage before it moves on"),
        )
        self.times.setObjectName("stageTimes")
        self.times.setAccessibleName(tr("Time in each stage"))
        self.times_note = self._label("stageTimesNote")
        left.addWidget(self.times_note)
        left.addWidget(self.times)
        left.addStretch(1)
        right = QVBoxLayout()
        right.setSpacing(8)
        right.addWidget(heading(tr("Who opened the doors"), level=3))
        self.doors_note = self._label("jobDoorOpenersNote")
        right.addWidget(self.doors_note)
        self.doors = self._label("jobDoorOpeners")
        self.doors.setAccessibleName(tr("Who opened the doors"))
        right.addWidget(self.doors)
        self.circles = self._label("jobDoorCircles")
        self.circles.setAccessibleName(tr("Their circles"))
        right.addWidget(self.circles)
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout.addLayout(columns)

    # --- helpers -----------------------------------------------------------------------------------------------------
    def _label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        label.linkActivated.connect(self._open)
        return label

    def _link(self, text: str, kind: str, ids, label: str) -> str:
        if not ids:
            return escape(text)
        key = f"j{len(self._links)}"
        self._links[key] = (kind, list(ids), label)
        return f'<a href="{key}" style="text-decoration:none">{escape(text)}</a>'

    def _open(self, href: str) -> None:
        if href.startswith("c") and href[1:].isdigit():
            self.contact_requested.emit(int(href[1:]))
            return
        kind, ids, label = self._links.get(href, ("", [], ""))
        if kind == "opportunities":
            self.show_opportunities.emit(ids, label)
        elif kind == "contacts":
            self.show_contacts.emit(ids, label)

    def _table(self, label: QLabel, header: list[str], rows: list[list[str]]) -> None:
        """One HTML table in one label (a label per cell costs a widget each: too slow on a big search)."""
        if not rows:
            label.setText("")
            label.setVisible(False)
            return
        quiet_colour = self.palette().color(self.palette().ColorRole.PlaceholderText).name()

        def cell(html: str, column: int, tag: str = "td") -> str:
            style = "padding:1px 0 1px 14px; text-align:right" if column else "padding:1px 8px 1px 0; text-align:left"
            if tag == "th":
                style += f"; color:{quiet_colour}; font-weight:normal"
            return f"<{tag} style='{style}'>{html}</{tag}>"

        head = "".join(cell(escape(h), i, "th") for i, h in enumerate(header))
        body = "".join("<tr>" + "".join(cell(html, i) for i, html in enumerate(r)) + "</tr>" for r in rows)
        label.setText(f"<table width='100%' cellspacing='0'><tr>{head}</tr>{body}</table>")
        label.setVisible(True)

    # --- filling -----------------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.fill_funnel()
        self.fill_times()
        self.fill_doors()

    def _funnel_row(self, name: str, funnel: SourceFunnel, *, indent: bool = False) -> list[str]:
        cells = [("&nbsp;" * 4 if indent else "<b>") + escape(name) + ("" if indent else "</b>")]
        for step, title in STEPS:
            count = funnel.count(step)
            label = tr("{source}: {step}").format(source=name, step=in_sentence(tr(title)))
            cells.append(self._link(number(count), "opportunities", funnel.ids.get(step, ()), label))
        cells.append(_percent(funnel.rate("interview")))
        return cells

    def fill_funnel(self) -> None:
        """The funnel and the sentence above it (the first part filled: the links start again here)."""
        self._links.clear()
        result = stats.funnel_by_source()
        header = [tr("Source"), *(tr(title) for _step, title in STEPS), tr("Interview rate")]
        rows = [
            self._funnel_row(tr("Through people"), result.people),
            self._funnel_row(tr("Not through people"), result.cold),
        ]
        rows += [self._funnel_row(source_text(f.key), f, indent=True) for f in result.sources]
        self._table(self.funnel, header, rows if result.total else [])
        people, cold = result.people, result.cold
        if not result.total:
            self.evidence.setText(
                escape(
                    tr(
                        "Add the jobs you hear about and apply to on the Opportunities page (Ctrl+6): this shows which "
                        "ones people brought you, and how far each kind got."
                    )
                )
            )
        elif people.applied and cold.applied:
            self.evidence.setText(
                tr(
                    "Through people, <b>{p}</b> of your applications reached an interview ({pn} of {pa}); on your "
                    "own, <b>{c}</b> ({cn} of {ca}). {advice}"
                ).format(
                    p=_percent(people.rate("interview")),
                    pn=people.interview,
                    pa=people.applied,
                    c=_percent(cold.rate("interview")),
                    cn=cold.interview,
                    ca=cold.applied,
                    advice=escape(
                        tr("Keep asking: “Who else would you recommend I talk to?”")
                        if (people.rate("interview") or 0) >= (cold.rate("interview") or 0)
                        else tr("Ask the people you know who could introduce you at the companies you apply to.")
                    ),
                )
            )
        else:
            self.evidence.setText(
                escape(
                    tr("%Ln opportunit(y/ies) so far, {p} of them through people.", "", result.total).format(
                        p=people.total
                    )
                )
            )

    def fill_times(self) -> None:
        bars = []
        for item in stats.time_in_stages(clock=self.ctx.clock):
            if item.median_days is None and not item.current:
                continue
            median = round(item.median_days) if item.median_days is not None else 0
            caption = tr("{d} d").format(d=median) if item.median_days is not None else tr("—")
            tip = tr("{stage}: half the stays that ended took {d} days or less ({n} ended); {c} there now").format(
                stage=stage_text(item.stage), d=median, n=item.ended, c=item.current
            )
            if item.current_days is not None:
                tip += tr(", for {d} days (median)").format(d=round(item.current_days))
            bars.append(Bar(stage_text(item.stage), median, caption, None, tip, None))
        self.times.set_bars(bars)
        self.times.setVisible(bool(bars))
        self.times_note.setText(
            escape(tr("Median days before an opportunity moved on. Point at a bar for the details."))
            if bars
            else escape(tr("Once opportunities move from stage to stage, how long each stage takes shows here."))
        )

    def fill_doors(self) -> None:
        doors = stats.door_openers()
        if not doors.people:
            self.doors_note.setText(
                escape(tr("Name who referred you or told you about a job: the people who open doors show here."))
            )
            self._table(self.doors, [], [])
            self._table(self.circles, [], [])
            return
        self.doors_note.setText(
            tr("{n} of your {t} interviews came through someone you know.").format(
                n=doors.interviews_through_people, t=doors.interviews
            )
            if doors.interviews
            else escape(tr("People who brought you opportunities; interviews will show as they come."))
        )
        rows = [
            [
                f'<a href="c{p.contact_id}" style="text-decoration:none">{escape(p.name)}</a>',
                self._link(
                    f"{p.opportunities}", "opportunities", p.opportunity_ids, tr("Through {n}").format(n=p.name)
                ),
                f"{p.interviews}",
                f"{p.offers}",
            ]
            for p in doors.people
        ]
        self._table(self.doors, [tr("Person"), tr("Opportunities"), tr("Interviews"), tr("Offers")], rows)
        circle_rows = []
        for circle in doors.circles:
            swatch = f'<span style="color:{escape(circle.colour)}">●</span> ' if circle.colour else ""
            circle_rows.append(
                [
                    swatch
                    + self._link(
                        circle_names.shown(circle.name),
                        "contacts",
                        circle.contact_ids,
                        tr("{c}: brought you opportunities").format(c=circle_names.shown(circle.name)),
                    ),
                    f"{circle.people}",
                    f"{circle.opportunities}",
                    f"{circle.interviews}",
                ]
            )
        self._table(self.circles, [tr("Circle"), tr("People"), tr("Opportunities"), tr("Interviews")], circle_rows)
