"""The pages the main window builds when first shown (app.ui.main_window.MainWindow, ``lazy_pages``).

Plain data, importing nothing: the PyInstaller spec reads it too, because these modules are imported by name at
run time and the bundle must carry them (packaging/rapport.spec).
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """The name lupdate reads: the sidebar shows a title through MainWindow.tr (this module imports nothing)."""
    return text


# Pages after Today, built when first shown (objectName → module, class, title, icon), in sidebar order. Their title
# and icon are repeated here so the sidebar can list them before their code is loaded (a test keeps them equal).
# Their menu actions are declared in app/ui/actions_catalog.py and build the page when triggered.
LATER_PAGES = {
    "contactsPage": ("app.ui.contacts.page", "ContactsPage", QT_TRANSLATE_NOOP("MainWindow", "Contacts"), "contacts"),
    "pitchesPage": ("app.ui.pitches.page", "PitchesPage", QT_TRANSLATE_NOOP("MainWindow", "Pitches"), "pitches"),
    "calendarPage": ("app.ui.calendar.page", "CalendarPage", QT_TRANSLATE_NOOP("MainWindow", "Calendar"), "calendar"),
    "insightsPage": (
        "app.ui.coach.insights_page",
        "InsightsPage",
        QT_TRANSLATE_NOOP("MainWindow", "Insights"),
        "insights",
    ),
    "opportunitiesPage": (
        "app.ui.opportunities.page",
        "OpportunitiesPage",
        QT_TRANSLATE_NOOP("MainWindow", "Opportunities"),
        "briefcase",
    ),
}
