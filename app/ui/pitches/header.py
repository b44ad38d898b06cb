"""The pitch header: title, audience, target, pace, light thresholds and the contacts it suits."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.pitches.service import PitchDetails
from app.core.pitches.timing import (
    DEFAULT_TARGET_SECONDS,
    DEFAULT_WPM,
    FIELD_WORDS,
    GREEN_FRACTION,
    MAX_TARGET_SECONDS,
    MAX_WPM,
    MIN_TARGET_SECONDS,
    MIN_WPM,
    YELLOW_FRACTION,
    InvalidTiming,
    Thresholds,
    validate_thresholds,
)
from app.core.translated import shown, translate
from app.ui.pitches.eliding import ElidingButton
from app.ui.widgets.parts import describe_buttons
from app.ui.widgets.text import labelled, sentence

AUDIENCES = ("recruiter", "neighbour", "engineer", "hiring manager", "friend", "event")


class PitchHeader(QWidget):
    """Emits ``details_edited(PitchDetails)`` when the user changes a field; ``set_details`` never emits."""

    details_edited = Signal(object)
    thresholds_requested = Signal()
    contacts_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._details: PitchDetails | None = None
        self.title = QLineEdit()
        self.title.setObjectName("pitchTitle")
        self.title.setAccessibleName(self.tr("Pitch title"))
        self.title.setPlaceholderText(self.tr("Title, e.g. Recruiter"))
        self.title.setMaxLength(200)
        self.title.setFrame(False)
        self.title.setMinimumWidth(140)
        font = QFont(self.title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.6)
        self.title.setFont(font)
        blend = self.title.palette()
        blend.setColor(QPalette.ColorRole.Base, blend.color(QPalette.ColorRole.Window))
        self.title.setPalette(blend)  # reads as a heading; the caret and hover frame show it is editable
        self.title.editingFinished.connect(self._emit)

        self.audience = QComboBox()
        self.audience.setObjectName("pitchAudience")
        self.audience.setAccessibleName(self.tr("Audience"))
        self.audience.setEditable(True)
        self.audience.addItems([self.tr(a) for a in AUDIENCES])
        self.audience.setToolTip(self.tr("Who this version is for: a recruiter, a neighbour, an engineer…"))
        self.audience.lineEdit().setPlaceholderText(self.tr("Audience"))
        self.audience.setMinimumContentsLength(7)
        self.audience.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.audience.lineEdit().editingFinished.connect(self._emit)
        self.audience.activated.connect(lambda _i: self._emit())

        self.target = QSpinBox()
        self.target.setObjectName("pitchTarget")
        self.target.setAccessibleName(self.tr("Target length in seconds"))
        self.target.setRange(MIN_TARGET_SECONDS, MAX_TARGET_SECONDS)
        self.target.setPrefix(self.tr("Target "))
        self.target.setSuffix(self.tr(" s"))
        self.target.setToolTip(self.tr("How long the pitch may take. The lights scale with it."))
        self.target.setKeyboardTracking(False)
        self.target.valueChanged.connect(lambda _v: self._emit())

        self.wpm = QSpinBox()
        self.wpm.setObjectName("pitchWpm")
        self.wpm.setAccessibleName(self.tr("Speaking pace in words a minute"))
        self.wpm.setRange(MIN_WPM, MAX_WPM)
        self.wpm.setSingleStep(5)
        self.wpm.setPrefix(self.tr("Pace "))
        self.wpm.setSuffix(self.tr(" wpm"))
        self.wpm.setToolTip(self.tr("Your speaking pace in words a minute: 150 is a relaxed, clear pace."))
        self.wpm.setKeyboardTracking(False)
        self.wpm.valueChanged.connect(lambda _v: self._emit())

        self.lights = ElidingButton()
        self.lights.setObjectName("pitchLights")
        self.lights.setToolTip(self.tr("When the rehearsal light turns green and yellow"))
        self.lights.setFlat(True)
        self.lights.clicked.connect(self.thresholds_requested)

        self.contacts = ElidingButton()
        self.contacts.setObjectName("pitchContacts")
        self.contacts.setFlat(True)
        self.contacts.setToolTip(self.tr("Link this pitch to the people it suits (Ctrl+Shift+L)"))
        self.contacts.clicked.connect(self.contacts_requested)

        self.save_state = QLabel()
        self.save_state.setObjectName("pitchSaveState")
        self.save_state.setEnabled(False)

        title_row = QHBoxLayout()
        title_row.setSpacing(8)
        title_row.addWidget(self.title, 1)
        title_row.addWidget(self.save_state)
        title_row.addWidget(self.lights)
        title_row.addWidget(self.contacts)
        meta = QHBoxLayout()
        meta.setSpacing(8)
        meta.addWidget(self.audience)
        meta.addWidget(self.target)
        meta.addWidget(self.wpm)
        meta.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(title_row)
        layout.addLayout(meta)

    def set_details(self, details: PitchDetails | None, contact_names: list[str] | None = None) -> None:
        shown_before = self._details is not None
        self._details = details
        widgets = (self.title, self.audience, self.target, self.wpm)
        for widget in widgets:
            widget.blockSignals(True)
            # Without a pitch the title stays editable: typing one on the empty page makes the first pitch.
            widget.setEnabled(details is not None or widget is self.title)
        self.audience.lineEdit().blockSignals(True)
        try:
            if details is None:
                if shown_before:  # the pitch went away; a title being typed on the empty page stays
                    self.title.clear()
                self.audience.setEditText("")
                self.target.setValue(DEFAULT_TARGET_SECONDS)
                self.wpm.setValue(DEFAULT_WPM)
                self.lights.set_full_text("")
                self.contacts.set_full_text("")
                self.lights.setEnabled(False)
                self.contacts.setEnabled(False)
                return
            if self.title.text() != details.title:
                self.title.setText(details.title)
                self.title.setCursorPosition(0)  # show the start of a long title, not its end
            self.audience.setEditText(details.audience)
            self.target.setValue(details.target_seconds)
            self.wpm.setValue(details.wpm)
            thresholds = Thresholds.for_target(details.target_seconds, details.green_at, details.yellow_at)
            self.lights.setEnabled(True)
            self.lights.set_full_text(
                self.tr("Lights {g:g} / {y:g} / {r:g} s").format(
                    g=thresholds.green, y=thresholds.yellow, r=thresholds.red
                )
            )
            self.contacts.setEnabled(True)
            names = contact_names or []
            self.contacts.setToolTip(
                (self.tr("Suits: {names}").format(names=", ".join(names)) + "\n" if names else "")
                + self.tr("Link this pitch to the people it suits (Ctrl+Shift+L)")
            )
            if not names:
                self.contacts.set_full_text(self.tr("Link contacts…"))
            elif len(names) <= 2:
                self.contacts.set_full_text(self.tr("Suits {names}").format(names=", ".join(names)))
            else:
                self.contacts.set_full_text(
                    self.tr("Suits {a}, {b} +{n}").format(a=names[0], b=names[1], n=len(names) - 2)
                )
        finally:
            for widget in widgets:
                widget.blockSignals(False)
            self.audience.lineEdit().blockSignals(False)

    def current(self) -> PitchDetails | None:
        if self._details is None:
            return None
        return PitchDetails(
            self.title.text().strip() or self._details.title,
            self.audience.currentText().strip(),
            self.target.value(),
            self.wpm.value(),
            self._details.green_at,
            self._details.yellow_at,
        )

    def _emit(self) -> None:
        new = self.current()
        if new is None or self._details is None:
            return
        if new.target_seconds != self._details.target_seconds and (new.green_at or new.yellow_at):
            # Custom lights belong to the old target; keep them only while they still fit.
            try:
                validate_thresholds(new.target_seconds, new.green_at, new.yellow_at)
            except InvalidTiming:
                new.green_at = new.yellow_at = None
        if new != self._details:
            self._details = new
            self.details_edited.emit(new)


class ThresholdsDialog(QDialog):
    """Edit when the light turns green and yellow (red is the target); "Defaults" restores 2/3 and 5/6."""

    def __init__(self, details: PitchDetails, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rehearsal lights"))
        self._target = details.target_seconds
        thresholds = Thresholds.for_target(details.target_seconds, details.green_at, details.yellow_at)
        form = QFormLayout()
        self.green = QDoubleSpinBox()
        self.yellow = QDoubleSpinBox()
        for spin, value, name in (
            (self.green, thresholds.green, "lightsGreen"),
            (self.yellow, thresholds.yellow, "lightsYellow"),
        ):
            spin.setObjectName(name)
            spin.setRange(0.5, float(self._target))
            spin.setDecimals(1)
            spin.setSingleStep(0.5)
            spin.setSuffix(self.tr(" s"))
            spin.setValue(value)
        form.addRow(self.tr("Green — you can finish, at"), self.green)
        form.addRow(self.tr("Yellow — wrap up, at"), self.yellow)
        form.addRow(self.tr("Red — time's up, at"), QLabel(self.tr("{t} s (the target)").format(t=self._target)))
        self.problem = QLabel()
        self.problem.setObjectName("lightsProblem")
        self.problem.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        describe_buttons(buttons)
        defaults = buttons.addButton(self.tr("Defaults"), QDialogButtonBox.ButtonRole.ResetRole)
        defaults.setToolTip(self.tr("Green at 2/3 and yellow at 5/6 of the target"))
        defaults.clicked.connect(self._defaults)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self._ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.green.valueChanged.connect(self._check)
        self.yellow.valueChanged.connect(self._check)
        self._check()

    def _defaults(self) -> None:
        self.green.setValue(self._target * GREEN_FRACTION)
        self.yellow.setValue(self._target * YELLOW_FRACTION)

    def _check(self) -> bool:
        try:
            validate_thresholds(self._target, self.green.value(), self.yellow.value())
        except InvalidTiming as exc:
            field_word = translate("PitchProblem", FIELD_WORDS.get(exc.field, exc.field))
            self.problem.setText(sentence(labelled(field_word, shown(exc.reason))))
            self._ok.setEnabled(False)
            return False
        self.problem.clear()
        self._ok.setEnabled(True)
        return True

    def _accept(self) -> None:
        if self._check():
            self.accept()

    def values(self) -> tuple[float | None, float | None]:
        """(green, yellow), None where equal to the default (so they keep scaling with the target)."""
        green, yellow = round(self.green.value(), 1), round(self.yellow.value(), 1)
        default_green = round(self._target * GREEN_FRACTION, 1)
        default_yellow = round(self._target * YELLOW_FRACTION, 1)
        return (None if green == default_green else green, None if yellow == default_yellow else yellow)
