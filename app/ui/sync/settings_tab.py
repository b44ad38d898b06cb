"""Preferences → Sync (issue 20): the server account, Test connection, which address book and calendar, how often.

"Test connection" logs in on a worker thread and lists the server's address books and calendars into the two
choices (typing a new name there creates it as the account is saved; "Rapport" by default). The password goes to the
system keyring; where there is none the tab says so and asks for a command that prints it. Saving the account
(OK/Apply with a changed account) checks the login first: a refused login or an unreachable server keeps the dialog
open with the reason, and nothing is stored. Below: sync on its own (start, every N minutes, after a change), the
last sync, and the conflicts to review (the server's value is in the contact's notes; "Mark reviewed" clears them).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.changes import Changes
from app.core.translated import shown_error
from app.ui.settings.dialog import SettingsError, SettingsTab
from app.ui.widgets.form_rows import add_row
from app.ui.widgets.text import date_and_time, heading

DEFAULT_NAME = "Rapport"


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setEnabled(False)
    return label


class SyncTab(SettingsTab):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        from app.core.sync import account as accounts

        self.setObjectName("settingsSync")
        self.accounts = accounts
        self.current = accounts.load()
        self.has_keyring = accounts.has_keyring()
        self.test_job = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(8)
        layout.addWidget(heading(self.tr("Sync with your server"), level=2))
        intro = QLabel(
            self.tr(
                "Keep your contacts and follow-ups on your phone and in your calendar: Rapport syncs both ways with "
                "a CardDAV/CalDAV server (Nextcloud, Fastmail, iCloud, mailbox.org, Radicale, Baïkal…). "
                "Your phone syncs with the same server."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        form.setSpacing(8)
        self.url = QLineEdit()
        self.url.setObjectName("syncUrl")
        self.url.setPlaceholderText("https://dav.example.com/")
        self.username = QLineEdit()
        self.username.setObjectName("syncUsername")
        self.password = QLineEdit()
        self.password.setObjectName("syncPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_command = QLineEdit()
        self.password_command.setObjectName("syncPasswordCommand")
        self.password_command.setPlaceholderText(self.tr("a command that prints the password, e.g. pass show dav"))
        for widget, name in (
            (self.url, self.tr("Server")),
            (self.username, self.tr("User name")),
            (self.password, self.tr("Password")),
            (self.password_command, self.tr("Password command")),
        ):
            widget.setAccessibleName(name)
        add_row(form, self.tr("&Server:"), self.url)
        add_row(form, self.tr("&User name:"), self.username)
        add_row(form, self.tr("&Password:"), self.password)
        add_row(form, self.tr("Password &command:"), self.password_command)
        if self.has_keyring:
            where = self.tr("The password is kept in your system keyring, never in Rapport's files.")
        else:
            where = self.tr(
                "This computer has no system keyring to keep the password in: give a command that prints it "
                "(Rapport runs it at each sync and stores only the command)."
            )
            self.password.setEnabled(False)
        form.addRow("", _note(where))
        self.username.setAccessibleDescription(self.tr("The account name you sign in to your server with"))
        self.password.setAccessibleDescription(where)  # the line under it, for a screen reader

        row = QHBoxLayout()
        self.test_button = QPushButton(self.tr("&Test connection"))
        self.test_button.setObjectName("syncTest")
        self.test_button.setToolTip(self.tr("Check that Rapport can reach the server with this account"))
        self.test_button.clicked.connect(self.test_connection)
        row.addWidget(self.test_button)
        self.test_result = QLabel()
        self.test_result.setObjectName("syncTestResult")
        self.test_result.setWordWrap(True)
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.test_result, 1)
        form.addRow("", row)

        self.addressbook = QComboBox()
        self.addressbook.setObjectName("syncAddressbook")
        self.addressbook.setEditable(True)
        self.addressbook.setAccessibleName(self.tr("Address book"))
        self.calendar = QComboBox()
        self.calendar.setObjectName("syncCalendar")
        self.calendar.setEditable(True)
        self.calendar.setAccessibleName(self.tr("Calendar"))
        self.addressbook.setAccessibleDescription(
            self.tr("Where your contacts go on the server; type a new name and Rapport creates it")
        )
        self.calendar.setAccessibleDescription(
            self.tr("Where your follow-ups go on the server; type a new name and Rapport creates it")
        )
        add_row(form, self.tr("&Address book:"), self.addressbook)
        add_row(form, self.tr("Ca&lendar:"), self.calendar)
        form.addRow("", _note(self.tr("Choose one the server has, or type a new name: Rapport creates it.")))
        layout.addLayout(form)

        layout.addSpacing(8)
        layout.addWidget(heading(self.tr("When"), level=3))
        when = QHBoxLayout()
        self.auto = QCheckBox(self.tr("Sync on &start, after a change and every"))
        self.auto.setObjectName("syncAuto")
        self.auto.setAccessibleName(self.tr("Sync automatically"))
        self.auto.setAccessibleDescription(self.tr("Sync on start, after each change and every few minutes"))
        self.interval = QSpinBox()
        self.interval.setObjectName("syncInterval")
        self.interval.setRange(1, 24 * 60)
        self.interval.setSuffix(self.tr(" min"))
        self.interval.setAccessibleName(self.tr("Minutes between syncs"))
        self.interval.setAccessibleDescription(self.tr("How often Rapport syncs on its own while it is open"))
        when.addWidget(self.auto)
        when.addWidget(self.interval)
        when.addStretch(1)
        layout.addLayout(when)
        self.last = QLabel()
        self.last.setObjectName("syncLast")
        self.last.setWordWrap(True)
        layout.addWidget(self.last)

        layout.addWidget(heading(self.tr("Conflicts to review"), level=3))
        self.conflicts = QListWidget()
        self.conflicts.setObjectName("syncConflicts")
        self.conflicts.setAccessibleName(self.tr("Conflicts to review"))
        self.conflicts.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.conflicts.setMaximumHeight(110)
        layout.addWidget(self.conflicts)
        self.no_conflicts = _note(
            self.tr(
                "Nothing to review. When a field was changed here and on the server differently, Rapport keeps "
                "yours, adds the server's to the notes, and lists it here."
            )
        )
        layout.addWidget(self.no_conflicts)
        buttons = QHBoxLayout()
        self.reviewed = QPushButton(self.tr("&Mark reviewed"))
        self.reviewed.setObjectName("syncMarkReviewed")
        self.reviewed.setToolTip(self.tr("Clear the list of conflicts once you have checked them"))
        self.reviewed.clicked.connect(self.mark_reviewed)
        self.forget = QPushButton(self.tr("&Forget this account"))
        self.forget.setObjectName("syncForget")
        self.forget.setToolTip(self.tr("Stop syncing and remove this account and its password from Rapport"))
        self.forget.clicked.connect(self.forget_account)
        buttons.addWidget(self.reviewed)
        buttons.addStretch(1)
        buttons.addWidget(self.forget)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self._load()

    # --- showing ----------------------------------------------------------------------------------------------
    def _load(self) -> None:
        from app.core.sync import service

        account = self.current
        self.url.setText(account.url if account else "")
        self.username.setText(account.username if account else "")
        self.password.clear()
        self.password.setPlaceholderText(self.tr("(kept in the keyring)") if account else "")
        self.password_command.setText(account.password_command if account else "")
        self._set_choices(self.addressbook, [], account.addressbook_name if account else DEFAULT_NAME)
        self._set_choices(self.calendar, [], account.tasks_name or account.events_name if account else DEFAULT_NAME)
        self.auto.setChecked(account.auto_sync if account else True)
        self.interval.setValue(account.interval_minutes if account else self.accounts.DEFAULT_INTERVAL_MINUTES)
        last = service.last_sync() if account else None
        if account is None:
            self.last.setText(self.tr("No account yet: fill in the server and press Test connection."))
        elif last:
            when = date_and_time(dt.datetime.fromisoformat(last["at"]))
            self.last.setText(self.tr("Last sync: {when}.").format(when=when))
        else:
            self.last.setText(self.tr("Not synced yet."))
        self.conflicts.clear()
        for conflict in service.open_conflicts():
            text = self.tr("{name}: {field} — kept “{ours}”, the server had “{theirs}”").format(
                name=conflict.name or conflict.uid, field=conflict.field, ours=conflict.ours, theirs=conflict.theirs
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, conflict.id)
            self.conflicts.addItem(item)
        has_conflicts = self.conflicts.count() > 0
        self.conflicts.setVisible(has_conflicts)
        self.no_conflicts.setVisible(not has_conflicts)
        self.reviewed.setEnabled(has_conflicts)
        self.forget.setEnabled(account is not None)

    def _set_choices(self, box: QComboBox, names: list[str], current: str) -> None:
        box.clear()
        box.addItems(list(dict.fromkeys([*names, current] if current else names)))
        box.setCurrentText(current)

    # --- test connection ----------------------------------------------------------------------------------------
    def _password(self) -> str:
        if self.password_command.text().strip():
            return self.accounts.run_password_command(self.password_command.text().strip())
        if self.password.text():
            return self.password.text()
        if self.current is not None and self.has_keyring:
            return self.accounts.password_for(self.current)
        raise self.accounts.PasswordUnavailable(self.tr("type the password (or a password command)"))

    def test_connection(self) -> None:
        from app.ui.import_export.worker import Job

        if self.test_job is not None and self.test_job.is_running():
            return
        url, user = self.url.text().strip(), self.username.text().strip()
        if not url or not user:
            self.test_result.setText(self.tr("Fill in the server and the user name."))
            return
        try:
            password = self._password()
        except Exception as exc:
            self.test_result.setText(shown_error(exc))
            return

        def work(_progress, _cancelled):
            from app.core.sync.dav import DavSession

            with DavSession(url, user, password, timeout=20) as session:
                session.check_login()
                return session.collections()

        self.test_button.setEnabled(False)
        self.test_result.setText(self.tr("Connecting…"))
        self.test_job = Job(work, self)
        self.test_job.succeeded.connect(self._tested)
        self.test_job.failed.connect(self._test_failed)
        self.test_job.start()

    def _tested(self, collections) -> None:
        self.test_button.setEnabled(True)
        books = [c.name for c in collections if c.kind == "contacts"]
        calendars = [c.name for c in collections if c.kind == "calendar"]
        self._set_choices(self.addressbook, books, self.addressbook.currentText() or DEFAULT_NAME)
        self._set_choices(self.calendar, calendars, self.calendar.currentText() or DEFAULT_NAME)
        self.test_result.setText(
            self.tr("Connected: {books} address books, {calendars} calendars.").format(
                books=len(books), calendars=len(calendars)
            )
        )

    def _test_failed(self, error) -> None:
        self.test_button.setEnabled(True)
        self.test_result.setText(shown_error(error))

    # --- storing ------------------------------------------------------------------------------------------------
    def _account_changed(self) -> bool:
        account = self.current
        fields = (
            self.url.text().strip(),
            self.username.text().strip(),
            self.password_command.text().strip(),
            self.addressbook.currentText().strip(),
            self.calendar.currentText().strip(),
        )
        if account is None:
            return any(fields[:2])
        before = (
            account.url.rstrip("/"),
            account.username,
            account.password_command,
            account.addressbook_name,
            account.tasks_name or account.events_name,
        )
        return bool(self.password.text()) or (fields[0].rstrip("/"), *fields[1:]) != before

    def apply(self) -> bool:
        from app.core.sync import service
        from app.core.sync.dav import SyncError

        changed = False
        if self._account_changed():
            url, user = self.url.text().strip(), self.username.text().strip()
            if not url or not user:
                raise SettingsError(self.tr("Sync: fill in the server and the user name (or clear both)."))
            command = self.password_command.text().strip()
            if not command and not self.has_keyring:
                raise SettingsError(
                    self.tr("Sync: this computer has no system keyring; give a command that prints the password.")
                )
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                password = self._password()
                self.current = service.setup(
                    url,
                    user,
                    password,
                    addressbook=self.addressbook.currentText().strip() or DEFAULT_NAME,
                    calendar=self.calendar.currentText().strip() or DEFAULT_NAME,
                    password_command=command,
                )
            except (SyncError, OSError) as exc:
                raise SettingsError(self.tr("Sync: {reason}").format(reason=shown_error(exc))) from exc
            finally:
                QGuiApplication.restoreOverrideCursor()
            changed = True
        if self.current is not None and (
            self.current.auto_sync != self.auto.isChecked() or self.current.interval_minutes != self.interval.value()
        ):
            self.current.auto_sync = self.auto.isChecked()
            self.current.interval_minutes = self.interval.value()
            self.accounts.save(self.current)
            changed = True
        if changed:
            self.password.clear()
            self._load()
        return changed

    def mark_reviewed(self) -> None:
        from app.core.sync import service

        ids = [item.data(Qt.ItemDataRole.UserRole) for item in self.conflicts.selectedItems()]
        if not ids:
            ids = [self.conflicts.item(n).data(Qt.ItemDataRole.UserRole) for n in range(self.conflicts.count())]
        service.resolve_conflicts(ids, clock=self.ctx.clock)
        self._load()

    def forget_account(self) -> None:
        from app.core.sync import service

        if self.current is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Forget the sync account"),
            self.tr(
                "Stop syncing with {url}? Your contacts and follow-ups stay here and on the server; Rapport forgets "
                "the account, its password and what it last synced."
            ).format(url=self.current.url),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.accounts.forget_password(self.current)
        self.accounts.remove()
        service.forget_state()
        self.current = None
        self._load()
        self.ctx.publish(Changes.of("settings"))
