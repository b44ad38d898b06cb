"""The opportunity on the meeting prep sheet (``prepOpportunity``; issue 22): the interview, the role and company,
the notes, the people (each a link to their contact), the stage history, what was sent, and the interview's
reminders — as HTML for the prep window and, without links, for the printed sheet."""

from __future__ import annotations

import datetime as dt
from html import escape

from app.core.opportunities.prep import OpportunityBrief
from app.ui.i18n import in_sentence
from app.ui.opportunities.presentation import format_text, stage_text, tr, when_text
from app.ui.widgets.text import relative_day, short_day


def _row(label: str, value: str) -> str:
    return (
        f"<tr><td style='padding:2px 12px 4px 0; white-space:nowrap; vertical-align:top'><b>{escape(label)}</b></td>"
        f"<td style='padding:2px 0 4px 0; vertical-align:top'>{value}</td></tr>"
    )


def interview_line(brief: OpportunityBrief, today: dt.date) -> str:
    """ "Interview, round 2: Thu 14:00 (60 min) · Video call · Fabrikam HQ" (or '' without an interview)."""
    interview = brief.interview
    if interview is None:
        return ""
    parts = [
        tr("Interview, round {n}: {when} ({m} min)").format(
            n=interview.round, when=when_text(interview.starts_at, today), m=interview.duration_minutes
        ),
        format_text(interview.format),
    ]
    if interview.location:
        parts.append(interview.location)
    return " · ".join(parts)


def brief_html(brief: OpportunityBrief, today: dt.date, *, links: bool = True) -> str:
    """The section's body (a table and a list of reminders)."""
    rows = []
    target = tr(" — on your target list ★") if brief.is_target else ""
    role = escape(brief.headline) + escape(target)
    if links:
        role = f'<a href="opportunity:{brief.opportunity_id}">{escape(brief.headline)}</a>{escape(target)}'
    rows.append(_row(tr("Role"), role))
    line = interview_line(brief, today)
    if line:
        rows.append(_row(tr("Interview"), escape(line)))
        if brief.interview.interviewers:
            rows.append(_row(tr("With"), escape(", ".join(brief.interview.interviewers))))
        if brief.interview.notes:
            rows.append(_row(tr("To prepare"), escape(brief.interview.notes).replace("\n", "<br>")))
    rows.append(
        _row(
            tr("Stage"),
            escape(
                tr("{stage} since {day} · {source}").format(
                    stage=stage_text(brief.stage), day=relative_day(brief.stage_since, today), source=brief.source
                )
            ),
        )
    )
    if brief.people:
        people = []
        for contact_id, name, role_name in brief.people:
            shown = f'<a href="{contact_id}">{escape(name)}</a>' if links else escape(name)
            people.append(f"{shown} — {escape(in_sentence(role_name))}")
        rows.append(_row(tr("People"), "<br>".join(people)))
    if brief.history:
        rows.append(
            _row(tr("So far"), escape(" → ".join(f"{stage} ({short_day(day)})" for stage, day in brief.history)))
        )
    if brief.sent:
        rows.append(_row(tr("You sent"), "<br>".join(escape(s) for s in brief.sent)))
    if brief.salary_notes:
        rows.append(_row(tr("Salary"), escape(brief.salary_notes)))
    if brief.notes:
        rows.append(_row(tr("Notes"), escape(brief.notes).replace("\n", "<br>")))
    if brief.posting_url and links:
        rows.append(_row(tr("Posting"), f'<a href="{escape(brief.posting_url)}">{escape(brief.posting_url)}</a>'))
    reminders = "".join(f"<li>{escape(tr(r))}</li>" for r in brief.reminders)
    return f"<table cellspacing='0'>{''.join(rows)}</table><ol style='margin-left:-16px'>{reminders}</ol>"


def print_section(brief: OpportunityBrief | None, today: dt.date) -> str:
    """The printed sheet's part (black on white, no links)."""
    if brief is None:
        return ""
    heading = tr("The interview")  # outside the f-string, where lupdate does not look
    return f"<h2>{escape(heading)}</h2>" + brief_html(brief, today, links=False)
