"""Reading the picture of a card from a file: which formats, how big, and HEIC when a library can decode it.

The file is untrusted: its content (not its name) decides the format, size limits are checked before decoding,
and every refusal says which file and why. Decoding to pixels, turning by the EXIF orientation and scaling down
happen in the UI layer (Qt reads JPEG and PNG natively); this module only hands over bytes Qt can read.
"""

from __future__ import annotations

import importlib
import importlib.util
import io
from dataclasses import dataclass
from pathlib import Path

from app.core.translated import QT_TRANSLATE_NOOP, said, shown

MAX_FILE_BYTES = 40 * 1024 * 1024
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".heic", ".heif", ".webp", ".bmp")
HEIC_HINT = QT_TRANSLATE_NOOP(
    "PictureProblem", "iPhone photos (HEIC) need the optional HEIC support: `pip install 'rapport[heic]'`."
)


def _said(template: str, **params) -> str:
    """Why a picture cannot be used, in English; the window says it in its language (app.core.translated.shown)."""
    return said("PictureProblem", template, **params)


class ImageRejected(ValueError):
    """The file cannot be used as a card picture; the message names the file and the reason."""

    def __init__(self, path: Path | str, reason: str):
        self.path, self.reason = Path(path), reason
        super().__init__(f"{Path(path).name}: {reason}")

    def said(self) -> str:
        """The message in the interface's language (the file's name, then why)."""
        return f"{self.path.name}: {shown(self.reason)}"


@dataclass(frozen=True)
class CardPicture:
    """An image file's bytes in a format Qt decodes (``kind`` jpeg/png/webp/bmp), and the name it came from."""

    data: bytes
    kind: str
    name: str


def sniff(data: bytes) -> str | None:
    """The image format from the first bytes: jpeg, png, heic, webp, bmp, or None."""
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data[4:8] == b"ftyp" and data[8:12] in (b"heic", b"heix", b"hevc", b"heim", b"heis", b"mif1", b"msf1"):
        return "heic"
    if data.startswith(b"RIFF") and data[8:12] == b"WEBP":
        return "webp"
    if data.startswith(b"BM"):
        return "bmp"
    return None


def is_image_path(path: Path | str) -> bool:
    """True for a file name that looks like a picture Rapport may read (used to pick dropped files)."""
    return Path(path).suffix.lower() in IMAGE_SUFFIXES


def heic_supported() -> bool:
    return importlib.util.find_spec("pillow_heif") is not None


def heic_to_jpeg(data: bytes) -> bytes:
    """Decode a HEIC/HEIF photo with pillow-heif and re-encode it as JPEG (EXIF orientation applied)."""
    pillow_heif = importlib.import_module("pillow_heif")
    image_module = importlib.import_module("PIL.Image")
    ops = importlib.import_module("PIL.ImageOps")
    pillow_heif.register_heif_opener()
    with image_module.open(io.BytesIO(data)) as image:
        out = io.BytesIO()
        ops.exif_transpose(image).convert("RGB").save(out, format="JPEG", quality=92)
        return out.getvalue()


def read_card_picture(path: Path | str) -> CardPicture:
    """The bytes of the picture at ``path``, converted to JPEG when it is HEIC; raises :class:`ImageRejected`."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImageRejected(
                path,
                _said(
                    QT_TRANSLATE_NOOP("PictureProblem", "the file is {size} MB; pictures up to 40 MB can be read"),
                    size=size // (1024 * 1024),
                ),
            )
        if size == 0:
            raise ImageRejected(path, _said(QT_TRANSLATE_NOOP("PictureProblem", "the file is empty")))
        data = path.read_bytes()
    except OSError as exc:
        raise ImageRejected(
            path,
            _said(QT_TRANSLATE_NOOP("PictureProblem", "cannot be read ({reason})"), reason=exc.strerror or str(exc)),
        ) from exc
    kind = sniff(data)
    if kind is None:
        raise ImageRejected(
            path,
            _said(
                QT_TRANSLATE_NOOP(
                    "PictureProblem", "is not a picture Rapport can read (use a JPEG, PNG or HEIC photo or scan)"
                )
            ),
        )
    if kind == "heic":
        if not heic_supported():
            raise ImageRejected(
                path, _said(QT_TRANSLATE_NOOP("PictureProblem", "is a HEIC photo. {hint}"), hint=_said(HEIC_HINT))
            )
        try:
            data, kind = heic_to_jpeg(data), "jpeg"
        except Exception as exc:  # the decoder's own errors: a damaged or unusual file
            raise ImageRejected(
                path,
                _said(
                    QT_TRANSLATE_NOOP("PictureProblem", "the HEIC photo could not be decoded ({reason})"),
                    reason=str(exc),
                ),
            ) from exc
    return CardPicture(data, kind, path.name)
