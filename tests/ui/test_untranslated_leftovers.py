"""Texts people see or hear that stayed English in every language (found on German and French screenshots): accessible
names given as bare literals, and tables of texts (the Get started steps, the quiet filter, the list's column menu,
the opportunity table's headers, the editors' "Add …" buttons, the card form's placeholders, the import's file
filter) that the code passes to ``tr()`` through a variable — lupdate only collects literals, so they were never in
the translation files. The tables are now marked with ``QT_TRANSLATE_NOOP`` in the context that looks them up."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from app.ui import i18n

ROOT = Path(__file__).resolve().parents[2]
SETTERS = {
    "setAccessibleName",
    "setAccessibleDescription",
    "setPlaceholderText",
    "setToolTip",
    "setWindowTitle",
    "setStatusTip",
    "setWhatsThis",
}
NOT_WORDS = {"https://", "example.com", "name@example.com", "linkedin.com/in/…", "https://dav.example.com/"}


def _bare_literals(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        args = node.args[:1] if name in SETTERS else node.args[2:3] if name == "named" else []
        for arg in args:
            words = isinstance(arg, ast.Constant) and isinstance(arg.value, str) and arg.value not in NOT_WORDS
            if words and any(ch.isalpha() for ch in arg.value):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {arg.value!r}")
    return found


def test_no_text_people_see_or_hear_is_a_bare_literal():
    offenders = [hit for path in sorted((ROOT / "app" / "ui").rglob("*.py")) for hit in _bare_literals(path)]
    assert offenders == []


def _tables() -> list[tuple[str, str]]:
    """(context, text) of every table of texts looked up through a variable."""
    from app.ui.cards import scan_form
    from app.ui.contacts import date_editors, filters, list_view, more_fields
    from app.ui.import_export import import_pages
    from app.ui.opportunities import documents_dialog, table_model
    from app.ui.today.get_started import GetStarted

    rows = [("GetStarted", text) for _field, _action, text in GetStarted.STEPS]
    rows += [("FilterBar", text) for _days, text in filters.QUIET_CHOICES]
    rows += [("", text) for text in list_view._HEADER_WORDS.values()]
    rows += [("", text) for text in (*table_model.HEADERS.values(), *table_model.HEADER_TIPS.values())]
    rows += [("FilePage", import_pages.FILE_FILTER), ("", documents_dialog.FILE_FILTER)]
    rows += [(cls.__name__, cls.add_text) for cls in (more_fields.WebsitesEditor, more_fields.HandlesEditor)]
    rows += [("DatesEditor", date_editors.DatesEditor.add_text)]
    source = Path(scan_form.__file__).read_text(encoding="utf-8")
    rows += [("CardReviewForm", text) for text in ("First name", "Street and number", "Phone number")]
    assert all(f'"{text}"' in source for _ctx, text in rows[-3:])
    return rows


@pytest.mark.parametrize("language", ["de", "fr", "es"])
def test_every_table_of_texts_is_in_the_translations(qapp, language):
    before = QLocale()
    try:
        assert i18n.install_translators(language) == language
        untranslated = [
            (context, text)
            for context, text in _tables()
            if QCoreApplication.translate(context, text) == text and text not in _SAME_IN[language]
        ]
    finally:
        i18n.remove_translators()
        QLocale.setDefault(before)
    assert untranslated == []


# Words a language writes as English does (checked by hand; anything else left as is is a missing translation).
_SAME_IN = {"de": {"Name"}, "fr": {"Source"}, "es": set()}


def test_a_known_error_is_said_in_the_language_and_the_command_line_keeps_english(qapp):
    """A full disk, a read-only folder or a locked database were explained in English in every language (the
    dialog showed app.errors' texts as they are)."""
    import errno

    from app import errors

    known = errors.classify(OSError(errno.ENOSPC, "No space left on device", "/data/x"))
    before = QLocale()
    try:
        assert i18n.install_translators("de") == "de"
        assert known.said() == (
            "Datenträger voll",
            "Der Datenträger ist voll. Schaffen Sie Platz und versuchen Sie es erneut. (/data/x)",
        )
        texts = {text for pair in (*errors._SQLITE.values(), *errors._ERRNO.values()) for text in pair}
        for language in ("de", "fr", "es"):
            i18n.install_translators(language)
            assert [t for t in texts if QCoreApplication.translate("KnownError", t) == t] == [], language
    finally:
        i18n.remove_translators()
        QLocale.setDefault(before)
    assert known.full_message == "The disk is full. Free some space and try again. (/data/x)"  # the command line
    assert known.said() == ("Disk full", known.full_message)


def test_a_refused_field_is_explained_in_the_language(qapp, db):
    """The contact form showed the core's refusals in English in every language ("give at least a name…")."""
    from app.core.contacts import validation
    from app.core.contacts.contact_data import ContactData, EmailEntry, PhoneEntry
    from app.ui.contacts.presentation import problem_text

    def refusals(data: ContactData) -> tuple[list[str], list[str]]:
        with pytest.raises(validation.ContactValidationError) as refused:
            validation.validate(data)
        return [str(p) for p in refused.value.problems], [problem_text(p) for p in refused.value.problems]

    bad = ContactData(given_name="Ada", emails=[EmailEntry(value="not an email")], phones=[PhoneEntry(value="none")])
    before = QLocale()
    try:
        i18n.install_translators("de")
        english, german = refusals(bad)
        assert german[1] == "'none' enthält keine Ziffern"
        assert german[0].startswith("'not an email' ist keine gültige E-Mail-Adresse (")
        assert refusals(ContactData())[1] == [
            "Geben Sie mindestens einen Namen, eine Firma oder eine E-Mail-Adresse an"
        ]
    finally:
        i18n.remove_translators()
        QLocale.setDefault(before)
    assert english[1] == "phone: 'none' has no digits"  # the command line and the log keep English
    assert refusals(bad)[1][1] == "'none' has no digits".capitalize()


def test_a_sync_failure_is_said_in_the_language(qapp):
    """The sync's status and its settings tab showed the core's failures in English in every language."""
    from app.core.sync import account
    from app.core.translated import shown_error

    with pytest.raises(account.PasswordUnavailable) as failed:
        account.run_password_command("false")
    no_keyring = account.NoKeyring("locked")
    before = QLocale()
    try:
        i18n.install_translators("de")
        assert shown_error(failed.value) == "der Passwort-Befehl endete mit 1"
        assert shown_error(no_keyring).startswith("dieser Rechner hat keinen System-Schlüsselbund")
        assert shown_error(no_keyring).endswith("(locked)")
    finally:
        i18n.remove_translators()
        QLocale.setDefault(before)
    assert str(failed.value) == "the password command exited with 1"  # the command line keeps English
    assert shown_error(ValueError("plain")) == "plain"


def test_a_backup_problem_is_said_in_the_language(qapp, tmp_path):
    """The restore dialog's refusals ("… is not a Rapport database") were English in every language."""
    from app.core.data import backup
    from app.core.translated import shown

    not_sqlite = tmp_path / "notes.sqlite3"
    not_sqlite.write_text("hello", encoding="utf-8")
    checked = backup.check_file(not_sqlite)
    before = QLocale()
    try:
        i18n.install_translators("fr")
        assert shown(checked.reason) == f"{not_sqlite} n’est pas une base de données Rapport (pas un fichier SQLite)"
    finally:
        i18n.remove_translators()
        QLocale.setDefault(before)
    assert checked.reason == f"{not_sqlite} is not a Rapport database (not an SQLite file)"  # the command line


def test_an_opportunity_refusal_is_said_in_the_language(qapp):
    """The job dialogs showed the core's refusals in English (and str.capitalize lowered "Operations lead")."""
    from app.core.opportunities.service import OpportunityData, OpportunityError, validate
    from app.core.translated import shown
    from app.ui.widgets.text import sentence

    with pytest.raises(OpportunityError) as refused:
        validate(OpportunityData(company="Fabrikam", role=""))
    before = QLocale()
    try:
        i18n.install_translators("es")
        assert sentence(shown(refused.value.reason)) == "¿Cuál es el puesto, por ejemplo «Jefe de operaciones»?"
    finally:
        i18n.remove_translators()
        QLocale.setDefault(before)
    assert sentence(shown(refused.value.reason)) == "What is the role, such as “Operations lead”?"
    assert str(refused.value) == "role: what is the role, such as “Operations lead”?"


def test_a_pitch_refusal_is_said_in_the_language(qtbot):
    """The lights dialog and the pitch page showed the core's refusals in English."""
    from app.core.pitches.service import PitchDetails, PitchError, validate_details
    from app.ui.pitches.header import ThresholdsDialog

    before = QLocale()
    try:
        i18n.install_translators("de")
        dialog = ThresholdsDialog(PitchDetails("Recruiter", "", 30, 150, None, None))
        qtbot.addWidget(dialog)
        dialog.yellow.setValue(20)
        dialog.green.setValue(25)  # green after yellow
        assert dialog.problem.text() == "Grün: 25 s muss vor Gelb (20 s) kommen"
        with pytest.raises(PitchError) as refused:
            validate_details(PitchDetails("", "", 30, 150, None, None))
        from app.core.translated import shown

        assert shown(refused.value.reason) == "ein Pitch braucht einen Titel, etwa „Personalerin“ oder „Nachbar“"
    finally:
        i18n.remove_translators()
        QLocale.setDefault(before)
    assert str(refused.value) == "title: a pitch needs a title, such as “Recruiter” or “Neighbour”"


def test_a_picture_that_cannot_be_used_is_explained_in_the_language(qapp, tmp_path):
    """Dropping a file that is no picture onto Rapport explained why in English in every language."""
    from app.core.cards.images import ImageRejected, read_card_picture

    text = tmp_path / "card.jpg"
    text.write_text("not a picture", encoding="utf-8")
    with pytest.raises(ImageRejected) as refused:
        read_card_picture(text)
    before = QLocale()
    try:
        i18n.install_translators("de")
        assert refused.value.said() == (
            "card.jpg: ist kein Bild, das Rapport lesen kann (verwenden Sie ein JPEG-, PNG- oder HEIC-Foto oder "
            "einen Scan)"
        )
    finally:
        i18n.remove_translators()
        QLocale.setDefault(before)
    assert str(refused.value) == (
        "card.jpg: is not a picture Rapport can read (use a JPEG, PNG or HEIC photo or scan)"
    )  # the command line
