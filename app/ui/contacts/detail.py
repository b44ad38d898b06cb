"""One contact in the right-hand pane of the Contacts page: who they are at a glance (photo, name with its parts
and nickname, work, keep-in-touch status, referrer, birthday and other dates, websites and handles as links,
circles) and the tabs Details, Timeline, Follow-ups, Ledger and Referrals.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.contacts import keep_in_touch, lookup
from app.core.contacts.list_rows import rows_for
from app.ui.contacts.avatar import Avatar
from app.ui.contacts.chips import CircleChips
from app.ui.contacts.editor import ContactEditor
from app.ui.contacts.facts import date_lines, links_html, name_line, safe_url, work_line
from app.ui.contacts.history_views import FollowUpsTab, LedgerTab, TimelineTab
from app.ui.contacts.presentation import STATUS_WORDS, status_icon, status_sentence
from app.ui.contacts.referral_view import ReferralTab
from app.ui.context import AppContext
from app.ui.icons import ui_icon
from app.ui.opportunities.contact_links import ContactOpportunities, new_referred
from app.ui.widgets.text import heading, relative_day


class ContactPanel(QWidget):
    """One contact: who they are at a glance, and the tabs."""

    log_requested = Signal()
    ask_referrals_requested = Signal()
    open_contact = Signal(int)
    trash_requested = Signal()
    restore_requested = Signal()
    delete_forever_requested = Signal()
    duplicates_requested = Signal()
    merge_requested = Signal()
    prep_requested = Signal()
    give_requested = Signal(str)  # introduce / share / advice (app.ui.coach)

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.contact_id: int | None = None
        self.trashed = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)

        header = QWidget()
        header.setObjectName("contactHeader")
        header_column = QVBoxLayout(header)
        header_column.setContentsMargins(16, 16, 16, 8)
        header_column.setSpacing(4)
        # The photo on the left; the name with the buttons beside it; under them, the lines about the person across
        # the whole width (they wrap less there: issue 17).
        top = QGridLayout()
        header_column.addLayout(top)  # before its widgets: they then belong to the header (issue 16)
        top.setContentsMargins(0, 0, 0, 0)
        top.setHorizontalSpacing(16)
        top.setVerticalSpacing(4)
        top.setColumnStretch(1, 1)
        self.avatar = Avatar(64)
        self.avatar.photo_chosen.connect(lambda data: self.editor.set_photo(data))
        top.addWidget(self.avatar, 0, 0, 2, 1, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        top.addLayout(text, 1, 1, 1, 2)
        text.setSpacing(4)
        self.name = heading("", level=2)
        self.name.setObjectName("contactName")
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.name.setWordWrap(True)
        self.full_name = QLabel()
        self.full_name.setObjectName("contactFullName")
        self.full_name.setWordWrap(True)
        self.full_name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("contactSubtitle")
        self.subtitle.setWordWrap(True)
        self.dates = QLabel()
        self.dates.setObjectName("contactDates")
        self.dates.setWordWrap(True)
        self.links = QLabel()
        self.links.setObjectName("contactLinks")
        self.links.setWordWrap(True)
        self.links.setTextFormat(Qt.TextFormat.RichText)
        self.links.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.links.linkActivated.connect(self._open_link)
        self.status = QLabel()
        self.status.setObjectName("contactStatus")
        self.status.setWordWrap(True)
        self.status_icon = QLabel()
        status_row = QHBoxLayout()
        status_row.setSpacing(6)
        status_row.addWidget(self.status_icon)
        status_row.addWidget(self.status, 1)
        self.referrer = QLabel()
        self.referrer.setObjectName("contactReferrer")
        self.referrer.setWordWrap(True)
        self.referrer.setTextFormat(Qt.TextFormat.RichText)
        self.referrer.linkActivated.connect(lambda href: self.open_contact.emit(int(href)))
        self.chips = CircleChips(editable=False)
        self.opportunities = ContactOpportunities(ctx)  # "Referred you to…" and their other jobs (issue 22)
        top.addWidget(self.name, 0, 1, Qt.AlignmentFlag.AlignVCenter)
        for widget in (self.full_name, self.subtitle):
            text.addWidget(widget)
        text.addLayout(status_row)
        text.addWidget(self.referrer)
        text.addWidget(self.opportunities)
        text.addWidget(self.chips)
        buttons = QHBoxLayout()
        top.addLayout(buttons, 0, 2, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
        buttons.setSpacing(8)
        self.log_button = QPushButton(ui_icon("log"), self.tr("Log"))
        self.log_button.setObjectName("contactLog")
        self.log_button.setToolTip(self.tr("Log a call, coffee, email… with this contact (Ctrl+L)"))
        self.log_button.clicked.connect(self.log_requested)
        self.more_button = QToolButton()
        self.more_button.setObjectName("contactMore")
        self.more_button.setIcon(ui_icon("more"))
        self.more_button.setToolTip(self.tr("More actions for this contact"))
        self.more_button.setAccessibleName(self.more_button.toolTip())
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more_button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
        self.prep_button = QPushButton(ui_icon("prep"), self.tr("Prepare"))
        self.prep_button.setObjectName("contactPrep")
        self.prep_button.setToolTip(self.tr("Prepare for a meeting with this contact (Ctrl+Alt+P)"))
        self.prep_button.clicked.connect(self.prep_requested)
        menu = QMenu(self.more_button)
        menu.addAction(ui_icon("prep"), self.tr("Prepare for a meeting…"), self.prep_requested)
        menu.addAction(
            ui_icon("kind-introduction"),
            self.tr("Introduce to someone…"),
            lambda: self.give_requested.emit("introduce"),
        )
        menu.addAction(
            ui_icon("external"), self.tr("Share an article or event…"), lambda: self.give_requested.emit("share")
        )
        menu.addAction(ui_icon("bulb"), self.tr("Offer advice…"), lambda: self.give_requested.emit("advice"))
        menu.addSeparator()
        menu.addAction(ui_icon("person-add"), self.tr("Ask for referrals…"), self.ask_referrals_requested)
        menu.addAction(
            ui_icon("briefcase"),
            self.tr("Referred me to a job…"),
            lambda: new_referred(self.window(), self.contact_id),
        )
        menu.addAction(ui_icon("merge"), self.tr("Merge with…"), self.merge_requested)
        menu.addAction(self.tr("Find duplicates of this contact"), self.duplicates_requested)
        menu.addSeparator()
        menu.addAction(ui_icon("trash"), self.tr("Move to trash"), self.trash_requested)
        self.more_button.setMenu(menu)
        buttons.addWidget(self.log_button)
        buttons.addWidget(self.prep_button)
        buttons.addWidget(self.more_button)
        # Dates and links under the photo row, the full width of the pane: they are long and wrap less there.
        header_column.addSpacing(4)
        header_column.addWidget(self.dates)
        header_column.addWidget(self.links)
        layout.addWidget(header)

        self.banner = QFrame()
        self.banner.setObjectName("trashBanner")
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        banner = QHBoxLayout(self.banner)
        banner.setContentsMargins(16, 8, 16, 8)
        self.banner_text = QLabel()
        self.restore_button = QPushButton(ui_icon("restore"), self.tr("Restore"))
        self.restore_button.setObjectName("restoreContact")
        self.restore_button.clicked.connect(self.restore_requested)
        self.delete_button = QPushButton(self.tr("Delete forever…"))
        self.delete_button.clicked.connect(self.delete_forever_requested)
        banner.addWidget(QLabel(), 0)
        banner.addWidget(self.banner_text, 1)
        banner.addWidget(self.restore_button)
        banner.addWidget(self.delete_button)
        layout.addWidget(self.banner)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("contactTabs")
        self.tabs.setDocumentMode(True)
        self.editor = ContactEditor(ctx)
        self.editor.open_contact.connect(self.open_contact)
        # a command or sync changed this contact: the header and tabs show it too (the form already does)
        self.editor.changed_underneath.connect(self._changed_underneath)
        self.timeline = TimelineTab(ctx)
        self.timeline.log_requested.connect(self.log_requested)
        self.followups = FollowUpsTab(ctx)
        self.ledger = LedgerTab(ctx)
        self.ledger.give_requested.connect(self.give_requested)
        self.referrals = ReferralTab(ctx)
        self.referrals.ask_requested.connect(self.ask_referrals_requested)
        self.referrals.open_contact.connect(self.open_contact)
        for widget, title in (
            (self.editor, self.tr("Details")),
            (self.timeline, self.tr("Timeline")),
            (self.followups, self.tr("Follow-ups")),
            (self.ledger, self.tr("Ledger")),
            (self.referrals, self.tr("Referrals")),
        ):
            self.tabs.addTab(widget, title)
        layout.addWidget(self.tabs, 1)

    def _changed_underneath(self) -> None:
        if self.contact_id is not None:
            self.show_contact(self.contact_id)

    def show_contact(self, contact_id: int) -> bool:
        contact = lookup.contact_header(contact_id)
        if contact is None:
            return False
        trashed = contact.deleted_at is not None
        switching = contact_id != self.contact_id or trashed != self.trashed
        if contact_id != self.contact_id:
            self.editor.flush()
        self.contact_id = contact_id
        self.trashed = trashed
        today = self.ctx.clock.today()
        self.banner.setVisible(self.trashed)
        if self.trashed:
            self.banner_text.setText(
                self.tr("In the trash since {day}. Restore it to edit.").format(
                    day=relative_day(contact.deleted_at.date(), today)
                )
            )
        self.log_button.setEnabled(not self.trashed)
        self.prep_button.setEnabled(not self.trashed)
        self.more_button.setEnabled(not self.trashed)
        self.avatar.editable = not self.trashed
        if switching:
            self.editor.load(contact_id, read_only=self.trashed)
        else:
            self.editor.reload_if_changed()
        self._fill_header(contact, today)
        self.opportunities.show_contact(contact_id)
        counts = (
            self.timeline.show_contact(contact_id, read_only=self.trashed),
            self.followups.show_contact(contact_id, read_only=self.trashed),
        )
        balance = self.ledger.show_contact(contact_id, read_only=self.trashed)
        referred = self.referrals.show_contact(contact_id, read_only=self.trashed)
        self.tabs.setTabText(1, self.tr("Timeline {n}").format(n=counts[0]) if counts[0] else self.tr("Timeline"))
        self.tabs.setTabText(2, self.tr("Follow-ups {n}").format(n=counts[1]) if counts[1] else self.tr("Follow-ups"))
        self.tabs.setTabText(3, self.tr("Ledger {n:+d}").format(n=balance.net) if balance.total else self.tr("Ledger"))
        self.tabs.setTabText(4, self.tr("Referrals {n}").format(n=referred) if referred else self.tr("Referrals"))
        return True

    def _fill_header(self, contact: lookup.ContactHeader, today) -> None:
        self.name.setText(contact.display_name)
        self.avatar.set_contact(contact.display_name, contact.photo)
        company = contact.company
        target = contact.company_is_target
        subtitle = work_line(contact.title, contact.department, company)
        if target:
            subtitle += "\u00a0★"
        self.subtitle.setText(subtitle or self.tr("No title or company yet"))
        self.subtitle.setEnabled(bool(contact.title or contact.department or company))
        self.subtitle.setToolTip(self.tr("{company} is on your target list").format(company=company) if target else "")
        row = rows_for([contact.id], today).get(contact.id)
        if row is not None:
            self.status_icon.setPixmap(status_icon(row.status).pixmap(14, 14))
            words = {
                keep_in_touch.GREEN: self.tr("In touch"),
                keep_in_touch.YELLOW: self.tr("Time to reconnect"),
                keep_in_touch.RED: self.tr("Overdue — going cold"),
                keep_in_touch.NONE: self.tr("Not in touch yet"),
            }
            last = (
                self.tr("last talked {when}").format(when=relative_day(row.last_interaction_at.date(), today))
                if row.last_interaction_at
                else self.tr("no conversation logged yet")
            )
            self.status.setText(f"{words[row.status]} · {last}")
            self.status.setToolTip(status_sentence(row.status, row.last_interaction_at, row.reconnect_by, today))
            self.status.setAccessibleName(STATUS_WORDS[row.status])
        if contact.referred_by_id is not None:
            name = contact.referrer_name if contact.referrer_name is not None else "?"
            self.referrer.setText(
                self.tr('Referred by <a href="{id}">{name}</a>').format(id=contact.referred_by_id, name=name)
            )
            self.referrer.setVisible(True)
        else:
            self.referrer.setVisible(False)
        self._fill_facts(today)
        self.chips.set_names(self.editor.circles.names())
        self.chips.setVisible(bool(self.editor.circles.names()))

    def _fill_facts(self, today) -> None:
        """The full name and nickname, the yearly dates, the websites and handles (each hidden when empty)."""
        data = self.editor.stored_data()
        if data is None:
            for label in (self.full_name, self.dates, self.links):
                label.setVisible(False)
            return
        line = name_line(data)
        self.full_name.setText(line)
        self.full_name.setVisible(bool(line))
        dates = date_lines(data, today)
        birthday = " · ".join(text for kind, text, _tip in dates if kind == "birthday")
        others = " · ".join(text for kind, text, _tip in dates if kind != "birthday")
        self.dates.setText("\n".join(line for line in (birthday, others) if line))
        self.dates.setToolTip("\n\n".join(f"{text}\n{tip}" for _kind, text, tip in dates))
        self.dates.setVisible(bool(dates))
        links = links_html(data)
        self.links.setText(links)
        self.links.setVisible(bool(links))

    def _open_link(self, href: str) -> None:
        url = safe_url(href)
        if url is not None:
            QDesktopServices.openUrl(url)
