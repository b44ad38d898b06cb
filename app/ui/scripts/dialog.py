"""Scripts: the templates for warm calls, thank-yous, reminders, connection notes… — edit them, preview them for a
contact, then copy the text, open it in the mail program (``mailto:``) or save an ``.eml`` draft.

A window of its own (Tools → Scripts, Ctrl+Shift+T) so it can sit beside the contact you are calling. Edits are
saved explicitly (Save, Ctrl+S) and are undoable from the main window's Edit menu.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QToolButton,
    QWidget,
)

from app.core.coach import giving, outgoing, shipped_texts, templates
from app.core.coach.introductions import primary_email
from app.core.coach.templates import FIELDS, TEMPLATE_KINDS, TemplateData, TemplateError
from app.core.contacts.lookup import display_name
from app.core.profile import load_profile
from app.core.translated import QT_TRANSLATE_NOOP, Labels
from app.ui.coach.give_widgets import AskWarningBanner, request_give
from app.ui.context import AppContext
from app.ui.undo import ContextCommand
from app.ui.widgets.contact_picker import ContactPicker
from app.ui.widgets.form_rows import add_row
from app.ui.widgets.parts import headed_pane, push_button

KIND_NAMES = Labels(
    "Labels",
    {
        "warm_call": QT_TRANSLATE_NOOP("Labels", "Warm call"),
        "thank_you": QT_TRANSLATE_NOOP("Labels", "Thank-you"),
        "reminder": QT_TRANSLATE_NOOP("Labels", "Friendly reminder"),
        "connection_note": QT_TRANSLATE_NOOP("Labels", "Connection note"),
        "thank_connection": QT_TRANSLATE_NOOP("Labels", "Thanks for connecting"),
        "referral_ask": QT_TRANSLATE_NOOP("Labels", "Referral ask"),
        "monthly_update": QT_TRANSLATE_NOOP("Labels", "Monthly update"),
        "reconnect": QT_TRANSLATE_NOOP("Labels", "Reconnect"),
        "update_referrer": QT_TRANSLATE_NOOP("Labels", "Update the referrer"),
        "introduction": QT_TRANSLATE_NOOP("Labels", "Introduction"),
        "intro_ask": QT_TRANSLATE_NOOP("Labels", "Introduction — ask first"),
    },
)


def _shown(template) -> tuple[str, str, str]:
    """A template's name, subject and body as the user reads them (a built-in one unedited: in their language)."""
    return shipped_texts.shown(
        template.name, template.kind, template.subject, template.body, builtin=bool(template.builtin)
    )


class SaveTemplateCommand(ContextCommand):
    """Saving (or deleting) a template, undoable."""

    def __init__(self, ctx: AppContext, text: str, template_id: int | None, before, after):
        super().__init__(ctx, text)
        self.template_id, self.before, self.after = template_id, before, after
        self.error: TemplateError | None = None

    def _write(self, data: TemplateData | None) -> None:
        self.template_id = templates.put(self.template_id, data, clock=self.ctx.clock)
        self.ctx.publish(templates.CHANGES)

    def redo(self) -> None:
        try:
            self._write(self.after)
        except TemplateError as exc:
            self.error = exc
            self.setObsolete(True)

    def undo(self) -> None:
        self._write(self.before)


class ScriptsDialog(QDialog):
    """Template list | editor | preview for a contact."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        kind: str | None = None,
        contact_id: int | None = None,
    ):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("scriptsDialog")
        self.setWindowTitle(self.tr("Scripts"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.resize(1100, 680)
        self._current_id: int | None = None
        self._other_contact: int | None = None

        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        layout.addWidget(splitter)

        # templates
        left, left_layout = headed_pane(self.tr("Scripts"), (0, 0, 8, 0))
        self.list = QListWidget()
        self.list.setObjectName("scriptList")
        self.list.setAccessibleName(self.tr("Scripts"))
        self.list.setAccessibleDescription(self.tr("Your calls, emails and notes to reuse; choose one to edit it"))
        self.list.currentItemChanged.connect(self._load_current)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setSpacing(2)
        self.list.setMinimumWidth(200)
        left_layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.new_button = push_button(
            self.tr("New"), "scriptNew", self.tr("Start a new script from the one shown"), self.new_template
        )
        self.delete_button = push_button(
            self.tr("Delete"),
            "scriptDelete",
            self.tr("Delete this script (Edit → Undo brings it back)"),
            self.delete_template,
        )
        row.addWidget(self.new_button)
        row.addWidget(self.delete_button)
        left_layout.addLayout(row)
        splitter.addWidget(left)

        # editor
        middle, edit_layout = headed_pane(self.tr("Edit"), (8, 0, 8, 0))
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setObjectName("scriptName")
        self.name.setAccessibleDescription(self.tr("What the script is called in the list"))
        self.kind = QComboBox()
        self.kind.setObjectName("scriptKind")
        self.kind.setAccessibleDescription(self.tr("When you use the script, such as a warm call or a thank-you note"))
        for k in TEMPLATE_KINDS:
            self.kind.addItem(self.tr(KIND_NAMES.get(k, k)), k)
        self.subject = QLineEdit()
        self.subject.setObjectName("scriptSubject")
        self.subject.setPlaceholderText(self.tr("(none: a call or a short note)"))
        add_row(form, self.tr("&Name:"), self.name)
        add_row(form, self.tr("&Kind:"), self.kind)
        add_row(form, self.tr("S&ubject:"), self.subject)
        edit_layout.addLayout(form)
        self.body = QPlainTextEdit()
        self.body.setObjectName("scriptBody")
        self.body.setAccessibleName(self.tr("Script text"))
        self.body.setAccessibleDescription(
            self.tr("The words of the script; fields in braces such as {first_name} are filled in for each person")
        )
        edit_layout.addWidget(self.body, 1)
        self.warning = QLabel()
        self.warning.setObjectName("scriptWarning")
        self.warning.setWordWrap(True)
        edit_layout.addWidget(self.warning)
        buttons = QHBoxLayout()
        self.insert_button = QToolButton()
        self.insert_button.setText(self.tr("Insert field"))
        self.insert_button.setObjectName("scriptInsertField")
        self.insert_button.setToolTip(self.tr("Insert a merge field such as {first_name} at the cursor"))
        self.insert_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        fields_menu = QMenu(self.insert_button)
        for name, (help_text, _) in FIELDS.items():
            action = fields_menu.addAction(f"{{{name}}}  —  {help_text}")
            action.triggered.connect(lambda _=False, n=name: self.body.insertPlainText(f"{{{n}}}"))
        self.insert_button.setMenu(fields_menu)
        self.save_action = QAction(self.tr("&Save"), self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.setToolTip(self.tr("Save this script (Ctrl+S)"))
        self.save_action.triggered.connect(self.save)
        self.addAction(self.save_action)
        self.save_button = push_button(self.tr("Save"), "scriptSave", self.save_action.toolTip(), self.save)
        self.reset_button = push_button(
            self.tr("Restore default"),
            "scriptReset",
            self.tr("Put back the text Rapport shipped for this script"),
            self.restore_default,
        )
        buttons.addWidget(self.insert_button)
        buttons.addStretch(1)
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.save_button)
        edit_layout.addLayout(buttons)
        splitter.addWidget(middle)

        # preview
        right, preview_layout = headed_pane(self.tr("Preview"), (8, 0, 0, 0))
        pick = QFormLayout()
        self.contact = ContactPicker()
        self.contact.setObjectName("scriptContact")
        self.contact.setAccessibleName(self.tr("Preview for contact"))
        self.contact.contact_chosen.connect(lambda _id: self.update_preview())
        self.contact.cleared.connect(self.update_preview)
        add_row(pick, self.tr("&For:"), self.contact)
        preview_layout.addLayout(pick)
        # Give before you ask (app.ui.coach): asking a stranger for referrals gets a gentle word first.
        self.ask_warning = AskWarningBanner(proceed_text=self.tr("Use the script anyway"))
        self.ask_warning.give_requested.connect(
            lambda action: (
                request_give(self.ctx, self.contact.contact_id, action, self)
                if self.contact.contact_id is not None
                else None
            )
        )
        self._ask_warning_for: tuple | None = None
        preview_layout.addWidget(self.ask_warning)
        self.preview_subject = QLabel()
        self.preview_subject.setObjectName("scriptPreviewSubject")
        self.preview_subject.setWordWrap(True)
        self.preview_subject.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        preview_layout.addWidget(self.preview_subject)
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("scriptPreview")
        self.preview.setAccessibleName(self.tr("Preview"))
        self.preview.setAccessibleDescription(self.tr("The script as the person chosen above would read it"))
        self.preview.setReadOnly(True)
        preview_layout.addWidget(self.preview, 1)
        self.missing = QLabel()
        self.missing.setObjectName("scriptMissing")
        self.missing.setWordWrap(True)
        preview_layout.addWidget(self.missing)
        out = QHBoxLayout()
        self.copy_button = push_button(
            self.tr("Copy"), "scriptCopy", self.tr("Copy the text to the clipboard"), self.copy, "copy"
        )
        self.mail_button = push_button(
            self.tr("Open in mail"),
            "scriptMail",
            self.tr("Start a new message in your mail program"),
            self.open_mail,
            "mail",
        )
        self.eml_button = push_button(
            self.tr("Save .eml…"), "scriptEml", self.tr("Save a draft your mail program opens"), self.save_eml, "export"
        )
        for button in (self.copy_button, self.mail_button, self.eml_button):
            out.addWidget(button)
        preview_layout.addLayout(out)
        splitter.addWidget(right)
        splitter.setSizes([250, 425, 425])

        for signal in (self.subject.textChanged, self.body.textChanged, self.kind.currentIndexChanged):
            signal.connect(self.update_preview)
        ctx.bus.templates_changed.connect(self._reload_keep)

        self.reload()
        if contact_id is not None:
            self.contact.set_contact(contact_id)
        self.select_kind(kind)

    # --- list ------------------------------------------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        with QSignalBlocker(self.list):
            self.list.clear()
            for template in templates.all_templates():
                name, _subject, _body = _shown(template)
                item = QListWidgetItem(name)
                item.setData(Qt.ItemDataRole.UserRole, template.id)
                item.setToolTip(f"{name}\n{self.tr(KIND_NAMES.get(template.kind, template.kind))}")
                self.list.addItem(item)
        target = select_id if select_id is not None else self._current_id
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == target:
                self.list.setCurrentRow(row)
                return
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self._load_current(None, None)

    def _reload_keep(self) -> None:
        self.reload(self._current_id)

    def select_kind(self, kind: str | None) -> None:
        if not kind:
            return
        template = templates.for_kind(kind)
        if template is not None:
            self.reload(template.id)

    def _load_current(self, current: QListWidgetItem | None, _previous=None) -> None:
        template = None
        if current is not None:
            template = templates.get(current.data(Qt.ItemDataRole.UserRole))
        self._current_id = template.id if template else None
        for widget in (self.name, self.subject, self.body, self.kind):
            widget.blockSignals(True)
        name, subject, body = _shown(template) if template else ("", "", "")  # shipped ones in the user's language
        self.name.setText(name)
        self.subject.setText(subject)
        self.body.setPlainText(body)
        self.kind.setCurrentIndex(max(0, self.kind.findData(template.kind if template else "thank_you")))
        for widget in (self.name, self.subject, self.body, self.kind):
            widget.blockSignals(False)
        self.delete_button.setEnabled(template is not None)
        self.reset_button.setEnabled(bool(template and template.builtin))
        self.update_preview()

    def set_other_contact(self, contact_id: int | None) -> None:
        """The second person of an introduction, or the referred contact when telling the referrer."""
        self._other_contact = contact_id
        self.update_preview()

    # --- editing -----------------------------------------------------------------------------------------------
    def _data(self) -> TemplateData:
        return TemplateData(self.name.text(), self.kind.currentData(), self.subject.text(), self.body.toPlainText())

    def _stored(self, template_id: int | None) -> TemplateData | None:
        return templates.stored(template_id)

    def save(self) -> bool:
        data = self._data()
        command = SaveTemplateCommand(
            self.ctx,
            self.tr("Edit script “{name}”").format(name=data.name),
            self._current_id,
            self._stored(self._current_id),
            data,
        )
        self.ctx.undo_stack.push(command)
        if command.error is not None:
            QMessageBox.warning(self, self.tr("Scripts"), str(command.error))
            return False
        self._current_id = command.template_id
        self.reload(command.template_id)
        return True

    def new_template(self) -> None:
        base = self._data()
        data = TemplateData(
            self.tr("{name} (copy)").format(name=base.name) if base.name else self.tr("New script"),
            base.kind or "thank_you",
            base.subject,
            base.body or self.tr("Hi {first_name},\n\n"),
        )
        command = SaveTemplateCommand(self.ctx, self.tr("New script"), None, None, data)
        self.ctx.undo_stack.push(command)
        if command.error is None:
            self.reload(command.template_id)
            self.name.setFocus()
            self.name.selectAll()

    def delete_template(self) -> None:
        if self._current_id is None:
            return
        before = self._stored(self._current_id)
        self.ctx.undo_stack.push(
            SaveTemplateCommand(
                self.ctx,
                self.tr("Delete script “{name}”").format(name=before.name if before else ""),
                self._current_id,
                before,
                None,
            )
        )
        self._current_id = None
        self.reload()

    def restore_default(self) -> None:
        template = templates.get(self._current_id) if self._current_id else None
        if template is None:
            return
        default = templates.builtin_default(template.kind, template.name)
        if default is None:
            return
        name, subject, body = shipped_texts.shown(default.name, default.kind, default.subject, default.body)
        self.name.setText(name)
        self.subject.setText(subject)
        self.body.setPlainText(body)

    # --- preview and output ----------------------------------------------------------------------------------
    def rendered(self) -> tuple[str, str, list[str], list[str]]:
        values = templates.merge_values(
            self.contact.contact_id, other_contact_id=self._other_contact, clock=self.ctx.clock
        )
        subject = templates.render(self.subject.text(), values)
        body = templates.render(self.body.toPlainText(), values)
        missing = list(dict.fromkeys(subject.missing + body.missing))
        unknown = list(dict.fromkeys(subject.unknown + body.unknown))
        return subject.text, body.text, missing, unknown

    def _update_ask_warning(self) -> None:
        key = (self.contact.contact_id, self.kind.currentData())
        if key == self._ask_warning_for:
            return
        self._ask_warning_for = key
        warning = None
        if key[0] is not None and key[1] == "referral_ask":
            warning = giving.ask_warning(key[0], clock=self.ctx.clock)
        if warning is not None:
            self.ask_warning.show_warning(warning)
        else:
            self.ask_warning.hide()

    def update_preview(self) -> None:
        self._update_ask_warning()
        subject, body, missing, unknown = self.rendered()
        self.preview_subject.setText(self.tr("Subject: {s}").format(s=subject) if subject else "")
        self.preview_subject.setVisible(bool(subject))
        self.preview.setPlainText(body)
        notes = []
        contact_fields = [m for m in missing if not m.startswith("my_") and m not in ("month", "month_summary")]
        if contact_fields and self.contact.contact_id is None:
            notes.append(self.tr("Pick a contact above to fill in their details."))
            missing = [m for m in missing if m not in contact_fields]
        if missing:
            names = ", ".join(f"{{{m}}}" for m in missing)
            notes.append(self.tr("No value yet for {fields}: fill it in before sending.").format(fields=names))
            if any(m.startswith("my_") for m in missing):
                notes.append(self.tr("Your own details come from Edit → My Profile."))
        self.missing.setText(" ".join(notes))
        self.missing.setVisible(bool(notes))
        if unknown:
            known = ", ".join(f"{{{f}}}" for f in list(FIELDS)[:6])
            self.warning.setText(
                self.tr("Not merge fields (left as written): {bad}. Known fields include {known}…").format(
                    bad=", ".join(f"{{{u}}}" for u in unknown), known=known
                )
            )
        self.warning.setVisible(bool(unknown))

    def _recipient(self) -> str:
        cid = self.contact.contact_id
        if cid is None:
            return ""
        return primary_email(cid)

    def copy(self) -> None:
        _, body, _, _ = self.rendered()
        QGuiApplication.clipboard().setText(body)
        self.copy_button.setText(self.tr("Copied"))

    def open_mail(self) -> None:
        subject, body, _, _ = self.rendered()
        to = self._recipient()
        url = outgoing.mailto_url([to] if to else [], subject, body)
        if len(url) > outgoing.MAILTO_SAFE_LENGTH:
            answer = QMessageBox.question(
                self,
                self.tr("Open in mail"),
                self.tr("This message is long; some mail programs cut long links short. Save an .eml draft instead?"),
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.save_eml()
                return
        if not QDesktopServices.openUrl(QUrl(url)):
            QMessageBox.information(
                self, self.tr("Open in mail"), self.tr("No mail program answered. Use Copy or Save .eml instead.")
            )

    def save_eml(self) -> None:
        subject, body, _, _ = self.rendered()
        who = display_name(self.contact.contact_id) if self.contact.contact_id else ""
        name = outgoing.safe_filename(f"{self.name.text()} — {who}" if who else self.name.text())
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save draft"), str(self.ctx.paths.data_dir.parent / f"{name}.eml"), self.tr("Email (*.eml)")
        )
        if not path:
            return
        me = load_profile()
        to = self._recipient()
        try:
            outgoing.write_eml(
                path,
                outgoing.eml_bytes(
                    to=[to] if to else [], subject=subject, body=body, sender=me.email, when=self.ctx.clock.now()
                ),
            )
        except OSError as exc:
            QMessageBox.warning(
                self, self.tr("Save draft"), self.tr("Could not write {path}:\n{error}").format(path=path, error=exc)
            )
