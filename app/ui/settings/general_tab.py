"""Preferences → General: the language of the interface (issue 23), what happens when the window is closed, and
starting Rapport at login (issue 17).

The language is a UI setting of the data folder (``interface/language``, read by :mod:`app.ui.i18n` when Rapport
starts): the window is made in one language, so a change shows at the next start.

"Keep running in the tray" is a UI setting of the data folder (``tray/keepRunning`` in its QSettings, read by
:mod:`app.ui.tray`); "start at login" is the system's own login item (:mod:`app.ui.autostart`), read back from the
system each time the tab opens, so it shows what is really there.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from app.ui import autostart, i18n, tray
from app.ui.settings.dialog import SettingsError, SettingsTab
from app.ui.widgets.form_rows import add_row
from app.ui.widgets.text import heading


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setIndent(28)  # under the check box's text, not its box
    label.setEnabled(False)  # the palette's placeholder grey: an explanation, not a control
    return label


class GeneralTab(SettingsTab):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.setObjectName("settingsGeneral")
        self.login_item = autostart.for_platform()
        self.has_tray = tray.system_tray_available()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(8)

        layout.addWidget(heading(self.tr("Language"), level=2))
        self.language = QComboBox()
        self.language.setObjectName("languageChoice")
        self.language.setAccessibleDescription(self.tr("The language of Rapport's window"))
        system = i18n.LANGUAGES[i18n.system_language()]
        self.language.addItem(self.tr("Same as the system ({language})").format(language=system), "")
        for code, name in i18n.LANGUAGES.items():  # each in its own language: found whatever the interface speaks
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.chosen_language(ctx.paths.settings_file))))
        form = QFormLayout()
        add_row(form, self.tr("&Interface language:"), self.language)
        self.language.setAccessibleName(self.tr("Interface language"))
        layout.addLayout(form)
        layout.addWidget(_note(self.tr("Rapport uses the language you choose the next time it starts.")))

        layout.addSpacing(8)
        layout.addWidget(heading(self.tr("Reminders"), level=2))
        intro = QLabel(
            self.tr(
                "When Rapport starts, it tells you once a day what is due today. While it runs, it tells you "
                "about each follow-up as it comes due."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.keep_in_tray = QCheckBox(self.tr("Keep Rapport running in the system tray when its window is closed"))
        self.keep_in_tray.setObjectName("keepInTray")
        self.keep_in_tray.setAccessibleName(self.keep_in_tray.text())
        self.keep_in_tray.setAccessibleDescription(
            self.tr("Closing the window does not quit; Quit is in the menu of the tray icon")
        )
        self.keep_in_tray.setChecked(tray.keeps_running(ctx.settings()))
        layout.addWidget(self.keep_in_tray)
        if self.has_tray:
            tray_note = self.tr("Quit it from the tray icon's menu or with File → Quit (Ctrl+Q).")
        else:  # shown off and greyed; the stored choice stays for a desktop that has a tray
            tray_note = self.tr("This desktop has no system tray: closing the window quits Rapport.")
            self.keep_in_tray.setChecked(False)
            self.keep_in_tray.setEnabled(False)
        layout.addWidget(_note(tray_note))

        layout.addSpacing(8)
        self.start_at_login = QCheckBox(self.tr("Start Rapport when I log in"))
        self.start_at_login.setObjectName("startAtLogin")
        self.start_at_login.setAccessibleName(self.start_at_login.text())
        self.start_at_login.setChecked(self.login_item.is_enabled())
        self.start_at_login.setToolTip(self.login_item.where)
        layout.addWidget(self.start_at_login)
        login_note = (
            self.tr("It starts in the tray, with the summary of the day; click the icon to open the window.")
            if self.has_tray
            else self.tr("It opens its window, with the summary of the day in the status bar.")
        )
        layout.addWidget(_note(login_note))
        layout.addStretch(1)

    def apply(self) -> bool:
        changed = False
        settings = self.ctx.settings()
        choice = self.language.currentData()
        if choice != i18n.chosen_language(self.ctx.paths.settings_file):
            i18n.save_language(settings, choice)
            settings.sync()
            changed = True
        if self.has_tray and self.keep_in_tray.isChecked() != tray.keeps_running(settings):
            tray.set_keeps_running(settings, self.keep_in_tray.isChecked())
            changed = True
        wanted = self.start_at_login.isChecked()
        if wanted != self.login_item.is_enabled():
            try:
                if wanted:
                    self.login_item.enable(autostart.launch_command(self.ctx.paths))
                else:
                    self.login_item.disable()
            except autostart.AutostartError as exc:
                raise SettingsError(
                    self.tr("Rapport could not change how it starts at login: {error}").format(error=exc)
                ) from exc
            changed = True
        return changed
