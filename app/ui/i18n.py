"""Rapport in the user's language (issue 23): Qt's own translations and Rapport's, for the system's language or the
one chosen in Preferences → General.

Translations are Qt's: ``make translations`` runs ``pyside6-lupdate`` over ``app/`` into
``resources/translations/rapport_LANG.ts`` and ``pyside6-lrelease`` into ``app/ui/translations/rapport_LANG.qm``
(package data, so the wheel and the bundle carry them; see resources/translations/README.md).

Where a string is marked decides its context, which must be the one it is looked up in:

- ``self.tr("…")`` inside a class: the class's name (lupdate and PySide agree);
- :func:`tr` (this module's) anywhere else, and for text defined away from the widget that shows it: the empty
  context. lupdate gives a bare ``tr("…")`` call that context, and ``make translations`` also reads ``_tr("…")``
  as one;
- ``QCoreApplication.translate("context", "…")`` with a literal context.

A count goes in the text as ``%Ln`` and the count as the third argument, ``tr("%Ln contact(s)", "", n)``, so that
each language gets its own plural forms (``rapport_en.ts`` holds only the English ones). Dates, times and numbers
are written by QLocale (:mod:`app.ui.widgets.text`).
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from app.core import translated
from app.core.coach import shipped_texts
from app.core.followups import titles

log = logging.getLogger(__name__)

TRANSLATIONS_DIR = Path(__file__).with_name("translations")
# Not "general/…": an ini file writes a group named "general" as [%General] and reads it back as "General", so a
# language chosen under "general/language" was lost at the next start (the running process read its own cache).
SETTING = "interface/language"
_WRITTEN_BEFORE = "General/language"  # how a choice saved by an earlier Rapport reads back
# The choices of Preferences → General, each in its own language; "" follows the system.
LANGUAGES: dict[str, str] = {"en": "English", "de": "Deutsch", "fr": "Français", "es": "Español"}
SOURCE_LANGUAGE = "en"

_installed: list[QTranslator] = []
_state: tuple[str, str] | None = None  # (choice, language in use) of the translators installed
_previous_locale: QLocale | None = None  # the default QLocale before a chosen language replaced it


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the user's language, for code outside a QObject (the empty context: see the module's doc)."""
    return QCoreApplication.translate("", text, disambiguation, n)


def wording() -> titles.Wording:
    """How the interface's language writes what the core stores as keys (the rules' follow-up titles): templates
    through the translators, months and days through the default QLocale."""

    def day(when: dt.date) -> str:
        from app.ui.widgets.text import short_day

        return short_day(when)

    return titles.Wording(
        template=lambda text: QCoreApplication.translate(titles.CONTEXT, text),
        month=lambda number: QLocale().standaloneMonthName(number, QLocale.FormatType.LongFormat),
        day=day,
        weekday=lambda when: QLocale().dayName(when.isoweekday(), QLocale.FormatType.ShortFormat),
    )


# Languages whose nouns keep their capital inside a sentence ("Kaffeetreffen, morgen 09:30", "1 im Gespräch").
NOUNS_CAPITALISED = frozenset({"de"})


def in_sentence(label: str) -> str:
    """A translated label (a stage, a role, a kind: "Coffee", "Interviewing") inside running text: lower-cased as
    English, French and Spanish write it, kept as it is in German, whose nouns keep their capital."""
    return label if current_language() in NOUNS_CAPITALISED else label.lower()


def chosen_language(settings_file: Path | str) -> str:
    """The language chosen in Preferences ("" = the system's), read from a folder's settings file."""
    settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
    value = settings.value(SETTING, settings.value(_WRITTEN_BEFORE, ""))
    return value if isinstance(value, str) and (value in LANGUAGES or value == "") else ""


def save_language(settings: QSettings, choice: str) -> None:
    settings.remove(_WRITTEN_BEFORE)
    settings.remove("general/language")
    if choice:
        settings.setValue(SETTING, choice)
    else:
        settings.remove(SETTING)


def system_language() -> str:
    """The first of the system's UI languages that Rapport speaks ("en" when none is)."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def current_language() -> str:
    """The language of the translators installed ("en" before :func:`install_translators`)."""
    return _state[1] if _state else SOURCE_LANGUAGE


def installed_choice() -> str | None:
    """The choice :func:`install_translators` was last called with ("" = the system's languages), or None when no
    translators are installed (before the first call, after :func:`remove_translators`)."""
    return _state[0] if _state else None


def qt_translations_dir() -> Path:
    """Where PySide6 keeps Qt's own ``qtbase_LANG.qm`` (in the wheel, and in the PyInstaller bundle)."""
    path = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if path.is_dir():
        return path
    import PySide6

    return Path(PySide6.__file__).parent / "Qt" / "translations"


def _load(name: str, folder: Path) -> QTranslator | None:
    translator = QTranslator()
    if translator.load(name, str(folder)):
        return translator
    log.warning("no translation %s in %s", name, folder)
    return None


def _other_language(locale: QLocale, language: str) -> bool:
    """Whether ``locale`` writes dates in another language than ``language`` (LANGUAGE=fr in the C locale): then
    the interface's language becomes the default QLocale too. Rapport's English is also the C locale's."""
    if language == SOURCE_LANGUAGE and locale.language() == QLocale.Language.C:
        return False
    if QLocale(language).language() != locale.language():
        return True
    # LANGUAGE=fr with LANG=C.UTF-8: Qt names the system locale fr_FR but its words come from LC_TIME (English).
    wanted = QLocale(QLocale(language).language(), locale.territory())
    return locale.standaloneDayName(1) != wanted.standaloneDayName(1)


def install_translators(choice: str = "") -> str:
    """Install the translators for ``choice`` ("" = the system's languages) on the running application and return
    the language in use. Rapport's English plural forms always go in first, under the others, so that a count
    missing from a translation still reads "1 contact". A chosen language other than the system's, or a language
    the system locale does not write (LANGUAGE=fr in the C locale), also becomes the default QLocale (with the
    system's territory where the pair exists, e.g. English in Germany), so that dates and numbers are written in
    the words of the interface; the default QLocale groups digits, also in the C locale ("1,204", which ``%Ln``
    writes). Call before any window exists; calling again with the same choice does nothing."""
    global _state, _previous_locale
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_translators needs the QApplication")
    choice = choice if choice in LANGUAGES else ""
    language = choice or system_language()
    if _state == (choice, language):
        return language
    remove_translators()
    _previous_locale = QLocale()
    locale = QLocale()
    if (choice and choice != system_language()) or _other_language(locale, language):
        locale = QLocale(QLocale(language).language(), QLocale.system().territory())
    # Counts are grouped ("1,204 contacts", also what %Ln writes) even in the C locale, which leaves that out.
    locale.setNumberOptions(locale.numberOptions() & ~QLocale.NumberOption.OmitGroupSeparator)
    QLocale.setDefault(locale)
    wanted_files = [(f"rapport_{SOURCE_LANGUAGE}", TRANSLATIONS_DIR)]
    if language != SOURCE_LANGUAGE:
        wanted_files += [(f"qtbase_{language}", qt_translations_dir()), (f"rapport_{language}", TRANSLATIONS_DIR)]
    for name, folder in wanted_files:
        translator = _load(name, folder)
        if translator is not None:
            app.installTranslator(translator)
            _installed.append(translator)
    titles.use(wording())  # the core's agenda items come with their titles in this language
    translated.use(QCoreApplication.translate)  # the core's label sets (app.core.translated)
    shipped_texts.use(lambda text: QCoreApplication.translate(shipped_texts.CONTEXT, text))  # built-in templates
    _state = (choice, language)
    log.info("interface language: %s%s", language, "" if choice else " (the system's)")
    return language


def remove_translators() -> None:
    """Take every translator :func:`install_translators` installed off the application (back to English), and
    give back the default QLocale it replaced."""
    global _state, _previous_locale
    app = QCoreApplication.instance()
    while _installed:
        translator = _installed.pop()
        if app is not None:
            app.removeTranslator(translator)
    if _previous_locale is not None:
        QLocale.setDefault(_previous_locale)
        _previous_locale = None
    titles.use(None)
    translated.use(None)
    shipped_texts.use(None)
    _state = None
