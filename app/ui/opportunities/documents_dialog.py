"""Résumés and cover letters: the library of versions (``documentsDialog``) and "Record a document sent"
(``sendDocumentDialog``). Files are copied into the data folder (DATA/documents); each change is undoable."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from app.core.opportunities import documents, lookups, queries
from app.core.opportunities.labels import DOCUMENT_KIND_LABELS, DOCUMENT_KINDS
from app.ui.i18n import in_sentence
from app.ui.icons import ui_icon
from app.ui.opportunities.commands import AddDocumentVersion, DeleteDocumentVersion, RecordSent
from app.ui.opportunities.dialogs import _error_label, _from_qdate, _to_qdate
from app.ui.opportunities.presentation import role_text, tr
from app.ui.widgets.contact_picker import ContactPicker
from app.ui.widgets.date_entry import DateEdit, refuse_invalid
from app.ui.widgets.form_rows import add_row
from app.ui.widgets.text import relative_day

VERSION_ROLE = Qt.ItemDataRole.UserRole + 1
FILE_FILTER = QT_TRANSLATE_NOOP("", "Documents (*.pdf *.docx *.doc *.odt *.rtf *.txt *.md);;All files (*)")


def kind_text(kind: str) -> str:
    return tr(DOCUMENT_KIND_LABELS.get(kind, kind))


def choose_file(parent, title: str) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, str(Path.home()), tr(FILE_FILTER))
    return Path(path) if path else None


def add_file(ctx, parent, *, document_id: int | None = None) -> int | None:
    """Pick a file and keep it (a new document, or the next version of ``document_id``); the new version's id."""
    source = choose_file(parent, tr("Add a version") if document_id else tr("Add a document"))
    if source is None:
        return None
    name, kind = "", "resume"
    if document_id is None:
        kinds = [kind_text(k) for k in DOCUMENT_KINDS]
        chosen, ok = QInputDialog.getItem(parent, tr("Add a document"), tr("What is it?"), kinds, 0, False)
        if not ok:
            return None
        kind = DOCUMENT_KINDS[kinds.index(chosen)]
        default = f"{kind_text(kind)} — {source.stem}"
        name, ok = QInputDialog.getText(parent, tr("Add a document"), tr("Name:"), QLineEdit.EchoMode.Normal, default)
        if not ok or not name.strip():
            return None
    command = AddDocumentVersion(ctx, source, document_id=document_id, name=name, kind=kind)
    ctx.undo_stack.push(command)
    if command.error is not None:
        QMessageBox.warning(parent, tr("Documents"), str(command.error))
        return None
    return command.version_id


class DocumentsDialog(QDialog):
    """Every document with its versions: add one, add a version, open a file, delete a version."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("documentsDialog")
        self.setWindowTitle(tr("Résumés and cover letters"))
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "Keep each version you send. Rapport copies the file into your data folder and remembers which "
                "version went to whom."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.tree = QTreeWidget()
        self.tree.setObjectName("documentList")
        self.tree.setAccessibleName(tr("Documents and their versions"))
        self.tree.setHeaderLabels([tr("Document"), tr("Added"), tr("Sent"), tr("Note")])
        self.tree.setRootIsDecorated(True)
        self.tree.itemActivated.connect(lambda item, _col: self.open_current())
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.tree, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(ui_icon("add"), tr("New document…"))
        self.add_button.setObjectName("documentAdd")
        self.add_button.clicked.connect(lambda: self._added(add_file(self.ctx, self)))
        self.version_button = QPushButton(tr("New version…"))
        self.version_button.setObjectName("documentAddVersion")
        self.version_button.clicked.connect(self.add_version)
        self.open_button = QPushButton(ui_icon("external"), tr("Open"))
        self.open_button.setObjectName("documentOpen")
        self.open_button.clicked.connect(self.open_current)
        self.delete_button = QPushButton(ui_icon("trash"), tr("Delete version"))
        self.delete_button.setObjectName("documentDelete")
        self.delete_button.clicked.connect(self.delete_current)
        for button in (self.add_button, self.version_button, self.open_button, self.delete_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.accept)
        row.addWidget(close)
        layout.addLayout(row)
        ctx.bus.opportunities_changed.connect(self.fill)
        self.fill()

    def fill(self) -> None:
        current = self.current_version()
        self.tree.clear()
        today = self.ctx.clock.today()
        for doc in documents.documents():
            top = QTreeWidgetItem([doc.label(), "", "", doc.notes])
            top.setData(0, VERSION_ROLE, -doc.id)
            self.tree.addTopLevelItem(top)
            for version in doc.versions:
                child = QTreeWidgetItem(
                    [
                        tr("Version {n} — {file}").format(n=version.version, file=version.original_name),
                        relative_day(version.added_at.date(), today),
                        str(version.sent),
                        version.note,
                    ]
                )
                child.setData(0, VERSION_ROLE, version.id)
                child.setTextAlignment(2, Qt.AlignmentFlag.AlignRight)
                top.addChild(child)
                if version.id == current:
                    self.tree.setCurrentItem(child)
            top.setExpanded(True)
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        self._update_buttons()

    def _added(self, version_id: int | None) -> None:
        if version_id is not None:
            self.fill()
            self.select_version(version_id)

    def select_version(self, version_id: int) -> None:
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            for j in range(top.childCount()):
                if top.child(j).data(0, VERSION_ROLE) == version_id:
                    self.tree.setCurrentItem(top.child(j))

    def current_version(self) -> int | None:
        item = self.tree.currentItem()
        value = item.data(0, VERSION_ROLE) if item is not None else None
        return value if value and value > 0 else None

    def current_document(self) -> int | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        value = item.data(0, VERSION_ROLE)
        if value and value < 0:
            return -value
        parent = item.parent()
        return -parent.data(0, VERSION_ROLE) if parent is not None else None

    def _update_buttons(self) -> None:
        self.version_button.setEnabled(self.current_document() is not None)
        self.open_button.setEnabled(self.current_version() is not None)
        self.delete_button.setEnabled(self.current_version() is not None)

    def add_version(self) -> None:
        document_id = self.current_document()
        if document_id is not None:
            self._added(add_file(self.ctx, self, document_id=document_id))

    def open_current(self) -> None:
        version_id = self.current_version()
        if version_id is None:
            return
        path = documents.document_path(self.ctx.paths.data_dir, lookups.version_file_name(version_id))
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def delete_current(self) -> None:
        version_id = self.current_version()
        item = self.tree.currentItem()
        if version_id is None or item is None:
            return
        label = f"{item.parent().text(0)}, {item.text(0)}" if item.parent() else item.text(0)
        self.ctx.undo_stack.push(DeleteDocumentVersion(self.ctx, version_id, label))


class SendDocumentDialog(QDialog):
    """Record that a version went to someone for an opportunity (and log it on their timeline)."""

    def __init__(self, ctx, opportunity_id: int | None, parent=None, *, contact_id: int | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.opportunity_id = opportunity_id
        self.setObjectName("sendDocumentDialog")
        self.setWindowTitle(tr("Record a document sent"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        version_row = QHBoxLayout()
        self.version = QComboBox()
        self.version.setObjectName("sendDocumentVersion")
        self.version.setAccessibleName(tr("Which version"))
        add = QPushButton(ui_icon("add"), tr("Add a file…"))
        add.setObjectName("sendDocumentAddFile")
        add.setAutoDefault(False)
        add.clicked.connect(self._add_file)
        version_row.addWidget(self.version, 1)
        version_row.addWidget(add)
        add_row(form, tr("&Document:"), version_row, buddy=self.version)
        if opportunity_id is not None:
            form.addRow(tr("For:"), QLabel(lookups.title(opportunity_id)))
        self.person = QComboBox()
        self.person.setObjectName("sendDocumentPerson")
        self.person.setAccessibleName(tr("Sent to"))
        self.person.addItem(tr("Nobody in particular (the application itself)"), None)
        if opportunity_id is not None:
            seen = set()
            for link in queries.rows([opportunity_id], clock=ctx.clock)[0].people:
                if link.contact_id not in seen and not link.trashed:
                    seen.add(link.contact_id)
                    self.person.addItem(f"{link.name} ({in_sentence(role_text(link.role))})", link.contact_id)
        self.person.addItem(tr("Someone else…"), -1)
        self.person.currentIndexChanged.connect(self._person_changed)
        self.other = ContactPicker(placeholder=tr("Type a name"))
        self.other.setObjectName("sendDocumentContact")
        self.other.setVisible(False)
        person_column = QVBoxLayout()
        person_column.addWidget(self.person)
        person_column.addWidget(self.other)
        add_row(form, tr("&To:"), person_column, buddy=self.person)
        self.day = DateEdit(today=ctx.clock.today)  # typed or picked (issue 17)
        self.day.setObjectName("sendDocumentDate")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("d MMM yyyy")
        self.day.setMaximumDate(_to_qdate(ctx.clock.today()))
        self.day.setDate(_to_qdate(ctx.clock.today()))
        add_row(form, tr("&On:"), self.day)
        self.note = QLineEdit()
        self.note.setObjectName("sendDocumentNote")
        add_row(form, tr("N&ote:"), self.note)
        self.log = QCheckBox(tr("Log it on their timeline (Rapport reminds you to follow up a week later)"))
        self.log.setObjectName("sendDocumentLog")
        self.log.setChecked(True)
        form.addRow("", self.log)
        layout.addLayout(form)
        self.error = _error_label("sendDocumentError")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Record"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._fill_versions()
        if contact_id is not None:
            index = self.person.findData(contact_id)
            if index < 0:
                self.person.setCurrentIndex(self.person.count() - 1)
                self.other.set_contact(contact_id)
            else:
                self.person.setCurrentIndex(index)
        self._person_changed()

    def _fill_versions(self, select: int | None = None) -> None:
        self.version.clear()
        for doc in documents.documents():
            for n, version in enumerate(doc.versions):
                latest = tr(" (latest)") if n == 0 and len(doc.versions) > 1 else ""
                self.version.addItem(
                    tr("{name}, version {n}{latest}").format(name=doc.name, n=version.version, latest=latest),
                    version.id,
                )
        if select is not None:
            self.version.setCurrentIndex(max(0, self.version.findData(select)))

    def _add_file(self) -> None:
        version_id = add_file(self.ctx, self)
        if version_id is not None:
            self._fill_versions(version_id)

    def _person_changed(self, *_args) -> None:
        other = self.person.currentData() == -1
        self.other.setVisible(other)
        self.log.setEnabled(self.contact_id() is not None or other)
        if other:
            self.other.setFocus()

    def contact_id(self) -> int | None:
        value = self.person.currentData()
        if value == -1:
            return self.other.contact_id
        return value

    def accept(self) -> None:
        typed = refuse_invalid(self)
        if typed:
            self.error.setText(typed)
            self.error.setVisible(True)
            return
        if self.version.currentData() is None:
            self.error.setText(tr("Add the file you sent first (Add a file…)."))
            self.error.setVisible(True)
            return
        if self.person.currentData() == -1 and self.other.contact_id is None and not self.other.accept_first():
            self.error.setText(tr("Who did you send it to? Type a name and pick them."))
            self.error.setVisible(True)
            return
        if self.opportunity_id is None and self.contact_id() is None:
            self.error.setText(tr("Choose who you sent it to."))
            self.error.setVisible(True)
            return
        command = RecordSent(
            self.ctx,
            self.version.currentData(),
            opportunity_id=self.opportunity_id,
            contact_id=self.contact_id(),
            day=_from_qdate(self.day.date()),
            note=self.note.text(),
            log_on_timeline=self.log.isChecked() and self.log.isEnabled(),
            label=self.version.currentText(),
        )
        self.ctx.undo_stack.push(command)
        super().accept()
