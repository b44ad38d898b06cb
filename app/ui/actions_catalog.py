"""Every menu action of the main window, declared once (read by :class:`app.ui.actions.ActionRegistry`).

The order here is only for reading: a menu lists its actions by (group, order), with a separator between groups.
The objectNames are the stable names of docs/object-names.md; tests and scripted checks find the actions by them.
The View menu's entries (one per page, Ctrl+1…) are declared by the window from its list of pages.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction, QKeySequence

from app.ui.actions import ActionSpec, MenuSpec

Key = QKeySequence.StandardKey
Role = QAction.MenuRole

MENUS = (
    MenuSpec("file", QT_TRANSLATE_NOOP("MainWindow", "&File")),
    MenuSpec("edit", QT_TRANSLATE_NOOP("MainWindow", "&Edit")),
    MenuSpec("contacts", QT_TRANSLATE_NOOP("MainWindow", "&Contacts")),
    MenuSpec("view", QT_TRANSLATE_NOOP("MainWindow", "&View")),
    MenuSpec("tools", QT_TRANSLATE_NOOP("MainWindow", "&Tools"), "toolsMenu"),
    MenuSpec("help", QT_TRANSLATE_NOOP("MainWindow", "&Help")),
)


FILE = (
    ActionSpec(
        "importAction",
        QT_TRANSLATE_NOOP("MainWindow", "&Import…"),
        Key.Open,
        QT_TRANSLATE_NOOP("MainWindow", "Import contacts from LinkedIn, Google, Outlook or vCard files"),
        menu="file",
        order=0,
    ),
    ActionSpec(
        "exportAction",
        QT_TRANSLATE_NOOP("MainWindow", "&Export…"),
        "Ctrl+Shift+E",
        QT_TRANSLATE_NOOP("MainWindow", "Export contacts as vCard or CSV, or everything as JSON"),
        menu="file",
        order=1,
    ),
    ActionSpec(
        "syncNowAction",
        QT_TRANSLATE_NOOP("SyncController", "S&ync Now"),
        "Ctrl+Shift+Y",
        QT_TRANSLATE_NOOP("SyncController", "Sync contacts and follow-ups with your CardDAV/CalDAV server"),
        menu="file",
        order=2,
        context="SyncController",
        tip_in_tooltip=False,
    ),  # handled by app.ui.sync.controller (enabled once an account is set up)
    ActionSpec(  # the backups' actions are handled by app.ui.backup_ui
        "backupAction",
        QT_TRANSLATE_NOOP("BackupController", "&Back Up Now…"),
        "Ctrl+Alt+B",
        QT_TRANSLATE_NOOP("BackupController", "Save a complete copy of your data to a file"),
        menu="file",
        group=1,
        order=0,
        context="BackupController",
    ),
    ActionSpec(
        "restoreAction",
        QT_TRANSLATE_NOOP("BackupController", "&Restore Backup…"),
        "Ctrl+Alt+R",
        QT_TRANSLATE_NOOP("BackupController", "Replace your data with a backup (the current data is kept too)"),
        menu="file",
        group=1,
        order=1,
        context="BackupController",
    ),
    ActionSpec(
        "showBackupsAction",
        QT_TRANSLATE_NOOP("BackupController", "Sho&w Backups"),
        None,
        QT_TRANSLATE_NOOP("BackupController", "Open the folder of the automatic backups in your file manager"),
        menu="file",
        group=1,
        order=2,
        context="BackupController",
    ),
    ActionSpec(  # the business cards' actions are handled by app.ui.cards.controller
        "scanCardAction",
        QT_TRANSLATE_NOOP("BusinessCards", "&Scan Business Card…"),
        "Ctrl+Shift+K",
        QT_TRANSLATE_NOOP("BusinessCards", "Turn a photo or scan of a card you received into a contact"),
        menu="file",
        group=2,
        order=0,
        context="BusinessCards",
        key_in_tip="tooltip",
    ),
    ActionSpec(
        "printCardsAction",
        QT_TRANSLATE_NOOP("BusinessCards", "Print &Business Cards…"),
        "Ctrl+Shift+P",
        QT_TRANSLATE_NOOP("BusinessCards", "Design and print your own business card, or save it as a PDF"),
        menu="file",
        group=2,
        order=1,
        context="BusinessCards",
        key_in_tip="tooltip",
    ),
    ActionSpec(
        "openDataFolderAction",
        QT_TRANSLATE_NOOP("MainWindow", "Open &Data Folder"),
        None,
        QT_TRANSLATE_NOOP("MainWindow", "Show the folder where Rapport keeps your data"),
        menu="file",
        group=3,
    ),
    ActionSpec(
        "quitAction",
        QT_TRANSLATE_NOOP("MainWindow", "&Quit"),
        "Ctrl+Q",
        QT_TRANSLATE_NOOP("MainWindow", "Quit Rapport"),
        menu="file",
        group=4,
        role=Role.QuitRole,
    ),
)

EDIT = (
    ActionSpec("undoAction", menu="edit", order=0, external=True),  # the undo stack's own actions
    ActionSpec("redoAction", menu="edit", order=1, external=True),
    ActionSpec(
        "findAction",
        QT_TRANSLATE_NOOP("MainWindow", "&Find Contact…"),
        Key.Find,
        QT_TRANSLATE_NOOP("MainWindow", "Search your contacts"),
        menu="edit",
        group=1,
    ),
    ActionSpec(
        "preferencesAction",
        QT_TRANSLATE_NOOP("MainWindow", "&Preferences…"),
        "Ctrl+,",
        QT_TRANSLATE_NOOP("MainWindow", "Rule cadences, your data folder and more"),
        icon="settings",
        menu="edit",
        group=2,
        role=Role.PreferencesRole,
    ),
    ActionSpec(
        "profileAction",
        QT_TRANSLATE_NOOP("BusinessCards", "My &Profile…"),
        "Ctrl+Shift+M",
        QT_TRANSLATE_NOOP("BusinessCards", "Your name and contact details, for your card and your emails"),
        menu="edit",
        group=3,
        context="BusinessCards",
        key_in_tip="tooltip",
    ),  # handled by app.ui.cards.controller
)


def _contacts(key, text, shortcut, tip, icon, group, order, scope="window") -> ActionSpec:
    """An action of the Contacts page: its tips name the shortcut; the page is built and shown first."""
    return ActionSpec(
        key,
        text,
        shortcut,
        tip,
        icon=icon,
        menu="contacts",
        group=group,
        order=order,
        context="ContactsPage",
        key_in_tip="both",
        scope=scope,
        page="contactsPage",
    )


CONTACTS = (
    ActionSpec(
        "logInteractionAction",
        QT_TRANSLATE_NOOP("MainWindow", "&Log Interaction…"),
        "Ctrl+L",
        QT_TRANSLATE_NOOP("MainWindow", "Log a call, coffee, email… with a contact"),
        icon="log",
        menu="contacts",
        order=0,
    ),
    ActionSpec(
        "prepareMeetingAction",
        QT_TRANSLATE_NOOP("MainWindow", "&Prepare for a Meeting…"),
        "Ctrl+Alt+P",
        QT_TRANSLATE_NOOP("MainWindow", "What you know, your questions and your pitch, before you meet someone"),
        icon="prep",
        menu="contacts",
        order=1,
        key_in_tip="tooltip",
    ),
    ActionSpec(
        "introduceAction",
        QT_TRANSLATE_NOOP("MainWindow", "&Introduce Two Contacts…"),
        "Ctrl+Shift+I",
        QT_TRANSLATE_NOOP("MainWindow", "Introduce two people who should know each other — a give for both"),
        icon="kind-introduction",
        menu="contacts",
        order=2,
        key_in_tip="tooltip",
    ),
    _contacts(
        "newContactAction",
        QT_TRANSLATE_NOOP("ContactsPage", "&New Contact…"),
        "Ctrl+N",
        QT_TRANSLATE_NOOP("ContactsPage", "Add a contact"),
        "person-add",
        1,
        0,
    ),
    _contacts(
        "brainstormAction",
        QT_TRANSLATE_NOOP("ContactsPage", "&Brainstorm Your Network…"),
        "Ctrl+Shift+B",
        QT_TRANSLATE_NOOP("ContactsPage", "List the people you know, circle by circle"),
        "bulb",
        1,
        1,
    ),
    _contacts(
        "askReferralsAction",
        QT_TRANSLATE_NOOP("ContactsPage", "Ask for &Referrals…"),
        "Ctrl+Shift+R",
        QT_TRANSLATE_NOOP("ContactsPage", "Add people the selected contact recommends"),
        "person-add",
        1,
        2,
    ),
    _contacts(
        "targetsAction",
        QT_TRANSLATE_NOOP("ContactsPage", "&Target Companies…"),
        "Ctrl+Shift+G",
        QT_TRANSLATE_NOOP("ContactsPage", "Your target company list, who works there, who has it"),
        "building",
        2,
        0,
    ),
    _contacts(
        "duplicatesAction",
        QT_TRANSLATE_NOOP("ContactsPage", "Find &Duplicates…"),
        "Ctrl+Shift+D",
        QT_TRANSLATE_NOOP("ContactsPage", "Find and merge contacts entered twice"),
        "merge",
        2,
        1,
    ),
    # Del and the other two work while the Contacts page has the focus (other pages use Del too)
    _contacts(
        "exportSelectionAction",
        QT_TRANSLATE_NOOP("ContactsPage", "E&xport Selection…"),
        "Ctrl+Shift+X",
        QT_TRANSLATE_NOOP("ContactsPage", "Save the selected contacts as a JSON file"),
        "export",
        3,
        0,
        "page",
    ),
    _contacts(
        "trashAction",
        QT_TRANSLATE_NOOP("ContactsPage", "Move to &Trash"),
        "Del",
        QT_TRANSLATE_NOOP("ContactsPage", "Move the selected contacts to the trash (undo with Ctrl+Z)"),
        "trash",
        3,
        1,
        "page",
    ),
    _contacts(
        "showTrashAction",
        QT_TRANSLATE_NOOP("ContactsPage", "Show T&rash"),
        "Ctrl+Shift+Del",
        QT_TRANSLATE_NOOP("ContactsPage", "Show the contacts in the trash"),
        "trash",
        3,
        2,
        "page",
    ),
    ActionSpec(
        "newOpportunityAction",
        QT_TRANSLATE_NOOP("opportunities", "New &Opportunity…"),
        "Ctrl+Shift+J",
        QT_TRANSLATE_NOOP("opportunities", "Add a job you are interested in, applied to or were referred to"),
        icon="briefcase",
        menu="contacts",
        group=4,
        context="opportunities",
        key_in_tip="tooltip",
        page="opportunitiesPage",
    ),
)

# The Contacts page's "more tools" button (the page fills it from these when it is built).
CONTACT_TOOLS = (
    "brainstormAction",
    "askReferralsAction",
    "targetsAction",
    "duplicatesAction",
    None,
    "exportSelectionAction",
    "showTrashAction",
)

TOOLS = (
    ActionSpec(
        "scriptsAction",
        QT_TRANSLATE_NOOP("MainWindow", "&Scripts…"),
        "Ctrl+Shift+T",
        QT_TRANSLATE_NOOP("MainWindow", "Call scripts and email templates: preview, copy, open in your mail program"),
        icon="script",
        menu="tools",
        order=0,
    ),
    ActionSpec(
        "monthlyUpdateAction",
        QT_TRANSLATE_NOOP("MainWindow", "&Monthly Update…"),
        "Ctrl+Shift+U",
        QT_TRANSLATE_NOOP("MainWindow", "Draft this month's update to everyone you have talked with"),
        icon="mail",
        menu="tools",
        order=1,
    ),
    # Until the Calendar page is built this stand-in builds it and exports; then the page's own action takes its
    # place (one action per shortcut: two with Ctrl+Alt+E would make it ambiguous and do nothing).
    ActionSpec(
        "exportIcsAction",
        QT_TRANSLATE_NOOP("MainWindow", "Export ICS…"),
        "Ctrl+Alt+E",
        QT_TRANSLATE_NOOP("MainWindow", "Save the open follow-ups as a calendar file (Ctrl+Alt+E)"),
        icon="export",
        menu="tools",
        group=1,
        object_name="",
        page="calendarPage",
        shows_page=False,
        page_action="export_action",
    ),
)

HELP = (
    ActionSpec(
        "guideAction",
        QT_TRANSLATE_NOOP("MainWindow", "&Getting Started"),
        Key.HelpContents,
        QT_TRANSLATE_NOOP("MainWindow", "A short guide to Rapport (offline)"),
        menu="help",
        order=0,
    ),
    ActionSpec(
        "getStartedAction",
        QT_TRANSLATE_NOOP("TodayPage", "Get Started &Checklist"),
        None,
        QT_TRANSLATE_NOOP("TodayPage", "Show the five steps that set up your campaign on Today"),
        icon="check",
        menu="help",
        order=1,
        context="TodayPage",
        page="todayPage",
    ),  # Today's checklist, even after it was put away
    ActionSpec(
        "shortcutsAction",
        QT_TRANSLATE_NOOP("MainWindow", "&Keyboard Shortcuts"),
        "Ctrl+/" if sys.platform == "darwin" else "Ctrl+?",  # Cmd+? is the Mac's Help key (Getting Started)
        QT_TRANSLATE_NOOP("MainWindow", "Every keyboard shortcut of the window"),
        menu="help",
        order=2,
    ),
    ActionSpec(
        "openLogFolderAction",
        QT_TRANSLATE_NOOP("MainWindow", "Open &Log Folder"),
        None,
        QT_TRANSLATE_NOOP("MainWindow", "Show the folder of Rapport's log file, to attach it to a problem report"),
        menu="help",
        group=1,
    ),
    ActionSpec(
        "aboutAction",
        QT_TRANSLATE_NOOP("MainWindow", "&About Rapport"),
        None,
        QT_TRANSLATE_NOOP("MainWindow", "Version, licence and data folder"),
        menu="help",
        group=2,
        role=Role.AboutRole,
    ),
)

ACTIONS = FILE + EDIT + CONTACTS + TOOLS + HELP


def view_action(name: str, title: str, number: int, show_title: str) -> ActionSpec:
    """View → a page (Ctrl+number); ``title`` and ``show_title`` are translated already."""
    return ActionSpec(
        f"view:{name}",
        title,
        f"Ctrl+{number}",
        show_title,
        menu="view",
        order=number,
        context="",
        object_name="",
    )
