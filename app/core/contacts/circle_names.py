"""The default circles in the reader's language while the user has not renamed them (issue 23 item 3).

Migration 0002 seeds eleven circles with English names and prompts ("Family", "Former co-workers"…). After that they
are the user's data, but a default circle the user never renamed is shown in the interface's language: its stored
name is the key, :func:`shown` gives the label ("Familie", "Famille", "Familia"), :func:`shown_prompt` the brainstorm
wizard's hint. No extra column: a circle counts as a default one exactly while its stored name is, character for
character, the English seed name — renaming it (to anything else) stores the user's name, shown as written in every
language. A user who deleted the seeded "Family" and typed "Family" again gets it translated too: the same circle in
meaning, so that is fine.

Labels come back from the interface (a chip, a bulk "Add to circle", the brainstorm wizard's circle, a typed "New
circle…"): :func:`app.core.contacts.service.circle_for_name` takes a stored name first and then, through
:func:`default_named`, a default circle's label in the installed language, so typing "Familie" in German finds the
seeded "Family" instead of creating a second circle that reads the same.

Where the names go:

- Shown translated: circle lists and filters, the contact editor's chips, the brainstorm wizard, Insights, the rules'
  cadence table, the meeting prep sheet, and the CSV export (its Labels column is for people and spreadsheets: the
  chosen language, like the ICS export's titles).
- Kept as stored (English for the defaults): vCard CATEGORIES and the JSON export/backup, CardDAV sync, the contact's
  history. They are keys other programs and Rapport itself read back; writing them in the current language would make
  every contact look changed to a sync or a re-import after a language switch.
- Search: the contacts' text search does not look at circle names (circles are a filter by id), so there is nothing
  to translate there.

Qt-free: the UI installs its translator with :func:`app.core.translated.use`; without one (the command line, core
tests) the names read in English. Imports read a default circle's name in any shipped language back as the seeded
circle (:data:`SHIPPED_NAMES`, kept in step with the .ts files by a test), in whatever language they run.
``make translations`` collects the names and prompts below ("DefaultCircle").
"""

from __future__ import annotations

from app.core import translated

CONTEXT = "DefaultCircle"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """The name lupdate looks for: marks ``text`` for translation in ``context``; returns it as it is."""
    return text


# English name -> English prompt, exactly as migration 0002 seeds them (a test checks they agree).
DEFAULTS: dict[str, str] = {
    QT_TRANSLATE_NOOP("DefaultCircle", "Former co-workers"): QT_TRANSLATE_NOOP(
        "DefaultCircle",
        "Colleagues and managers from every job, people at clients and suppliers, interns you mentored.",
    ),
    QT_TRANSLATE_NOOP("DefaultCircle", "Friends"): QT_TRANSLATE_NOOP(
        "DefaultCircle", "Close friends and old friends you have lost touch with."
    ),
    QT_TRANSLATE_NOOP("DefaultCircle", "Family"): QT_TRANSLATE_NOOP(
        "DefaultCircle", "Parents, siblings, in-laws, cousins — distant cousins too."
    ),
    QT_TRANSLATE_NOOP("DefaultCircle", "Neighbours"): QT_TRANSLATE_NOOP(
        "DefaultCircle", "Next door, across the street, the old neighbourhood."
    ),
    QT_TRANSLATE_NOOP("DefaultCircle", "Church & faith community"): QT_TRANSLATE_NOOP(
        "DefaultCircle", "People you see at services, volunteering or study groups."
    ),
    QT_TRANSLATE_NOOP("DefaultCircle", "Clubs & sports"): QT_TRANSLATE_NOOP(
        "DefaultCircle", "The gym, a bowling league, a running club, the choir, a book club."
    ),
    QT_TRANSLATE_NOOP("DefaultCircle", "School & alumni"): QT_TRANSLATE_NOOP(
        "DefaultCircle", "Classmates, teachers, alumni of your school or university."
    ),
    QT_TRANSLATE_NOOP("DefaultCircle", "Professional groups & events"): QT_TRANSLATE_NOOP(
        "DefaultCircle", "Associations, meet-ups, conferences, people you met at a talk."
    ),
    QT_TRANSLATE_NOOP("DefaultCircle", "People who serve me"): QT_TRANSLATE_NOOP(
        "DefaultCircle",
        "Dry cleaner, accountant, lawyer, hairdresser, doctor, dentist, mechanic, real-estate agent.",
    ),
    QT_TRANSLATE_NOOP("DefaultCircle", "Kids' school & activities"): QT_TRANSLATE_NOOP(
        "DefaultCircle", "Other parents, coaches, teachers."
    ),
    QT_TRANSLATE_NOOP("DefaultCircle", "Online"): QT_TRANSLATE_NOOP(
        "DefaultCircle", "People you know mostly through LinkedIn or online communities."
    ),
}


# The default circles' names in every shipped language other than English (de, fr, es), for imports: a CSV exported
# in German names the seeded "Family" "Familie", and re-importing it from the command line (no translator loaded; the
# core cannot load Qt's) must find the seeded circle, not make a second one. A test keeps this table in step with
# resources/translations/rapport_*.ts, and another with the shipped .qm files.
SHIPPED_LANGUAGES = ("de", "fr", "es")
SHIPPED_NAMES: dict[str, tuple[str, ...]] = {
    "Former co-workers": ("Ehemalige Kollegen", "Anciens collègues", "Antiguos compañeros de trabajo"),
    "Friends": ("Freunde", "Amis", "Amigos"),
    "Family": ("Familie", "Famille", "Familia"),
    "Neighbours": ("Nachbarn", "Voisins", "Vecinos"),
    "Church & faith community": (
        "Kirche & Glaubensgemeinschaft",
        "Paroisse et communauté de foi",
        "Parroquia y comunidad de fe",
    ),
    "Clubs & sports": ("Vereine & Sport", "Clubs et sports", "Clubes y deportes"),
    "School & alumni": ("Schule & Ehemalige", "École et anciens élèves", "Estudios y antiguos alumnos"),
    "Professional groups & events": (
        "Berufsverbände & Veranstaltungen",
        "Groupes et événements professionnels",
        "Grupos y eventos profesionales",
    ),
    "People who serve me": (
        "Dienstleister, die ich kenne",
        "Les personnes qui me rendent service",
        "Quienes me prestan servicios",
    ),
    "Kids' school & activities": (
        "Schule & Aktivitäten der Kinder",
        "École et activités des enfants",
        "Colegio y actividades de los hijos",
    ),
    "Online": ("Online", "En ligne", "En línea"),
}


def is_default(name: str) -> bool:
    """Whether ``name`` (as stored) is a default circle's English name, i.e. a seeded circle never renamed."""
    return name in DEFAULTS


def shown(name: str) -> str:
    """A circle's name as the reader sees it: a default circle's in the interface's language, any other as stored."""
    if name not in DEFAULTS:
        return name
    return translated.translate(CONTEXT, name) or name


def shown_prompt(name: str, prompt: str) -> str:
    """A circle's brainstorm prompt as the reader sees it: translated while both name and prompt are the seeded ones."""
    if DEFAULTS.get(name) != prompt or not prompt:
        return prompt
    return translated.translate(CONTEXT, prompt) or prompt


def default_named(label: str) -> str | None:
    """The English name of the default circle shown as ``label`` in the interface's language or in any shipped
    language (:data:`SHIPPED_NAMES`: a file exported in German and read back in English or on the command line),
    ignoring case and surrounding spaces; None when no default circle reads so. The English names themselves are
    stored names and need no lookup. The caller uses it only while the seeded circle still has its seed name."""
    wanted = (label or "").strip().casefold()
    if not wanted:
        return None
    for name in DEFAULTS:
        if shown(name).casefold() == wanted and name.casefold() != wanted:
            return name
    for name, translations in SHIPPED_NAMES.items():
        if name.casefold() != wanted and any(text.casefold() == wanted for text in translations):
            return name
    return None
