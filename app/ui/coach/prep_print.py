"""The meeting prep sheet on paper or as a PDF: one HTML document (black on white, like printed paper), laid out by
QTextDocument and sent to a QPrinter — the printer from the print dialog, or a PDF file.
"""

from __future__ import annotations

import datetime as dt
from html import escape
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from app.core.coach.meeting_prep import PrepSheet
from app.core.contacts import circle_names
from app.core.contacts.research import Question
from app.ui.contacts.presentation import KIND_LABELS, STAGE_LABELS, TIE_LABELS
from app.ui.i18n import tr
from app.ui.pitches.card import page_size
from app.ui.widgets.text import date_and_time, day_month, short_day

CSS = """
body { font-family: sans-serif; font-size: 10pt; color: #111; }
h1 { font-size: 17pt; margin: 0; }
h2 { font-size: 11.5pt; margin-top: 14px; margin-bottom: 4px; border-bottom: 1px solid #999; }
p.sub { color: #444; margin-top: 2px; }
td.k { color: #555; padding-right: 10px; white-space: nowrap; vertical-align: top; }
td.v { vertical-align: top; }
p.pitch { font-size: 11pt; margin-left: 8px; }
p.quiet { color: #555; }
li { margin-bottom: 2px; }
"""


def _when(value: dt.datetime | None) -> str:
    return date_and_time(value) if value else ""


def _rows(pairs: list[tuple[str, str]]) -> str:
    cells = "".join(f'<tr><td class="k">{escape(k)}</td><td class="v">{v}</td></tr>' for k, v in pairs if v)
    return f'<table cellspacing="0" cellpadding="2">{cells}</table>' if cells else ""


def sheet_html(sheet: PrepSheet, questions: list[Question], notes: str, today: dt.date) -> str:
    """The printable sheet: who, what we know, research notes, questions (with boxes to tick), pitch, reminders."""
    last_heading, questions_heading = tr("Last interactions"), tr("Questions to ask")
    sub = " · ".join(p for p in (sheet.title, sheet.company) if p)
    meeting = sheet.meeting
    heading = tr("{kind} with {name}").format(kind=KIND_LABELS.get(meeting.kind, meeting.kind), name=sheet.name)
    when = _when(meeting.when)
    parts = [f"<html><head><style>{CSS}</style></head><body>", f"<h1>{escape(heading)}</h1>"]
    parts.append(f'<p class="sub">{escape(sub)}{" · " if sub and when else ""}{escape(when)}</p>')
    tie = tr("{tie} tie").format(tie=TIE_LABELS.get(sheet.tie, sheet.tie))
    company = escape(sheet.company)
    if sheet.company_is_target:
        company = tr("{company} (on your target list)").format(company=company)
    known: list[tuple[str, str]] = [
        (tr("How you met"), escape(sheet.how_met)),
        (tr("Why connect"), escape(sheet.why_connect)),
        (tr("Stage"), f"{STAGE_LABELS.get(sheet.stage, sheet.stage)} · {escape(tie)}"),
        (tr("Circles"), escape(", ".join(map(circle_names.shown, sheet.circles)))),
        (tr("Referred by"), escape(" → ".join(sheet.trail))),
        (tr("Company"), company),
        (tr("Also there"), escape(", ".join(sheet.colleagues))),
        (tr("You promised"), escape("; ".join(sheet.promised))),
        (tr("They helped with"), escape("; ".join(sheet.they_gave))),
        (tr("You asked"), escape("; ".join(sheet.open_asks))),
        (tr("Notes"), escape(sheet.notes).replace("\n", "<br>")),
    ]
    if getattr(sheet, "opportunity", None) is not None:  # an interview (issue 22)
        from app.ui.opportunities.prep_section import print_section

        parts.append(print_section(sheet.opportunity, today))
    known_heading = tr("What you know")
    parts.append(f"<h2>{escape(known_heading)}</h2>" + _rows(known))
    if sheet.recent:
        items = "".join(
            f"<li>{escape(KIND_LABELS.get(r.kind, r.kind))}, {short_day(r.when.date(), year=True)}"
            f"{' — ' + escape(r.summary) if r.summary else ''}</li>"
            for r in sheet.recent
        )
        parts.append(f"<h2>{escape(last_heading)}</h2><ul>{items}</ul>")
    if notes.strip():
        research = escape(tr("Research notes"))
        parts.append(f"<h2>{research}</h2><p>" + escape(notes.strip()).replace("\n", "<br>") + "</p>")
    items = "".join(f"<li>{'☑' if q.asked else '☐'} {escape(q.text)}</li>" for q in questions)
    parts.append(f"<h2>{escape(questions_heading)}</h2><ul style='list-style-type:none'>{items}</ul>")
    if sheet.pitch is not None:
        p = sheet.pitch
        rehearsed = (
            tr("last rehearsed {day}").format(day=short_day(p.last_rehearsed.date()))
            if p.last_rehearsed
            else tr("not rehearsed yet")
        )
        pitch_heading = tr("Your pitch — {title} ({seconds} s)").format(title=p.title, seconds=p.target_seconds)
        parts.append(
            f"<h2>{escape(pitch_heading)}</h2>"
            f'<p class="pitch">{escape(p.body).replace(chr(10), "<br>")}</p>'
            f'<p class="quiet">{escape(p.reason[:1].upper() + p.reason[1:])}; {rehearsed}.</p>'
        )
    items = "".join(f"<li>{escape(r)}</li>" for r in sheet.reminders)
    during = tr("During the meeting")
    parts.append(f"<h2>{escape(during)}</h2><ol>{items}</ol>")
    prepared = tr("Prepared with Rapport on {day}.").format(day=day_month(today, year=True))
    parts.append(f'<p class="quiet">{escape(prepared)}</p></body></html>')
    return "".join(parts)


def document(html: str) -> QTextDocument:
    doc = QTextDocument()
    doc.setHtml(html)
    return doc


def configure(printer: QPrinter) -> None:
    """A4 or Letter (by locale), portrait. No printer margins: QTextDocument.print_ keeps 2 cm all round itself."""
    printer.setPageLayout(
        QPageLayout(
            page_size(False), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter
        )
    )


def print_html(printer: QPrinter, html: str) -> None:
    document(html).print_(printer)


def save_pdf(path: Path, html: str) -> Path:
    """Write the sheet as a PDF at ``path`` (raises OSError when the file cannot be written)."""
    path = Path(path)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    configure(printer)
    print_html(printer, html)
    if not path.exists() or path.stat().st_size == 0:
        raise OSError(tr("could not write {path}").format(path=path))
    return path
