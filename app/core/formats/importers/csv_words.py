"""The words the generic CSV reader knows (see :mod:`.generic_csv`): how a column name is compared
(:func:`column_key`), the words saying whose or which value a column holds, ambiguous names, the values address books
fill in by default, and the words that make a column an e-mail or a phone. The column names per field are in
:mod:`.csv_column_names`."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache


def word_set(*names: str) -> frozenset[str]:
    return frozenset(column_key(name) for name in names)


@lru_cache(maxsize=2048)
def column_key(name: str) -> str:
    """'e mail adresse' for 'E-Mail-Adresse', 'prenom' for 'Prénom': lower case, no accents, words only."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = plain.replace("ß", "ss")
    return " ".join(re.findall(r"\w+", plain))


# Words in a column name that say whose or which value it is; they are set aside before the name is looked up.
WORK = word_set("work", "business", "office", "geschäftlich", "dienstlich", "büro", "firma", "bureau", "travail")
WORK |= word_set(
    "professionnel", "professionnelle", "pro", "trabajo", "oficina", "laboral", "werk", "zakelijk", "lavoro"
)
HOME = word_set("home", "private", "privat", "personal", "persönlich", "domicile", "personnel", "personnelle", "perso")
HOME |= word_set("casa", "particular", "privé", "thuis", "prive", "privato", "domicilio")
OTHER = word_set("other", "weitere", "weiteres", "andere", "autre", "autres", "otro", "otra", "otros", "altro")
ORDINALS = word_set("primary", "secondary", "main", "alternate", "alternative", "additional", "second", "first")
ORDINALS |= word_set("principal", "principale", "secondaire", "haupt", "zweite", "erste", "secundario", "1", "2", "3")


# Names that mean the full name alone, the family name beside a first-name column (German "Vorname;Name", French
# "Prénom;Nom") — or the given name beside a family-name column (Spanish "Nombre;Apellidos", Italian, Korean).
AMBIGUOUS_FAMILY = word_set("name", "nom", "navn", "namn")
AMBIGUOUS_GIVEN = word_set("nombre", "nome", "이름")
TITLE_AMBIGUOUS = word_set("title", "titre", "titel", "título", "titolo")
# Outlook's defaults in its other languages (a German Outlook export is read here): not worth a note line.
NOISE_VALUES = {
    column_key(column): word_set(*values)
    for column, values in {
        "sensitivity": ("normal",),
        "priority": ("normal",),
        "gender": ("unspecified",),
        "private": ("false",),
        "vertraulichkeit": ("normal",),
        "priorität": ("normal",),
        "geschlecht": ("nicht angegeben", "unbestimmt"),
        "privat": ("aus", "falsch"),
        "critère de diffusion": ("normal", "normale"),
        "priorité": ("normal", "normale"),
        "sexe": ("non spécifié", "non spécifiée", "inconnu"),
        "privé": ("faux", "désactivé"),
        "confidencialidad": ("normal",),
        "prioridad": ("normal",),
        "sexo": ("no especificado", "sin especificar"),
        "privado": ("falso", "desactivado"),
        "e mail typ": ("smtp", "ex"),
        "type de messagerie": ("smtp", "ex"),
        "tipo de correo electrónico": ("smtp", "ex"),
        "e mail type": ("smtp", "ex"),
    }.items()
}

EMAIL_WORDS: tuple[str, ...]
PHONE_WORDS: tuple[str, ...]
MOBILE_WORDS: tuple[str, ...]
EMAIL_WORDS = ("mail", "courriel", "correo", "メール", "邮件", "邮箱", "郵件", "電郵", "메일", "почта", "почты")
PHONE_WORDS = ("phone", "telefon", "telephone", "telefono", "mobil", "handy", "portable", "movil", "celular")
PHONE_WORDS += ("cellulare", "fax", "pager", "電話", "电话", "携帯", "手机", "手機", "전화", "휴대폰", "телефон")
PHONE_TOKENS = frozenset({"tel", "cell", "gsm", "natel", "tél", "tlf", "tfno", "факс"})
MOBILE_WORDS = ("mobil", "handy", "portable", "movil", "celular", "cell", "gsm", "natel", "携帯", "手机", "手機")
MOBILE_WORDS += ("휴대폰", "行動", "мобил")
EMAIL_WORDS, PHONE_WORDS, MOBILE_WORDS = (
    tuple(column_key(w) for w in words) for words in (EMAIL_WORDS, PHONE_WORDS, MOBILE_WORDS)
)
PHONE_TOKENS = frozenset(column_key(w) for w in PHONE_TOKENS)


ENGLISH_DATES = word_set("birthday", "birth date", "birthdate", "date of birth", "dob", "born", "anniversary")
ENGLISH_DATES |= word_set("wedding anniversary")
