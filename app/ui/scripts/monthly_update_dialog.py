"""The monthly update composer: the month's activity drafted into the update, the recipients (everyone at stage
"talked" or beyond), and the way out — one personalised .eml per person, or mailto: batches in BCC."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.core.coach import monthly_update, templates
from app.ui.context import AppContext
from app.ui.icons import ui_icon
from app.ui.widgets.form_rows import add_row
from app.ui.widgets.parts import headed_pane, push_button
from app.ui.widgets.text import heading, month_year

MONTHS_BACK = 6


class MonthlyUpdateDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("monthlyUpdateDialog")
        self.setWindowTitle(self.tr("Monthly update"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.resize(1000, 660)
        self._batch = 0
        self.draft: monthly_update.Draft | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(8)
        intro = QLabel(
            self.tr(
                "People who thought of something weeks later assume you found a job unless you tell them otherwise. "
                "Send a short update every month to everyone you have talked with."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.month = QComboBox()
        self.month.setObjectName("updateMonth")
        self.month.setAccessibleDescription(self.tr("The month the update tells about; its summary is drafted from it"))
        today = ctx.clock.today()
        default = monthly_update.default_month(today)
        first = today.replace(day=1)
        for back in range(MONTHS_BACK):
            index = first.year * 12 + first.month - 1 - back
            month = dt.date(index // 12, index % 12 + 1, 1)
            self.month.addItem(month_year(month), month)
            if month == default:
                self.month.setCurrentIndex(back)
        self.template = QComboBox()
        self.template.setObjectName("updateTemplate")
        self.template.setAccessibleDescription(self.tr("The wording the update email is written with"))
        for template in templates.of_kind("monthly_update"):
            self.template.addItem(template.name, template.id)
        add_row(form, self.tr("&Month:"), self.month)
        add_row(form, self.tr("&Template:"), self.template)
        layout.addLayout(form)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        left, left_layout = headed_pane(self.tr("What I did this month"), (0, 0, 8, 0))
        self.summary = QPlainTextEdit()
        self.summary.setObjectName("updateSummary")
        self.summary.setAccessibleName(self.tr("What I did this month"))
        self.summary.setAccessibleDescription(
            self.tr("Drafted from the month's conversations; edit it before you send the update")
        )
        left_layout.addWidget(self.summary, 1)
        left_layout.addWidget(heading(self.tr("Recipients"), level=2))
        self.recipients = QListWidget()
        self.recipients.setObjectName("updateRecipients")
        self.recipients.setAccessibleName(self.tr("Recipients"))
        self.recipients.setAccessibleDescription(
            self.tr("Everyone you have talked with who has an email address: they get the update")
        )
        self.recipients.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.recipients.setTextElideMode(Qt.TextElideMode.ElideRight)
        left_layout.addWidget(self.recipients, 1)
        self.no_email = QLabel()
        self.no_email.setWordWrap(True)
        left_layout.addWidget(self.no_email)
        splitter.addWidget(left)
        right, right_layout = headed_pane(self.tr("Preview"), (8, 0, 0, 0))
        self.subject = QLabel()
        self.subject.setObjectName("updateSubject")
        self.subject.setWordWrap(True)
        right_layout.addWidget(self.subject)
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("updatePreview")
        self.preview.setAccessibleName(self.tr("Preview"))
        self.preview.setAccessibleDescription(self.tr("The email as the first recipient will read it"))
        self.preview.setReadOnly(True)
        right_layout.addWidget(self.preview, 1)
        splitter.addWidget(right)
        splitter.setSizes([420, 560])
        layout.addWidget(splitter, 1)

        buttons = QHBoxLayout()
        self.copy_button = push_button(
            self.tr("Copy text"),
            "",
            self.tr("Copy the update (greeting “Hi all”) to the clipboard"),
            self.copy,
            "copy",
        )
        self.eml_button = push_button(
            self.tr("Save .eml drafts…"),
            "updateSaveEml",
            self.tr("One personalised draft per person, in a folder you choose"),
            self.save_eml,
            "export",
        )
        self.mail_button = QPushButton(ui_icon("mail"), self.tr("Open in mail"))
        self.mail_button.setObjectName("updateMail")
        self.mail_button.setToolTip(
            self.tr("Opens your mail program with up to {n} people in BCC; click again for the next batch").format(
                n=monthly_update.BATCH_SIZE
            )
        )
        self.mail_button.clicked.connect(self.open_next_batch)
        close = QPushButton(self.tr("Close"))
        close.setAccessibleDescription(self.tr("Closes the monthly update without sending anything"))
        close.clicked.connect(self.close)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        buttons.addWidget(self.eml_button)
        buttons.addWidget(self.mail_button)
        buttons.addWidget(close)
        layout.addLayout(buttons)

        self.month.currentIndexChanged.connect(self.rebuild)
        self.template.currentIndexChanged.connect(self.rebuild)
        self.summary.textChanged.connect(self.update_preview)
        self.rebuild()

    def rebuild(self) -> None:
        self.draft = monthly_update.draft(self.month.currentData(), self.template.currentData(), clock=self.ctx.clock)
        self._batch = 0
        self.summary.blockSignals(True)
        self.summary.setPlainText(self.draft.summary)
        self.summary.blockSignals(False)
        self.recipients.clear()
        for person in self.draft.recipients:
            self.recipients.addItem(f"{person.name} <{person.email}>")
        if not self.draft.recipients:
            self.recipients.addItem(self.tr("Nobody yet: people appear here once you have talked with them."))
        without = self.draft.without_email
        self.no_email.setText(
            self.tr("{n} more without an email address: {names}").format(
                n=len(without), names=", ".join(without[:8]) + ("…" if len(without) > 8 else "")
            )
            if without
            else ""
        )
        self.no_email.setVisible(bool(without))
        has = bool(self.draft.recipients)
        self.eml_button.setEnabled(has)
        self.mail_button.setEnabled(has)
        self._label_batch()
        self.update_preview()

    def _current(self) -> monthly_update.Draft:
        assert self.draft is not None
        return dataclasses.replace(self.draft, summary=self.summary.toPlainText())

    def update_preview(self) -> None:
        d = self._current()
        first = d.recipients[0] if d.recipients else None
        subject, body = monthly_update.personalised(d, first, clock=self.ctx.clock)
        self.subject.setText(self.tr("Subject: {s}").format(s=subject))
        self.preview.setPlainText(body)

    def _label_batch(self) -> None:
        total = len(monthly_update.batches(self.draft.recipients)) if self.draft else 0
        if total > 1:
            self.mail_button.setText(self.tr("Open in mail ({i} of {n})").format(i=self._batch + 1, n=total))
        else:
            self.mail_button.setText(self.tr("Open in mail"))

    def copy(self) -> None:
        _, body = monthly_update.personalised(self._current(), None, clock=self.ctx.clock)
        QGuiApplication.clipboard().setText(body)

    def open_next_batch(self) -> None:
        urls = monthly_update.mailto_batches(self._current(), clock=self.ctx.clock)
        if not urls:
            return
        url = urls[self._batch % len(urls)]
        if not QDesktopServices.openUrl(QUrl(url)):
            QMessageBox.information(
                self, self.tr("Open in mail"), self.tr("No mail program answered. Save .eml drafts instead.")
            )
            return
        self._batch = (self._batch + 1) % len(urls)
        self._label_batch()

    def save_eml(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the drafts"), str(self.ctx.paths.data_dir.parent)
        )
        if not folder:
            return
        try:
            written = monthly_update.write_eml_files(self._current(), folder, clock=self.ctx.clock)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Save drafts"), self.tr("Could not write the drafts:\n{e}").format(e=exc))
            return
        QMessageBox.information(
            self,
            self.tr("Save drafts"),
            self.tr("Saved %Ln draft(s) in {folder}.", "", len(written)).format(folder=folder),
        )
