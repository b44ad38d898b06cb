"""Duplicates: the finder (runs in a worker thread, with progress and cancel) and the merge dialog.

The merge dialog shows the two people side by side. Fields where both have a different value get a choice (text
fields can keep both); everything else — emails, phones, circles, interactions, follow-ups, ledger entries,
referrals — is kept from both. The merge is one transaction and one undo step.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QThread, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.connection import close_thread_connection
from app.core.contacts import duplicate_review, duplicates
from app.core.contacts.contact_data import ContactData
from app.ui.contacts import commands
from app.ui.contacts.presentation import INVITATION_LABELS, SOURCE_LABELS, STAGE_LABELS, TIE_LABELS
from app.ui.context import AppContext
from app.ui.i18n import tr
from app.ui.widgets.contact_picker import ContactPicker, describe
from app.ui.widgets.modal import run_modal
from app.ui.widgets.parts import describe_buttons
from app.ui.widgets.text import heading, short_day

log = logging.getLogger(__name__)
PAIR_ROLE = Qt.ItemDataRole.UserRole + 1

FIELDS = (
    ("given_name", "Given name"),
    ("family_name", "Family name"),
    ("display_name", "Shown as"),
    ("company", "Company"),
    ("title", "Title"),
    ("linkedin_url", "LinkedIn"),
    ("stage", "Stage"),
    ("tie", "Tie"),
    ("invitation_status", "Invitation"),
    ("referred_by_id", "Referred by"),
    ("keep_in_touch_days", "Reconnect every"),
    ("how_met", "How we met"),
    ("why_connect", "Why connect"),
    ("notes", "Notes"),
)
TEXTS = ("how_met", "why_connect", "notes")


def _shown(field: str, value) -> str:
    if value in (None, ""):
        return "—"
    if field == "stage":
        return STAGE_LABELS.get(value, value)
    if field == "tie":
        return TIE_LABELS.get(value, value)
    if field == "invitation_status":
        return INVITATION_LABELS.get(value, value)
    if field == "referred_by_id":
        return describe(value) or "?"
    if field == "keep_in_touch_days":
        return f"{value} days"
    text = str(value).replace("\n", " ")
    return text if len(text) <= 80 else text[:77] + "…"


def _facts(contact_id: int) -> str:
    """What tells two same-named records apart: when added, where from, how much history."""
    facts = duplicate_review.record_facts(contact_id)
    emails = ", ".join(facts.emails)
    parts = [
        tr("added {day}").format(day=short_day(facts.created_at.date(), year=True)),
        SOURCE_LABELS.get(facts.source, facts.source),
        tr("%n interaction(s)", "", facts.interactions),
    ]
    if emails:
        parts.append(emails)
    return " · ".join(parts)


class MergeDialog(QDialog):
    """Merge two contacts; the left one is kept unless the user swaps them."""

    def __init__(self, ctx: AppContext, keep_id: int, other_id: int, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.keep_id, self.other_id = keep_id, other_id
        self.merged = False
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Merge contacts"))
        self.setMinimumWidth(720)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setSpacing(8)
        self.content: QWidget | None = None
        self._build()

    def _build(self) -> None:
        if self.content is not None:
            self.layout_.removeWidget(self.content)
            self.content.deleteLater()
        self.content = QWidget()
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        keep_name = describe(self.keep_id)
        other_name = describe(self.other_id)
        layout.addWidget(heading(self.tr("Merge into one person"), level=2))
        top = QHBoxLayout()
        intro = QLabel(
            self.tr("<b>{keep}</b> stays; <b>{other}</b> moves to the trash once everything is copied over.").format(
                keep=keep_name, other=other_name
            )
        )
        intro.setWordWrap(True)
        swap = QPushButton(self.tr("Keep the other one"))
        swap.setObjectName("mergeSwap")
        swap.setAutoDefault(False)
        swap.clicked.connect(self._swap)
        top.addWidget(intro, 1)
        top.addWidget(swap)
        layout.addLayout(top)

        self.keep = duplicate_review.contact_data(self.keep_id)
        self.other = duplicate_review.contact_data(self.other_id)
        self.suggested = duplicates.merged_data(self.keep_id, self.other_id)
        self.choices: dict[str, QButtonGroup] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        header_font = self.font()
        header_font.setBold(True)
        for column, cid, text in ((1, self.keep_id, keep_name), (2, self.other_id, other_name)):
            label = QLabel(text)
            label.setFont(header_font)
            label.setWordWrap(True)
            facts = QLabel(_facts(cid))
            facts.setWordWrap(True)
            facts.setEnabled(False)
            grid.addWidget(label, 0, column)
            grid.addWidget(facts, 1, column)
        row = 2
        for field, label in FIELDS:
            a, b = getattr(self.keep, field), getattr(self.other, field)
            if a == b or b in (None, "") or (field == "referred_by_id" and b in (self.keep_id, self.other_id)):
                continue
            grid.addWidget(QLabel(self.tr(label)), row, 0, Qt.AlignmentFlag.AlignTop)
            group = QButtonGroup(self)
            left = QRadioButton(_shown(field, a))
            right = QRadioButton(_shown(field, b))
            left.setToolTip(str(a or ""))
            right.setToolTip(str(b or ""))
            group.addButton(left, 0)
            group.addButton(right, 1)
            grid.addWidget(left, row, 1)
            grid.addWidget(right, row, 2)
            suggested = getattr(self.suggested, field)
            if field in TEXTS and a and b:
                both = QRadioButton(self.tr("Keep both"))
                group.addButton(both, 2)
                grid.addWidget(both, row + 1, 1)
                both.setChecked(True)
                row += 1
            elif (suggested == b and a in (None, "", "none")) or suggested == b:
                right.setChecked(True)
            else:
                left.setChecked(True)
            self.choices[field] = group
            row += 1
        if not self.choices:
            grid.addWidget(QLabel(self.tr("No conflicting fields: the other's details fill the gaps.")), row, 0, 1, 3)
            row += 1
        layout.addSpacing(8)
        layout.addLayout(grid)
        layout.addSpacing(8)

        carried = duplicate_review.history(self.other_id)
        extra_emails = len(self.suggested.emails) - len(self.keep.emails)
        extra_phones = len(self.suggested.phones) - len(self.keep.phones)
        extra_circles = len(self.suggested.circles) - len(self.keep.circles)
        counts = (
            (carried.interactions, lambda n: self.tr("%n interaction(s)", "", n)),
            (carried.followups, lambda n: self.tr("%n follow-up(s)", "", n)),
            (carried.ledger_entries, lambda n: self.tr("%n ledger entr(y/ies)", "", n)),
            (carried.referrals, lambda n: self.tr("%n referral(s)", "", n)),
            (extra_emails, lambda n: self.tr("%n email(s)", "", n)),
            (extra_phones, lambda n: self.tr("%n phone(s)", "", n)),
            (extra_circles, lambda n: self.tr("%n circle(s)", "", n)),
        )
        kept = [words(n) for n, words in counts if n > 0]
        summary = QLabel(
            (
                self.tr("Also kept from {other}: {items}.").format(other=other_name, items=", ".join(kept))
                if kept
                else ""
            )
            + " "
            + self.tr("Edit → Undo (Ctrl+Z) takes the merge back.")
        )
        summary.setObjectName("mergeSummary")
        summary.setWordWrap(True)
        layout.addWidget(summary)
        self.layout_.insertWidget(0, self.content, 1)
        self.adjustSize()
        if not hasattr(self, "buttons"):
            self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
            describe_buttons(self.buttons)
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Merge"))
            self.buttons.accepted.connect(self.accept)
            self.buttons.rejected.connect(self.reject)
            self.layout_.addWidget(self.buttons)

    def _swap(self) -> None:
        self.keep_id, self.other_id = self.other_id, self.keep_id
        self._build()

    def data(self) -> ContactData:
        data = self.suggested.copy()
        for field, group in self.choices.items():
            choice = group.checkedId()
            if choice == 0:
                setattr(data, field, getattr(self.keep, field))
            elif choice == 1:
                setattr(data, field, getattr(self.other, field))
            else:
                setattr(data, field, duplicates._join_text(getattr(self.keep, field), getattr(self.other, field)))
        if data.referred_by_id in (self.keep_id, self.other_id):
            data.referred_by_id = None
        if "invitation_status" in self.choices:
            source = self.keep if self.choices["invitation_status"].checkedId() == 0 else self.other
            data.invitation_date = source.invitation_date
        return data

    def accept(self) -> None:
        names = f"{describe(self.keep_id)} + {describe(self.other_id)}"
        command = commands.MergeContacts(self.ctx, self.keep_id, self.other_id, self.data(), names)
        self.ctx.undo_stack.push(command)
        self.merged = command.record is not None
        super().accept()


def pick_other(parent, keep_id: int) -> int | None:
    """Ask which contact to merge into ``keep_id``."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(dialog.tr("Merge with…"))
    layout = QVBoxLayout(dialog)
    layout.addWidget(QLabel(dialog.tr("Which contact is the same person as {name}?").format(name=describe(keep_id))))
    picker = ContactPicker(exclude={keep_id})
    layout.addWidget(picker)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    describe_buttons(buttons)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    if run_modal(dialog) and (picker.contact_id is not None or picker.accept_first()):
        return picker.contact_id
    return None


class _Finder(QThread):
    """Runs the duplicate finder on its own database connection (peewee: one per thread)."""

    progress = Signal(int, int)
    found = Signal(list)
    failed = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._cancel = False

    def cancel(self) -> None:
        self._cancel = True

    def run(self) -> None:
        try:
            pairs = duplicates.find_duplicates(progress=self.progress.emit, is_cancelled=lambda: self._cancel)
        except duplicates.Cancelled:
            return
        except Exception as exc:
            log.exception("duplicate search failed")
            self.failed.emit(str(exc))
            return
        finally:
            close_thread_connection()
        self.found.emit(pairs)


class DuplicatesDialog(QDialog):
    """Likely duplicates, the surest first; Merge… or "Not the same person" for each pair."""

    def __init__(self, ctx: AppContext, parent=None, *, only: int | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.only = only
        self.setObjectName("duplicatesDialog")
        self.setWindowTitle(self.tr("Duplicate contacts"))
        self.resize(820, 480)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        self.status = QLabel(self.tr("Looking for people entered twice…"))
        self.status.setObjectName("duplicatesStatus")
        layout.addWidget(self.status)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        layout.addWidget(self.progress)
        self.tree = QTreeWidget()
        self.tree.setObjectName("duplicatesList")
        self.tree.setAccessibleName(self.tr("Duplicate pairs"))
        self.tree.setAccessibleDescription(
            self.tr("Pairs of contacts that may be the same person: the one to keep, the one to merge into it, and why")
        )
        self.tree.setHeaderLabels([self.tr("Keep"), self.tr("Merge into it"), self.tr("Why")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.tree.setColumnWidth(0, 240)
        self.tree.setColumnWidth(1, 240)
        self.tree.itemDoubleClicked.connect(lambda *_: self._merge())
        layout.addWidget(self.tree, 1)
        row = QHBoxLayout()
        self.merge_button = QPushButton(self.tr("Merge…"))
        self.merge_button.setObjectName("duplicatesMerge")
        self.merge_button.setToolTip(self.tr("Merge the selected pair into one contact"))
        self.merge_button.clicked.connect(self._merge)
        self.ignore_button = QPushButton(self.tr("Not the same person"))
        self.ignore_button.setToolTip(self.tr("Stop listing the selected pair as duplicates"))
        self.ignore_button.clicked.connect(self._ignore)
        self.cancel_button = QPushButton(self.tr("Stop"))
        self.cancel_button.clicked.connect(self._stop)
        self.cancel_button.setAccessibleDescription(self.tr("Stop the search for people entered twice"))
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        close.setAccessibleDescription(self.tr("Close this window"))
        for button in (self.merge_button, self.ignore_button):
            button.setEnabled(False)
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        row.addWidget(close)
        layout.addLayout(row)
        self.tree.currentItemChanged.connect(self._update_buttons)
        self.pairs: list[duplicates.DuplicatePair] = []
        self.worker = _Finder(self)
        self.worker.progress.connect(self._progress)
        self.worker.found.connect(self._found)
        self.worker.failed.connect(
            lambda msg: self.status.setText(self.tr("The search failed: {error}").format(error=msg))
        )
        self.worker.finished.connect(lambda: (self.progress.setVisible(False), self.cancel_button.setEnabled(False)))
        self.worker.start()

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def _stop(self) -> None:
        self.worker.cancel()
        self.status.setText(self.tr("Stopped."))

    def wait_for_search(self, ms: int = 60000) -> bool:
        return self.worker.wait(ms)

    def _ignored(self) -> set[tuple[int, int]]:
        return duplicate_review.not_the_same()

    def _found(self, pairs: list) -> None:
        ignored = self._ignored()
        self.pairs = [
            p
            for p in pairs
            if tuple(sorted((p.keep_id, p.other_id))) not in ignored
            and (self.only is None or self.only in (p.keep_id, p.other_id))
        ]
        self._fill()

    def _fill(self) -> None:
        self.tree.clear()
        for pair in self.pairs:
            item = QTreeWidgetItem([describe(pair.keep_id), describe(pair.other_id), pair.reason])
            item.setData(0, PAIR_ROLE, (pair.keep_id, pair.other_id))
            self.tree.addTopLevelItem(item)
        n = len(self.pairs)
        self.status.setText(
            self.tr("%Ln likely duplicate(s), the surest first. Merging keeps everything from both.", "", n)
            if n
            else self.tr(
                "No duplicates found. Same email, same LinkedIn profile and similar names at the same "
                "company are checked."
            )
        )
        if n:
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        has = self.tree.currentItem() is not None
        self.merge_button.setEnabled(has)
        self.ignore_button.setEnabled(has)

    def _merge(self) -> None:
        item = self.tree.currentItem()
        if item is None:
            return
        keep, other = item.data(0, PAIR_ROLE)
        dialog = MergeDialog(self.ctx, keep, other, self)
        if run_modal(dialog) and dialog.merged:
            merged = {keep, other}
            self.pairs = [p for p in self.pairs if not ({p.keep_id, p.other_id} & merged)]
            self._fill()

    def _ignore(self) -> None:
        item = self.tree.currentItem()
        if item is None:
            return
        keep, other = item.data(0, PAIR_ROLE)
        duplicate_review.mark_not_the_same(keep, other)
        self.pairs = [p for p in self.pairs if {p.keep_id, p.other_id} != {keep, other}]
        self._fill()

    def done(self, result: int) -> None:
        if self.worker.isRunning():
            self.worker.cancel()
            self.worker.wait(10000)
        super().done(result)
