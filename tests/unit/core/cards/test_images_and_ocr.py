"""Reading card pictures, Tesseract's output format, the engine choice, and — when an OCR engine is installed —
synthetic cards read end to end and checked field by field."""

from __future__ import annotations

import unicodedata

import pytest

from app.core.cards import images, ocr
from app.core.cards.classify import RecognizedLine, classify
from tests.helpers.synthetic_cards import SCORED_FIELDS, make_card, render, score, to_jpeg, to_png

# --- pictures ----------------------------------------------------------------------------------------------------


def test_the_content_decides_the_format_not_the_name(tmp_path):
    path = tmp_path / "card.jpg"
    path.write_bytes(to_png(render(make_card(0))))
    picture = images.read_card_picture(path)
    assert picture.kind == "png" and picture.name == "card.jpg"


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"", "empty"), (b"%PDF-1.7 not a picture", "not a picture"), (b"GIF89a\x01\x00", "not a picture")],
)
def test_files_that_are_not_pictures_are_refused_with_their_name(tmp_path, content, reason):
    path = tmp_path / "scan.png"
    path.write_bytes(content)
    with pytest.raises(images.ImageRejected) as caught:
        images.read_card_picture(path)
    assert "scan.png" in str(caught.value) and reason in caught.value.reason


def test_a_missing_file_is_refused_not_a_crash(tmp_path):
    with pytest.raises(images.ImageRejected, match="cannot be read"):
        images.read_card_picture(tmp_path / "gone.jpg")


def test_heic_without_its_library_says_how_to_add_it(tmp_path, monkeypatch):
    path = tmp_path / "IMG_0001.HEIC"
    path.write_bytes(b"\x00\x00\x00\x18ftypheic" + b"\x00" * 64)
    monkeypatch.setattr(images, "heic_supported", lambda: False)
    with pytest.raises(images.ImageRejected) as caught:
        images.read_card_picture(path)
    assert "rapport[heic]" in caught.value.reason


def test_sniffing_and_dropped_file_names():
    assert images.sniff(to_jpeg(render(make_card(1)))) == "jpeg"
    assert images.sniff(b"RIFF\x00\x00\x00\x00WEBPVP8 ") == "webp"
    assert images.is_image_path("/x/Card.JPEG") and images.is_image_path("a.heic")
    assert not images.is_image_path("contacts.vcf") and not images.is_image_path("linkedin.csv")


# --- engine plumbing -----------------------------------------------------------------------------------------------

TSV = (
    "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
    "1\t1\t0\t0\t0\t0\t0\t0\t1000\t600\t-1\t\n"
    "5\t1\t1\t1\t1\t1\t60\t50\t150\t48\t96.1\tAda\n"
    "5\t1\t1\t1\t1\t2\t225\t52\t210\t46\t95.0\tOkafor\n"
    "5\t1\t2\t1\t1\t1\t60\t130\t60\t20\t91.0\tOps\n"
    "5\t1\t2\t1\t1\t2\t130\t130\t60\t20\t90.0\tlead\n"
    "5\t1\t2\t1\t1\t3\t700\t131\t250\t20\t93.0\tada@example.com\n"
    "5\t1\t3\t1\t1\t1\t60\t300\t60\t20\t12.0\t~~\n"
)


def test_tesseract_words_become_lines_and_far_apart_words_two_lines():
    lines = ocr.reading_order(ocr.parse_tesseract_tsv(TSV))
    assert [line.text for line in lines] == ["Ada Okafor", "Ops lead", "ada@example.com"]
    assert lines[0].height == pytest.approx(47.0)
    assert lines[2].left == 700


def test_reading_order_is_top_to_bottom_then_left_to_right():
    lines = [
        RecognizedLine("right", 20, 101, 500),
        RecognizedLine("below", 20, 160, 10),
        RecognizedLine("left", 20, 100, 10),
        RecognizedLine("top", 40, 10, 10),
    ]
    assert [line.text for line in ocr.reading_order(lines)] == ["top", "left", "right", "below"]


def test_no_engine_means_a_hint_on_how_to_enable_one(monkeypatch):
    monkeypatch.setenv(ocr.ENGINE_ENV, "none")
    choice = ocr.choose_engine()
    assert choice.engine is None
    assert "rapport[ocr]" in choice.hint and "tesseract-ocr" in choice.hint


def test_asking_for_an_engine_that_is_missing_says_so(monkeypatch):
    monkeypatch.setenv(ocr.ENGINE_ENV, "tesseract")
    monkeypatch.setattr(ocr.TesseractEngine, "available", classmethod(lambda cls: False))
    choice = ocr.choose_engine()
    assert choice.engine is None and "Tesseract was asked for" in choice.hint


# --- end to end, with a real engine ----------------------------------------------------------------------------------

INSTALLED = ocr.available_engines()
needs_ocr = pytest.mark.skipif(not INSTALLED, reason="no OCR engine installed (pip install -e '.[ocr]')")
# One card per layout: a photo on a noisy table (rotated, JPEG, capitals), a cream scan, a plain white scan.
SEEDS = [10, 11, 12, 13, 4, 6]


@pytest.fixture(scope="module", params=INSTALLED or ["none"])
def engine(request):
    if request.param == "none":
        pytest.skip("no OCR engine installed (pip install -e '.[ocr]' or apt install tesseract-ocr)")
    return ocr.ENGINES[request.param]()


@needs_ocr
@pytest.mark.slow
@pytest.mark.parametrize("seed", SEEDS)
def test_synthetic_cards_are_read_field_by_field(engine, seed):
    card = make_card(seed)
    fields = classify(engine.recognize(to_png(render(card))), region=card.region)
    result = score(card, fields)
    if engine.key == "rapidocr":
        assert result == dict.fromkeys(SCORED_FIELDS, True), fields
    else:  # Tesseract misreads some photos and drops accents (benchmarks/bench_cards.py): the person comes through
        assert _fold(fields.full_name) == _fold(card.full_name), fields
        assert result["title"], fields


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))


@needs_ocr
@pytest.mark.slow
def test_a_picture_without_text_gives_no_lines(engine):
    from PIL import Image

    blank = Image.effect_noise((800, 500), 30).convert("RGB")
    lines = engine.recognize(to_jpeg(blank))
    assert classify(lines).is_empty()


@needs_ocr
def test_a_broken_picture_is_an_ocr_error_not_a_crash(engine):
    with pytest.raises(ocr.OcrError):
        engine.recognize(b"\x89PNG\r\n\x1a\n broken")


def test_heic_photos_are_converted_when_pillow_heif_is_installed(tmp_path):
    pillow_heif = pytest.importorskip("pillow_heif", reason="HEIC support is optional (pip install '.[heic]')")
    pillow_heif.register_heif_opener()
    path = tmp_path / "IMG_0002.HEIC"
    render(make_card(3)).save(path, format="HEIF", quality=80)
    picture = images.read_card_picture(path)
    assert picture.kind == "jpeg" and images.sniff(picture.data) == "jpeg"
    assert picture.name == "IMG_0002.HEIC"
