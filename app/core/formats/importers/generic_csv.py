"""Any other CSV with a column Rapport can call someone by: ``Name,Email``; ``Full name;E-mail;Phone``;
``nom,courriel``; ``Vorname;Nachname;E-Mail-Adresse;Telefon geschäftlich`` (a German Outlook export); a sign-up list
from a web form or a spreadsheet.

Column names are recognised in English, German, French, Spanish (and the most common Italian, Dutch, Portuguese,
Russian, Japanese, Chinese and Korean ones): name, first/middle/last name, prefix, suffix, nickname, e-mail(s),
phone(s) (labelled work/home/mobile/fax from the column name), company, job title, department, notes, website,
LinkedIn, birthday, address parts, groups. A name alone means the full name, unless there is a first-name column and
no last-name column: then ``Name`` / ``Nom`` / ``Nombre`` is the family name (Spanish and Korean: the given name
next to ``Apellidos`` / ``성``). A column only guessed from a word in its name (``Mail privat``) takes a value only
when it looks the part (an ``@`` for e-mail, a digit for a phone); otherwise the value is a note line. Every other
non-empty column becomes a note line ``Column: value``, so nothing is lost. Source "csv".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from app.core.contacts.contact_data import AddressEntry, ContactData, EmailEntry, PhoneEntry
from app.core.formats.importers.csv_table import (
    NO_DATE,
    CsvHeader,
    add_date,
    add_website,
    keep_the_rest,
    normalise_column,
    records,
)
from app.core.formats.importers.rows import ImportRow, add_note, circle_names

FORMAT = "generic"


def _words(*names: str) -> frozenset[str]:
    return frozenset(_key(name) for name in names)


@lru_cache(maxsize=2048)
def _key(name: str) -> str:
    """'e mail adresse' for 'E-Mail-Adresse', 'prenom' for 'Prénom': lower case, no accents, words only."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = plain.replace("ß", "ss")
    return " ".join(re.findall(r"\w+", plain))


# Words in a column name that say whose or which value it is; they are set aside before the name is looked up.
WORK = _words("work", "business", "office", "geschäftlich", "dienstlich", "büro", "firma", "bureau", "travail")
WORK |= _words("professionnel", "professionnelle", "pro", "trabajo", "oficina", "laboral", "werk", "zakelijk", "lavoro")
HOME = _words("home", "private", "privat", "personal", "persönlich", "domicile", "personnel", "personnelle", "perso")
HOME |= _words("casa", "particular", "privé", "thuis", "prive", "privato", "domicilio")
OTHER = _words("other", "weitere", "weiteres", "andere", "autre", "autres", "otro", "otra", "otros", "altro")
ORDINALS = _words("primary", "secondary", "main", "alternate", "alternative", "additional", "second", "first")
ORDINALS |= _words("principal", "principale", "secondaire", "haupt", "zweite", "erste", "secundario", "1", "2", "3")

# Exact column names (as _key makes them) for each field.
VOCABULARY: dict[str, frozenset[str]] = {
    "full_name": _words(
        "full name",
        "fullname",
        "display name",
        "contact",
        "contact name",
        "contact person",
        "person",
        "attendee",
        "nom complet",
        "nom et prénom",
        "prénom et nom",
        "nom prénom",
        "prénom nom",
        "nom d'affichage",
        "nombre completo",
        "nombre y apellidos",
        "nombre y apellido",
        "vollständiger name",
        "anzeigename",
        "kontakt",
        "kontaktname",
        "ansprechpartner",
        "nome completo",
        "volledige naam",
        "naam",
        "фио",
        "полное имя",
        "姓名",
        "氏名",
        "名前",
        "표시 이름",
    ),
    "given_name": _words(
        "first name",
        "firstname",
        "first",
        "given name",
        "givenname",
        "forename",
        "christian name",
        "vorname",
        "prénom",
        "prenom",
        "nombre de pila",
        "primer nombre",
        "voornaam",
        "imię",
        "jméno",
        "keresztnév",
        "имя",
        "名",
        "名字",
    ),
    "middle_name": _words(
        "middle name",
        "middlename",
        "middle",
        "middle initial",
        "additional name",
        "weitere vornamen",
        "zweiter vorname",
        "deuxième prénom",
        "autres prénoms",
        "segundo nombre",
        "secondo nome",
        "tussenvoegsel",
        "отчество",
    ),
    "family_name": _words(
        "last name",
        "lastname",
        "last",
        "surname",
        "family name",
        "familyname",
        "nachname",
        "familienname",
        "nom de famille",
        "apellido",
        "apellidos",
        "primer apellido",
        "achternaam",
        "cognome",
        "sobrenome",
        "nazwisko",
        "příjmení",
        "vezetéknév",
        "фамилия",
        "姓",
        "성",
    ),
    "name_prefix": _words(
        "prefix",
        "name prefix",
        "salutation",
        "honorific",
        "anrede",
        "civilité",
        "civilite",
        "titre de civilité",
        "tratamiento",
        "título de cortesía",
        "aanhef",
        "title mr ms",
        "title mr mrs ms",
    ),
    "name_suffix": _words("suffix", "name suffix", "namenszusatz", "suffixe", "sufijo"),
    "nickname": _words(
        "nickname",
        "nick name",
        "nick",
        "spitzname",
        "rufname",
        "surnom",
        "apodo",
        "sobrenombre",
        "soprannome",
        "bijnaam",
        "прозвище",
        "ニックネーム",
        "昵称",
        "닉네임",
    ),
    "company": _words(
        "company",
        "company name",
        "organization",
        "organisation",
        "organization name",
        "organisation name",
        "employer",
        "business name",
        "unternehmen",
        "firma",
        "firmenname",
        "arbeitgeber",
        "société",
        "entreprise",
        "employeur",
        "empresa",
        "compañía",
        "organización",
        "bedrijf",
        "azienda",
        "società",
        "организация",
        "компания",
        "会社",
        "会社名",
        "勤務先",
        "公司",
        "单位",
        "회사",
        "회사명",
    ),
    "title": _words(
        "title",
        "job title",
        "jobtitle",
        "job",
        "position",
        "role",
        "occupation",
        "designation",
        "berufsbezeichnung",
        "funktion",
        "stellung",
        "beruf",
        "titel",
        "poste",
        "fonction",
        "titre",
        "emploi",
        "métier",
        "profession",
        "cargo",
        "puesto",
        "puesto de trabajo",
        "título",
        "functie",
        "ruolo",
        "qualifica",
        "должность",
        "役職",
        "职位",
        "职务",
        "職稱",
        "직함",
        "직위",
    ),
    "department": _words(
        "department",
        "dept",
        "division",
        "abteilung",
        "département",
        "service",
        "departamento",
        "afdeling",
        "reparto",
        "отдел",
        "部署",
        "部门",
        "부서",
    ),
    "notes": _words(
        "notes",
        "note",
        "comments",
        "comment",
        "remarks",
        "memo",
        "description",
        "notizen",
        "notiz",
        "bemerkungen",
        "bemerkung",
        "anmerkungen",
        "kommentar",
        "kommentare",
        "remarques",
        "commentaires",
        "commentaire",
        "observations",
        "notas",
        "nota",
        "comentarios",
        "observaciones",
        "opmerkingen",
        "note personali",
        "заметки",
        "примечание",
        "комментарий",
        "メモ",
        "備考",
        "备注",
        "備註",
        "메모",
    ),
    "website": _words(
        "website",
        "web site",
        "web page",
        "webpage",
        "homepage",
        "home page",
        "url",
        "web",
        "site",
        "site web",
        "site internet",
        "webseite",
        "internetseite",
        "internet",
        "página web",
        "sitio web",
        "sito web",
        "сайт",
        "веб сайт",
        "ウェブサイト",
        "网站",
        "網站",
        "홈페이지",
    ),
    "linkedin": _words(
        "linkedin",
        "linkedin url",
        "linkedin profile",
        "linkedin profile url",
        "profile url",
        "linkedin profil",
        "profil linkedin",
        "perfil de linkedin",
        "perfil linkedin",
    ),
    "birthday": _words(
        "birthday",
        "birth date",
        "birthdate",
        "date of birth",
        "dob",
        "born",
        "geburtstag",
        "geburtsdatum",
        "anniversaire",
        "date de naissance",
        "cumpleaños",
        "fecha de nacimiento",
        "verjaardag",
        "geboortedatum",
        "data di nascita",
        "compleanno",
        "день рождения",
        "дата рождения",
        "誕生日",
        "生日",
        "생일",
    ),
    "circles": _words(
        "categories",
        "category",
        "groups",
        "group",
        "labels",
        "tags",
        "group membership",
        "kategorien",
        "kategorie",
        "gruppen",
        "gruppe",
        "catégories",
        "groupes",
        "groupe",
        "étiquettes",
        "categorías",
        "categoría",
        "grupos",
        "etiquetas",
        "categorie",
        "gruppi",
    ),
    "email": _words(
        "email",
        "e mail",
        "email address",
        "e mail address",
        "mail",
        "mail address",
        "courriel",
        "adresse courriel",
        "adresse e mail",
        "adresse email",
        "adresse électronique",
        "adresse de messagerie",
        "messagerie",
        "correo",
        "correo electrónico",
        "dirección de correo electrónico",
        "dirección de correo",
        "e mail adresse",
        "email adresse",
        "mailadresse",
        "emailadresse",
        "indirizzo email",
        "indirizzo e mail",
        "posta elettronica",
        "e mailadres",
        "электронная почта",
        "эл почта",
        "адрес эл почты",
        "メールアドレス",
        "電子メール アドレス",
        "电子邮件",
        "电子邮件地址",
        "邮箱",
        "電子郵件",
        "電子郵件地址",
        "이메일",
        "전자 메일 주소",
    ),
    "phone": _words(
        "phone",
        "phone number",
        "telephone",
        "telephone number",
        "tel",
        "telefon",
        "telefonnummer",
        "téléphone",
        "numéro de téléphone",
        "teléfono",
        "número de teléfono",
        "telefono",
        "telefoon",
        "telefoonnummer",
        "mobile",
        "mobile phone",
        "mobile number",
        "cell",
        "cell phone",
        "cellphone",
        "handy",
        "mobiltelefon",
        "mobilnummer",
        "portable",
        "téléphone portable",
        "téléphone mobile",
        "tél mobile",
        "móvil",
        "teléfono móvil",
        "celular",
        "cellulare",
        "mobiel",
        "fax",
        "telefax",
        "телефон",
        "мобильный телефон",
        "電話番号",
        "携帯電話",
        "电话",
        "手机",
        "電話",
        "行動電話",
        "전화",
        "전화번호",
        "휴대폰",
    ),
    "initials": _words("initials", "initialen", "initiales", "iniciales", "iniziali"),
    "anniversary": _words(
        "anniversary",
        "wedding anniversary",
        "jahrestag",
        "hochzeitstag",
        "anniversaire de mariage",
        "aniversario",
        "aniversario de boda",
        "anniversario",
    ),
    "street": _words(
        "street",
        "address",
        "street address",
        "address line 1",
        "address line 2",
        "straße",
        "strasse",
        "anschrift",
        "adresse",
        "rue",
        "calle",
        "dirección",
        "domicilio",
        "indirizzo",
        "via",
        "straat",
        "адрес",
        "住所",
        "地址",
        "주소",
    ),
    "locality": _words("city", "town", "ort", "stadt", "ville", "ciudad", "localidad", "città", "plaats", "город"),
    "region": _words("state", "region", "province", "county", "bundesland", "provincia", "estado", "provincie"),
    "postal_code": _words(
        "zip",
        "zip code",
        "zipcode",
        "postal code",
        "postcode",
        "post code",
        "plz",
        "postleitzahl",
        "code postal",
        "cp",
        "código postal",
        "cap",
        "почтовый индекс",
        "郵便番号",
        "邮编",
        "우편번호",
    ),
    "country": _words(
        "country",
        "country region",
        "land",
        "land region",
        "pays",
        "pays région",
        "país",
        "país región",
        "paese",
        "страна",
        "国",
        "国家",
        "국가",
    ),
}
_LOOKUP = {key: role for role, keys in VOCABULARY.items() for key in keys}
# Names that mean the full name alone, the family name beside a first-name column (German "Vorname;Name", French
# "Prénom;Nom") — or the given name beside a family-name column (Spanish "Nombre;Apellidos", Italian, Korean).
AMBIGUOUS_FAMILY = _words("name", "nom", "navn", "namn")
AMBIGUOUS_GIVEN = _words("nombre", "nome", "이름")
TITLE_AMBIGUOUS = _words("title", "titre", "titel", "título", "titolo")
# Outlook's defaults in its other languages (a German Outlook export is read here): not worth a note line.
NOISE_VALUES = {
    _key(column): _words(*values)
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
    tuple(_key(w) for w in words) for words in (EMAIL_WORDS, PHONE_WORDS, MOBILE_WORDS)
)
PHONE_TOKENS = frozenset(_key(w) for w in PHONE_TOKENS)
_PHONE = re.compile(r"^\+?[\d\s().\-/]{6,}(?:\s*(?:ext\.?|x|#)\s*\d{1,6})?$", re.IGNORECASE)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+$")


@dataclass(frozen=True)
class Role:
    """What one column holds: ``field`` ("email", "phone", "given_name"…), ``label`` (work, home, mobile…),
    ``guessed`` when only a word in its name suggests it (then the value must look the part)."""

    field: str
    label: str = ""
    guessed: bool = False
    strict: bool = False  # guessed from a word that says nothing of phones ("Home"): the value must be a number


def _label(words: list[str]) -> str:
    if any(w in WORK for w in words):
        return "work"
    if any(w in HOME for w in words):
        return "home"
    if any(w in OTHER for w in words):
        return "other"
    return ""


def _phone_label(key: str, label: str) -> str:
    if any(word in key for word in MOBILE_WORDS):
        return "mobile"
    if "fax" in key or "факс" in key:
        return f"{label} fax".strip()
    if "pager" in key:
        return "pager"
    return label


_LABEL_WORDS = WORK | HOME | OTHER | ORDINALS
_COLUMN_NAME = re.compile(r"[\w\s.,'’()/#:&+-]+")


def _base(name: str) -> str:
    """The key of a column name without its numbers and whose-words: "e mail typ" for "E-Mail 2: Typ"."""
    return " ".join(w for w in _key(name).split() if w not in _LABEL_WORDS)


def _role(name: str) -> Role | None:
    """The role of one column name, without regard to the other columns (see :func:`roles`)."""
    key = _key(name)
    if not key:
        return None
    words = key.split()
    label = _label(words)
    base = " ".join(w for w in words if w not in _LABEL_WORDS)
    field = _LOOKUP.get(key) or _LOOKUP.get(base)
    guessed = False
    if field is None and not base and words:  # Yahoo's "Home", "Work", "Other", "Primary": phone numbers
        return Role("phone", label, guessed=True, strict=True)
    if field is None:
        if len(name) > 40 or len(words) > 5 or not _COLUMN_NAME.fullmatch(name.strip()):
            return None  # a sentence, or not a column name at all ({"name": …}): guess nothing from its words
        if "linkedin" in key:
            field = "linkedin"
        elif any(word in key for word in EMAIL_WORDS) and "mailing" not in key:
            field, guessed = "email", True
        elif any(word in key for word in PHONE_WORDS) or PHONE_TOKENS & set(words):
            field, guessed = "phone", True
        else:
            return None
    if field == "phone":
        label = _phone_label(key, label)
    return Role(field, label, guessed)


def roles(columns: list[str]) -> dict[str, Role]:
    """Lower-case column name → role, for the columns of one header (some names depend on their neighbours)."""
    found: dict[str, Role] = {}
    for column in columns:
        role = _role(column)
        if role is not None:
            found[column] = role
    titles = [c for c, role in found.items() if role.field == "title"]
    if len(titles) > 1:  # Outlook's "Title" (Mr., Dr.) beside "Job Title"; French "Titre" beside "Fonction"
        for column in titles:
            if _key(column) in TITLE_AMBIGUOUS:
                found[column] = Role("name_prefix")
    present = {role.field for role in found.values()}
    for column in columns:
        key = _key(column)
        if key in AMBIGUOUS_FAMILY:
            name_only = "given_name" in present and "family_name" not in present
            found[column] = Role("family_name" if name_only else "full_name")
        elif key in AMBIGUOUS_GIVEN:
            found[column] = Role("given_name" if "family_name" in present else "full_name")
    return found


def matches(columns: set[str]) -> bool:
    """A header with a column that names or reaches a person: a name, first or last name, or an e-mail column."""
    fields = {role.field for role in roles(sorted(columns)).values()}
    return bool(fields & {"full_name", "given_name", "family_name", "email"})


# Dates in these columns are in US order (month first) unless the day is over 12; in any other language day first.
ENGLISH_DATES = _words("birthday", "birth date", "birthdate", "date of birth", "dob", "born", "anniversary")
ENGLISH_DATES |= _words("wedding anniversary")
_TEXT_FIELDS: tuple[str, ...]
_TEXT_FIELDS = ("given_name", "middle_name", "family_name", "name_prefix", "name_suffix", "nickname", "company")
_TEXT_FIELDS += ("title", "department")


def _set_text(data: ContactData, field: str, value: str, column: str) -> None:
    """The first column of a field fills it; a second one ("Company" and "Organisation") becomes a note line."""
    if not getattr(data, field):
        setattr(data, field, value)
    elif getattr(data, field) != value:
        add_note(data, column, value)


def rows(text: str, header: CsvHeader) -> Iterator[ImportRow]:
    column_roles = roles([normalise_column(c) for c in header.columns if c.strip()])
    for record in records(text, header):
        if record.problem:
            yield ImportRow(record.line, problem=record.problem)
            continue
        data = ContactData(source="csv")
        row = ImportRow(record.line, data)
        addresses: dict[str, AddressEntry] = {}
        initials: list[str] = []
        for column, value in record.values.items():
            value = value.strip()
            role = column_roles.get(column)
            noise = NOISE_VALUES.get(_key(column)) or NOISE_VALUES.get(_base(column), frozenset())
            if not value or value in NO_DATE or _key(value) in noise:
                record.mark(column)
            elif role is not None and role.field == "initials":
                initials.append(column)
            elif role is not None:
                record.mark(column)
                _apply(data, row, role, value, record.names.get(column, column), addresses)
        data.addresses = [a for a in addresses.values() if not a.is_empty()]
        derived = [p[0] for p in (data.given_name, data.middle_name, data.family_name) if p]
        for column in initials:  # Outlook fills them in from the name: kept only when they say something else
            if [c for c in record.values[column] if c.isalpha()] == derived:
                record.mark(column)
        keep_the_rest(record, row)
        yield row


def _apply(
    data: ContactData, row: ImportRow, role: Role, value: str, column: str, addresses: dict[str, AddressEntry]
) -> None:
    field = role.field
    if field == "full_name":
        _set_text(data, "display_name", value, column)
    elif field in _TEXT_FIELDS:
        _set_text(data, field, value, column)
    elif field == "email":
        parts = [p for p in re.split(r"[;,\s]+", value) if p] if value.count("@") > 1 else [value]
        if role.guessed and not all(_EMAIL.match(p) for p in parts):
            if not any(e.value.lower() in value.lower() for e in data.emails):  # not "Ann (ann@example.com)"
                add_note(data, column, value)
            return
        for part in parts:
            data.emails.append(EmailEntry(part, role.label, not data.emails))
    elif field == "phone":
        if (role.guessed and not re.search(r"\d", value)) or (role.strict and not _PHONE.match(value)):
            add_note(data, column, value)
            return
        data.phones.append(PhoneEntry(value, role.label, not data.phones))
    elif field == "notes":
        data.notes = f"{data.notes}\n{value}".strip() if data.notes else value
    elif field == "website":
        add_website(data, value, role.label)
    elif field == "linkedin":
        if not data.linkedin_url:
            data.linkedin_url = value
        else:
            add_website(data, value)
    elif field in ("birthday", "anniversary"):
        order = "mdy" if _key(column) in ENGLISH_DATES else "dmy"
        add_date(data, row, value, field, label="" if field in ("birthday", "anniversary") else column, order=order)
    elif field == "circles":
        data.circles += circle_names(re.split(r"[;,]| ::: ", value))
    else:  # an address part
        address = addresses.setdefault(role.label, AddressEntry(label=role.label))
        current = getattr(address, field)
        setattr(address, field, f"{current}\n{value}" if current else value)


def rescue(column: str, value: str, data: ContactData) -> bool:
    """An e-mail address or phone number in a column another dialect does not read ("Email" in an Outlook-like
    export from a CRM): added to ``data``, True. Anything else: False (the caller keeps it as a note line)."""
    role = _role(column)
    if role is None or role.field not in ("email", "phone"):
        return False
    if role.field == "email":
        parts = [p for p in re.split(r"[;,\s]+", value) if p]
        if not parts or not all(_EMAIL.match(p) for p in parts):
            return False
        for part in parts:
            data.emails.append(EmailEntry(part, role.label, not data.emails))
        return True
    if not re.search(r"\d", value) or (role.strict and not _PHONE.match(value)):
        return False
    data.phones.append(PhoneEntry(value, role.label, not data.phones))
    return True
