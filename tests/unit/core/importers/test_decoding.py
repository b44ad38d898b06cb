"""Decoding files from every program that writes address books (DESIGN §7 encodings)."""

import codecs
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.formats.importers.code_pages import guess_encoding
from app.core.formats.importers.decoding import decode_bytes, decode_unknown, read_text
from app.core.formats.importers.errors import ImportRejected

TEXT = "First Name,Last Name\nZoë,Lefèvre-Ñúñez\nJosé,Müller 🚀\n"


@pytest.mark.parametrize(
    ("raw", "encoding"),
    [
        (TEXT.encode("utf-8"), "UTF-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "UTF-8"),
        (TEXT.encode("utf-16"), "UTF-16"),  # BOM, native order
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "UTF-16"),
        (TEXT.encode("utf-16-le"), "UTF-16"),  # no BOM: found from the NUL pattern
        (TEXT.encode("utf-16-be"), "UTF-16"),
        (TEXT.encode("utf-32"), "UTF-32"),
    ],
)
def test_unicode_encodings_decode_to_the_same_text(raw, encoding):
    decoded = decode_bytes(raw)
    assert decoded.text == TEXT
    assert decoded.encoding == encoding


def test_legacy_windows_text_is_read_as_windows_1252():
    text = "Name\nHélène “Léna” Dubois – Café\n"
    decoded = decode_bytes(text.encode("cp1252"))
    assert decoded.text == text
    assert decoded.encoding == "Windows-1252"


def test_bytes_cp1252_leaves_undefined_are_kept_as_latin1():
    text = "Name\nHélène Dubois, Société Générale, Crédit Agricole\nA\x81B\n"
    decoded = decode_bytes(text.encode("latin-1"))
    assert (decoded.text, decoded.encoding) == (text, "Windows-1252")


def test_bom_that_lies_falls_back_instead_of_failing():
    decoded = decode_bytes(codecs.BOM_UTF8 + "Café".encode("cp1252") + b"\n")
    assert decoded.text == "Café\n"
    decoded = decode_bytes(codecs.BOM_UTF8 + "Name\nJiří Dvořák\nPetr Černý\n".encode("cp1250"))
    assert decoded.text == "Name\nJiří Dvořák\nPetr Černý\n"


# Address books as Outlook, Excel and Thunderbird write them on each locale: the ANSI code page of Windows, or the
# locale's charset on older Unix systems. Each must come back letter for letter, with its encoding named.
HEADER = "First Name,Last Name,Company,Job Title,E-mail Address\r\n"
LOCALE_SAMPLES = {
    "shift-jis": (
        "cp932",
        "Shift-JIS",
        HEADER + "太郎,山田,株式会社サンプル商事,営業部長,taro@example.jp\r\n"
        "花子,鈴木,ｿﾆｰ例株式会社,課長①,hanako@example.jp\r\n",
    ),
    "gb18030": (
        "gb18030",
        "GB18030",
        "姓名,手机,电子邮件,公司,职位\r\n王小明,138-0013-8000,wang@example.cn,北京示例科技有限公司,销售经理\r\n"
        "李娜,139-0000-1111,li.na@example.cn,上海贸易公司,财务总监\r\n",
    ),
    "gbk": ("gbk", "GB18030", HEADER + "伟,张,深圳示例电子有限公司,工程师,zhang.wei@example.cn\r\n"),
    "big5": (
        "cp950",
        "Big5",
        "姓名,行動電話,電子郵件,公司,職稱\r\n陳大文,0912-555-678,chen@example.tw,台北範例股份有限公司,業務經理\r\n"
        "林美玲,0988-555-222,lin@example.tw,高雄貿易公司,會計主任\r\n",
    ),
    "euc-kr": (
        "euc_kr",
        "EUC-KR",
        "성,이름,전자 메일 주소,회사,직함\r\n김,민준,minjun@example.kr,서울예시주식회사,영업부장\r\n"
        "이,서연,seoyeon@example.kr,부산무역,과장\r\n",
    ),
    "koi8-r": (
        "koi8_r",
        "KOI8-R",
        HEADER + "Иван,Петров,ООО Пример,Менеджер по продажам,ivan@example.ru\r\n"
        "Ольга,Смирнова,Завод Север,Главный бухгалтер,olga@example.ru\r\n",
    ),
    "cp1251": (
        "cp1251",
        "Windows-1251",
        "Имя;Фамилия;Организация;Должность\r\nИван;Петров;ООО «Пример»;Менеджер\r\n"
        "Ольга;Смирнова;Завод «Север»;Главный бухгалтер\r\n",
    ),
    "cp1250": (
        "cp1250",
        "Windows-1250",
        HEADER + "Łukasz,Wójcik,Przykład Sp. z o.o.,Kierownik sprzedaży,lw@example.pl\r\n"
        "Jiří,Dvořák,Škoda Příklad a.s.,Ředitel,jiri@example.cz\r\nGábor,Kővári,Erdős Kft.,Ügyvezető,g@example.hu\r\n",
    ),
    "cp1250-czech-only": ("cp1250", "Windows-1250", HEADER + "Petr,Černý,Novák a syn,Účetní,petr@example.cz\r\n"),
    "iso-8859-2": (
        "iso8859_2",
        "ISO-8859-2",
        HEADER + "Zdeněk,Šťastný,Žlutý kůň s.r.o.,Vedoucí,z@example.cz\r\n"
        "Małgorzata,Wąsik,Łódź Ślusarstwo,Właścicielka,m@example.pl\r\n",
    ),
    "iso-8859-15": ("iso8859_15", "ISO-8859-15", "Vorname;Nachname;Notizen\r\nJürgen;Groß;Budget 500 € pro Jahr\r\n"),
    "iso-8859-1": (
        "latin_1",
        "Windows-1252",
        "Name;E-Mail\r\nSøren Ærø;soren@example.dk\r\nJürgen Groß;j@example.de\r\n",
    ),
    "iso-8859-7": (
        "iso8859_7",
        "Windows-1253",  # the same letters at the same bytes
        "Name,Email\r\nΓιώργος Παπαδόπουλος,giorgos@example.gr\r\nΕλένη Οικονόμου,e@example.gr\r\n",
    ),
    "cp1252": (
        "cp1252",
        "Windows-1252",
        HEADER + "François,Lefèvre,Société Générale,Directeur,f@example.fr\r\n"
        "José,Peña,Compañía Ibérica,Jefe de Ventas,jose@example.es\r\n"
        "Jürgen,Groß,Müller & Söhne,Geschäftsführer,j@example.de\r\n",
    ),
    "cp1252-one-french-name": (
        "cp1252",
        "Windows-1252",
        HEADER + "Hélène,Dubois,Contoso,Account Director,h@example.fr\r\n",
    ),
    "mac-roman": ("mac_roman", "Mac Roman", "Name,Company\r\nJürgen Groß,Bäckerei Köhler\r\nHélène Dubois,Café\r\n"),
    "cp1254": (
        "cp1254",
        "Windows-1254",
        HEADER + "Özlem,Yılmaz,Şişecam,Müdür,o@example.tr\r\nİsmail,Güneş,Koç Holding,Uzman,i@example.tr\r\n",
    ),
}


@pytest.mark.parametrize(("codec", "name", "text"), LOCALE_SAMPLES.values(), ids=LOCALE_SAMPLES.keys())
def test_legacy_code_pages_of_every_locale_are_detected(codec, name, text):
    decoded = decode_bytes(text.encode(codec))
    assert decoded.text == text.replace("\r\n", "\n")
    assert decoded.encoding == name


@pytest.mark.parametrize(
    ("codec", "value"),
    [
        ("cp1252", "Müller"),
        ("cp1252", "Françoise Hélène"),
        ("cp1250", "Łukasz Wójcik"),
        ("cp1250", "Dvořák"),
        ("cp932", "山田太郎"),
        ("cp1251", "Иванов"),
        ("koi8_r", "Петров"),
        ("gb18030", "王小明"),
        ("cp950", "陳大文"),
    ],
)
def test_one_value_of_unknown_charset_is_decoded(codec, value):
    assert decode_unknown(value.encode(codec)) == value
    assert decode_unknown(value.encode("utf-8")) == value


def test_values_are_decoded_with_the_encoding_guessed_over_all_of_them():
    values = ["김민준", "이서연", "서울예시주식회사", "영업부장", "부산무역"]
    codec = guess_encoding(b"\n".join(v.encode("cp949") for v in values))
    assert codec == "cp949"
    assert [decode_unknown(v.encode("cp949"), codec) for v in values] == values


def test_decode_unknown_never_fails():
    assert decode_unknown(b"\x81\x8d\x8f", "cp1252") == "\x81\x8d\x8f"
    assert isinstance(decode_unknown(bytes(range(128, 256))), str)


def test_a_file_mostly_in_utf8_with_a_few_windows_lines_is_read_line_by_line():
    raw = "Name\nZoë Müller\n".encode() * 50 + "Hélène Dubois\n".encode("cp1252") + "Zoë Müller\n".encode() * 50
    decoded = decode_bytes(raw)
    assert decoded.text.count("Zoë Müller") == 100 and "Hélène Dubois" in decoded.text
    assert decoded.encoding == "UTF-8 and Windows-1252"


def test_iso_2022_jp_is_read():
    text = "First Name,Last Name\n太郎,山田\n"
    decoded = decode_bytes(text.encode("iso2022_jp"))
    assert (decoded.text, decoded.encoding) == (text, "ISO-2022-JP")


def test_charset_normalizer_is_imported_only_for_a_legacy_file():
    code = (
        "import sys\n"
        "from app.core.formats.importers.decoding import decode_bytes\n"
        "decode_bytes('Name\\nZoë\\n'.encode())\n"
        "assert 'charset_normalizer' not in sys.modules\n"
        "assert decode_bytes('Name\\nHélène\\n'.encode('cp1252')).text == 'Name\\nHélène\\n'\n"
        "assert 'charset_normalizer' in sys.modules\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("ending", ["\r\n", "\n", "\r"])
def test_line_endings_become_newlines(ending):
    decoded = decode_bytes(ending.join(["a,b", "1,2", ""]).encode())
    assert decoded.text == "a,b\n1,2\n"


def test_nul_bytes_are_dropped():
    assert decode_bytes(b"a,b\n1\x00,2\x00\n").text == "a,b\n1,2\n"


@pytest.mark.parametrize("raw", [b"", b"   \r\n\r\n", codecs.BOM_UTF8, b"\x00\x00\x00"])
def test_empty_files_are_rejected(raw):
    with pytest.raises(ImportRejected, match="empty"):
        decode_bytes(raw)


def test_binary_files_are_rejected():
    png = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000") + bytes(range(256)) * 4
    with pytest.raises(ImportRejected, match="not a text file"):
        decode_bytes(png)


def test_truncated_utf16_is_rejected_with_a_reason():
    with pytest.raises(ImportRejected, match="Unicode"):
        decode_bytes(codecs.BOM_UTF16_LE + "abc".encode("utf-16-le") + b"\x41")


def test_unreadable_paths_are_rejected(tmp_path, monkeypatch):
    with pytest.raises(ImportRejected, match="no such file"):
        read_text(tmp_path / "missing.csv")
    with pytest.raises(ImportRejected, match="folder"):
        read_text(tmp_path)
    locked = tmp_path / "locked.csv"
    locked.write_text("a,b\n")

    def refuse(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(ImportRejected, match="permission"):
        read_text(locked)


def test_rejection_names_the_file(tmp_path):
    path = tmp_path / "empty.vcf"
    path.write_bytes(b"")
    with pytest.raises(ImportRejected) as caught:
        read_text(path)
    assert str(caught.value).startswith(str(path))
