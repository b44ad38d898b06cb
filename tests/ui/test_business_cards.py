"""Business cards in the window: My Profile, the card designer (PDF, QR code), scanning a card, dropping pictures."""

from __future__ import annotations

import subprocess

import pytest
import shiboken6
import zxingcpp
from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox

from app.core.cards import ocr
from app.core.cards.designs import OPTIONS_SETTING, CardOptions
from app.core.cards.scan import card_images
from app.core.contacts.contact_data import ContactData, EmailEntry
from app.core.contacts.service import create_contact
from app.core.profile import ProfileData, load_profile, save_profile
from app.models import Contact, Setting
from app.ui.cards.controller import BusinessCards
from app.ui.cards.painter import render_card_image
from tests.helpers.qt import find
from tests.helpers.synthetic_cards import make_card, render
from tests.helpers.system import require_program
from tests.helpers.vcard import parse_vcard

SAM = ProfileData(
    name="Sam Rivera",
    headline="Operations manager",
    target_role="an operations role in logistics",
    email="sam.rivera@example.net",
    phone="+1 202 555 0147",
    city="Springfield",
)


def controller(window) -> BusinessCards:
    return window.business_cards


@pytest.fixture(autouse=True)
def _close_dialogs(window, monkeypatch):
    """The dialogs delete themselves on close; close whatever a test left open (discarding edits)."""
    yield
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Discard)
    cards = controller(window)
    for dialog in (cards.scan_dialog, cards.designer, cards.profile_dialog):
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.close()


def test_menus_offer_print_scan_and_my_profile_with_shortcuts(window):
    cards = controller(window)
    menus = {a.text().replace("&", ""): a.menu() for a in window.menuBar().actions()}
    assert cards.print_action in menus["File"].actions() and cards.scan_action in menus["File"].actions()
    assert cards.profile_action in menus["Edit"].actions()
    file_actions = menus["File"].actions()
    assert file_actions.index(cards.scan_action) < file_actions.index(window.quit_action)
    for action in (cards.print_action, cards.scan_action, cards.profile_action):
        assert not action.shortcut().isEmpty() and action.toolTip()
    assert cards.scan_action.shortcut() == QKeySequence("Ctrl+Shift+K")


# --- My profile ------------------------------------------------------------------------------------------------------


def test_profile_dialog_saves_undoably_and_the_link_disappears(window, qtbot):
    window.show()
    cards = controller(window)
    assert cards.profile_link.isVisible()
    dialog = cards.open_profile()
    editor = dialog.editor
    editor.edits["name"].setText("Sam Rivera")
    editor.edits["email"].setText("Sam@EXAMPLE.net")
    editor.edits["linkedin_url"].setText("linkedin.com/in/sam")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    stored = load_profile()
    assert (stored.name, stored.email, stored.linkedin_url) == (
        "Sam Rivera",
        "Sam@example.net",
        "https://www.linkedin.com/in/sam",
    )
    assert not cards.profile_link.isVisible()
    window.ctx.undo_stack.undo()
    assert load_profile().name == ""
    assert not cards.profile_link.isVisible()  # the dialog was seen: Edit → My Profile… from now on
    window.ctx.undo_stack.redo()
    assert load_profile().name == "Sam Rivera"


def test_the_profile_hint_leaves_the_status_bar_when_its_dialog_closes(window, qtbot):
    """Issue 16: after "Later" the "Tell Rapport about you…" hint stayed in the status bar."""
    window.show()
    cards = controller(window)
    assert cards.profile_link.isVisible()
    assert cards.offer_profile_once()
    assert not cards.profile_link.isVisible()  # the first-run dialog is the offer
    qtbot.waitUntil(lambda: cards.profile_dialog is not None and cards.profile_dialog.isVisible())
    cards.profile_dialog.reject()  # Later
    assert load_profile().is_empty()
    assert not cards.profile_link.isVisible()
    assert cards.profile_action.isEnabled()  # Edit → My Profile… still opens it


def test_the_profile_hint_over_existing_data_goes_once_the_dialog_was_seen(window, qtbot):
    create_contact(ContactData(given_name="Ada"))
    window.show()
    cards = controller(window)
    assert not cards.offer_profile_once()
    assert cards.profile_link.isVisible()
    cards.profile_link.click()
    qtbot.waitUntil(lambda: cards.profile_dialog is not None and cards.profile_dialog.isVisible())
    cards.profile_dialog.reject()
    assert not cards.profile_link.isVisible()


def test_a_bad_field_is_explained_under_it_and_nothing_is_saved(window, qtbot, monkeypatch):
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: asked.append(a) or QMessageBox.StandardButton.Cancel)
    window.show()
    dialog = controller(window).open_profile()
    dialog.editor.edits["name"].setText("Sam")
    dialog.editor.edits["phone"].setText("call me")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    error = find(dialog, "profileError_phone")
    assert error.isVisible() and "not a phone number" in error.text()
    assert load_profile().is_empty()
    assert window.ctx.undo_stack.count() == 0
    dialog.reject()  # unsaved changes: asks first, and Cancel keeps the dialog open
    assert asked and dialog.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Discard)
    dialog.reject()
    assert not dialog.isVisible()


def test_the_photo_is_cropped_square_and_kept_small(window, qtbot, tmp_path):
    photo = tmp_path / "me.png"
    Image.new("RGB", (1200, 800), "#336699").save(photo)
    dialog = controller(window).open_profile()
    assert dialog.editor.load_photo(str(photo))
    dialog.editor.edits["name"].setText("Sam")
    assert dialog.editor.save()
    stored = load_profile().photo
    assert stored.startswith(b"\xff\xd8") and len(stored) < 100_000
    assert not dialog.editor.load_photo(str(tmp_path / "missing.png"))


def test_my_profile_is_offered_once_on_a_brand_new_folder(window, qtbot):
    cards = controller(window)
    assert cards.offer_profile_once()
    qtbot.waitUntil(lambda: cards.profile_dialog is not None and cards.profile_dialog.isVisible())
    assert cards.profile_dialog.windowTitle() == "Tell Rapport about you"
    cards.profile_dialog.reject()
    assert not cards.offer_profile_once()


def test_my_profile_is_not_offered_over_existing_data(window):
    create_contact(ContactData(given_name="Ada"))
    assert not controller(window).offer_profile_once()


# --- my card ---------------------------------------------------------------------------------------------------------


def test_designer_previews_live_and_remembers_the_options(window, qtbot):
    save_profile(SAM)
    designer = controller(window).open_designer()
    assert designer.preview.layout_data.item("name").text == "Sam Rivera"
    find(designer, "design_band").click()
    assert designer.preview.layout_data.options.design == "band"
    assert designer.preview.layout_data.item("band") is not None
    designer.qr_box.setChecked(False)
    assert designer.preview.layout_data.item("qr") is None
    assert CardOptions.from_dict(Setting.read(OPTIONS_SETTING)) == designer.options
    assert "10 cards per A4" in designer.summary.text() or "per US Letter" in designer.summary.text()


def test_designer_without_a_name_says_so_and_cannot_print(window, qtbot):
    designer = controller(window).open_designer()
    assert "My Profile" in designer.warning.text()
    assert not designer.pdf_button.isEnabled() and not designer.print_button.isEnabled()
    profile = controller(window).open_profile()
    for key in ("name", "email"):
        profile.editor.edits[key].setText(getattr(SAM, key))
    assert profile.editor.save()
    assert designer.pdf_button.isEnabled()
    assert designer.preview.layout_data.item("name").text == "Sam Rivera"
    window.ctx.undo_stack.undo()
    assert not designer.pdf_button.isEnabled()


@pytest.mark.parametrize(("mode", "pages"), [("sheet", 1), ("single", 1)])
def test_designer_saves_a_pdf(window, qtbot, tmp_path, mode, pages):
    save_profile(SAM)
    designer = controller(window).open_designer()
    designer.mode_combo.setCurrentIndex(designer.mode_combo.findData(mode))
    path = designer.save_pdf(str(tmp_path / "cards"))
    assert path == tmp_path / "cards.pdf"
    data = path.read_bytes()
    assert data.startswith(b"%PDF") and data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") >= pages


@pytest.mark.parametrize("design", ["classic", "band", "centered"])
def test_the_printed_qr_code_scans_back_to_my_vcard(window, design):
    save_profile(SAM)
    designer = controller(window).open_designer()
    designer.options = CardOptions(design=design, show_qr=True)
    image = render_card_image(designer.card_layout(), dpi=300)
    png = image.constBits().tobytes()
    pil = Image.frombuffer("RGBA", (image.width(), image.height()), png, "raw", "BGRA", image.bytesPerLine(), 1)
    results = zxingcpp.read_barcodes(pil.convert("L"))
    assert len(results) == 1
    card = parse_vcard(results[0].text)
    assert card.fn.value == "Sam Rivera"
    assert card.email.value == "sam.rivera@example.net"
    assert card.tel.value == "+12025550147"
    designer.close()


# --- scanning --------------------------------------------------------------------------------------------------------


@pytest.fixture
def card_file(tmp_path):
    path = tmp_path / "card.jpg"
    render(make_card(12)).save(path, quality=90)  # Hannah Schneider, Tailspin Logistics, a photo on a table
    return path


def test_without_an_engine_the_form_explains_and_still_saves_the_picture(window, qtbot, card_file, monkeypatch):
    monkeypatch.setenv(ocr.ENGINE_ENV, "none")
    dialog = controller(window).scan_file(card_file)
    assert "rapport[ocr]" in dialog.status.text()
    assert dialog.form_widget.isEnabled() and dialog.save_button.isEnabled()
    dialog.edits["given_name"].setText("Hannah")
    dialog.edits["family_name"].setText("Schneider")
    dialog.edits["email"].setText("hannah@tailspin.io")
    assert not dialog.save()  # first Save asks how we met
    assert find(dialog, "scanHowMetHint").isVisible()
    dialog.edits["how_met"].setText("Trade fair in Paris")
    assert dialog.save()
    contact = Contact.get_by_id(dialog.saved_contact_id)
    assert (contact.display_name, contact.source, contact.how_met) == (
        "Hannah Schneider",
        "card",
        "Trade fair in Paris",
    )
    images = card_images(contact.id)
    assert len(images) == 1 and images[0].data.startswith(b"\xff\xd8") and images[0].width <= 1600
    window.ctx.undo_stack.undo()
    assert not Contact.select().where(Contact.id == contact.id).exists()


def test_a_known_email_adds_the_card_to_that_person(window, qtbot, card_file, monkeypatch):
    monkeypatch.setenv(ocr.ENGINE_ENV, "none")
    known = create_contact(ContactData(given_name="Hannah", emails=[EmailEntry("hannah@tailspin.io")]))
    dialog = controller(window).scan_file(card_file)
    dialog.edits["family_name"].setText("Schneider")
    dialog.edits["company"].setText("Tailspin Logistics")
    dialog.edits["email"].setText("hannah@tailspin.io")
    dialog.edits["how_met"].setText("Trade fair")
    dialog.update_match()
    assert dialog.match_box.isVisibleTo(dialog) and "Hannah" in dialog.match_box.text()
    assert dialog.save_button.text() == "Add to Contact"
    assert dialog.save()
    assert Contact.select().count() == 1
    data = ContactData.from_contact(Contact.get_by_id(known.id))
    assert (data.family_name, data.company, data.how_met) == ("Schneider", "Tailspin Logistics", "Trade fair")
    assert len(card_images(known.id)) == 1


def test_a_bad_field_is_shown_and_nothing_is_written(window, qtbot, card_file, monkeypatch):
    monkeypatch.setenv(ocr.ENGINE_ENV, "none")
    dialog = controller(window).scan_file(card_file)
    dialog.edits["given_name"].setText("Hannah")
    dialog.edits["email"].setText("hannah at tailspin")
    dialog.edits["how_met"].setText("Trade fair")
    assert not dialog.save()
    assert "not a valid email" in dialog.error_label.text()
    assert Contact.select().count() == 0


def test_a_file_that_is_not_a_picture_gets_a_clear_message(window, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[1:]))
    bad = tmp_path / "card.png"
    bad.write_text("not really a picture")
    assert controller(window).scan_file(bad) is None
    assert shown and "card.png" in shown[0][1] and "not a picture" in shown[0][1]


needs_ocr = pytest.mark.skipif(not ocr.available_engines(), reason="no OCR engine installed")


@needs_ocr
@pytest.mark.slow
def test_a_scanned_card_fills_the_review_form(window, qtbot, card_file):
    dialog = controller(window).scan_file(card_file)
    qtbot.waitSignal(dialog.recognition_done, timeout=60_000) if dialog.is_busy() else None
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=60_000)
    values = {key: dialog.edits[key].text() for key in ("given_name", "family_name", "title", "company", "email")}
    assert values == {
        "given_name": "Hannah",
        "family_name": "Schneider",
        "title": "Vice President, Sales",
        "company": "Tailspin Logistics",
        "email": "hannah@tailspin.io",
    }
    assert dialog.phone_rows[0][0].text() and "Hannah Schneider" in dialog.recognised.toPlainText()
    assert dialog.edits["postal_code"].text() == "75002" and dialog.edits["locality"].text() == "Paris"
    assert "Read" in dialog.status.text()


@needs_ocr
@pytest.mark.slow
def test_a_picture_without_text_gets_a_clear_message(window, qtbot, tmp_path):
    blank = tmp_path / "blank.jpg"
    Image.effect_noise((900, 560), 25).convert("RGB").save(blank)
    dialog = controller(window).scan_file(blank)
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=60_000)
    assert "No text was found" in dialog.status.text()
    assert dialog.form_widget.isEnabled()


def test_stop_leaves_the_form_to_fill_by_hand(window, qtbot, card_file, monkeypatch):
    class SlowEngine:
        key, name = "slow", "Slow engine"

        def recognize(self, image):
            return [ocr.RecognizedLine("Should Not Appear")]

    monkeypatch.setattr(ocr, "choose_engine", lambda: ocr.EngineChoice(SlowEngine(), ""))
    monkeypatch.setattr("app.ui.cards.scan_worker.ScanJob.start", lambda self, pool=None: None)  # never runs
    dialog = controller(window).scan_file(card_file)
    assert dialog.is_busy() and not dialog.save_button.isEnabled()
    with qtbot.waitSignal(dialog.recognition_done):
        dialog.stop_button.click()
    assert not dialog.is_busy() and dialog.form_widget.isEnabled()
    dialog.job.run()  # the engine finishing late changes nothing
    QApplication.processEvents()
    assert dialog.edits["given_name"].text() == ""


# --- drops -----------------------------------------------------------------------------------------------------------


def _mime(*paths) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def test_dropping_a_card_picture_opens_the_scan_form(window, qtbot, card_file, monkeypatch):
    monkeypatch.setenv(ocr.ENGINE_ENV, "none")
    window.show()
    mime = _mime(card_file)
    enter = QDragEnterEvent(
        QPoint(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(window, drop)
    qtbot.waitUntil(lambda: controller(window).scan_dialog is not None)
    assert controller(window).scan_dialog.card_image.original_name == "card.jpg"


def test_dropped_address_books_are_left_to_the_importer(window, tmp_path):
    vcf = tmp_path / "contacts.vcf"
    vcf.write_text("BEGIN:VCARD\r\nEND:VCARD\r\n")
    mime = _mime(vcf)
    event = QDragEnterEvent(
        QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    event.ignore()
    assert not controller(window).eventFilter(window, event)
    assert controller(window).dropped_pictures(event) == []


def test_every_card_on_the_printed_sheet_scans(window, tmp_path):
    require_program("pdftoppm")
    save_profile(SAM)
    designer = controller(window).open_designer()
    designer.options = CardOptions(design="classic", size="eu", show_qr=True)
    designer.paper_combo.setCurrentIndex(designer.paper_combo.findData("a4"))
    pdf = designer.save_pdf(str(tmp_path / "sheet.pdf"))
    subprocess.run(["pdftoppm", "-r", "300", "-gray", "-png", str(pdf), str(tmp_path / "page")], check=True)
    page = Image.open(next(tmp_path.glob("page*.png")))
    assert page.size[0] == 2480 and abs(page.size[1] - 3508) <= 1  # A4 at 300 dpi
    codes = zxingcpp.read_barcodes(page)
    assert len(codes) == 10
    assert {parse_vcard(code.text).fn.value for code in codes} == {"Sam Rivera"}
