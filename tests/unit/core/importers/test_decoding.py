"""Decoding files from every program that writes address books (DESIGN §7 encodings)."""

import codecs
from pathlib import Path

import pytest

from app.core.importers.decoding import decode_bytes, read_text
from app.core.importers.errors import ImportRejected

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


def test_legacy_windows_text_falls_back_to_cp1252():
    text = "Name\nHélène “Léna” Dubois – Café\n"
    decoded = decode_bytes(text.encode("cp1252"))
    assert decoded.text == text
    assert decoded.encoding == "Windows-1252"


def test_bytes_cp1252_leaves_undefined_are_kept_as_latin1():
    decoded = decode_bytes(b"Name\nA\x81B\x8d\xe9\n")
    assert decoded.text == "Name\nA\x81B\x8dé\n"


def test_bom_that_lies_falls_back_instead_of_failing():
    decoded = decode_bytes(codecs.BOM_UTF8 + "Café".encode("cp1252") + b"\n")
    assert decoded.text == "Café\n"


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
