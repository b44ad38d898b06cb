"""Offline text recognition for "Scan a card", with whichever engine this computer has.

Two engines, both optional so that the main installer stays small (DESIGN §8):

- **RapidOCR** (``pip install 'rapport[ocr]'``): PaddleOCR's models run by onnxruntime; the models ship inside
  the wheel, nothing is downloaded. About a second per card on a laptop CPU. Preferred when present.
- **Tesseract** (``sudo apt install tesseract-ocr``): the system program, found on the PATH at run time.

``RAPPORT_OCR_ENGINE`` (``rapidocr``, ``tesseract`` or ``none``) forces a choice, for tests and for people who
prefer one. Every engine returns :class:`~app.core.cards.classify.RecognizedLine` in reading order.
The engines are imported by name at run time (not with ``import``) so that a frozen build never bundles them
by accident.
"""

from __future__ import annotations

import csv
import importlib
import importlib.util
import io
import logging
import os
import shutil
import statistics
import subprocess
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from app.core.cards.classify import RecognizedLine
from app.errors import RapportError

log = logging.getLogger(__name__)
ENGINE_ENV = "RAPPORT_OCR_ENGINE"
TESSERACT_TIMEOUT_S = 120
MIN_CONFIDENCE = 0.5
TESSERACT_MIN_CONFIDENCE = 30  # Tesseract's word confidences run lower; measured best on the synthetic cards


class OcrError(RapportError, RuntimeError):
    """Text recognition could not run (engine broken, image unreadable by the engine); worded for the user."""


class OcrEngine(Protocol):
    key: str
    name: str

    def recognize(self, image: bytes) -> list[RecognizedLine]: ...


@dataclass(frozen=True)
class EngineChoice:
    """The engine in use (or None) and, when there is none, how to get one."""

    engine: OcrEngine | None
    hint: str


ENABLE_HINT = (
    "Text recognition is optional and not installed. To read cards automatically, install RapidOCR "
    '(pip install "rapport[ocr]", about 360 MB, works offline) or Tesseract (sudo apt install tesseract-ocr), '
    "then scan again. Meanwhile the picture is kept with the contact and you can type the details yourself."
)


# --- reading order ---------------------------------------------------------------------------------------------
def reading_order(lines: Sequence[RecognizedLine]) -> list[RecognizedLine]:
    """Top to bottom; lines whose vertical middles are within half a line height count as one row, left to right."""
    placed = sorted(lines, key=lambda line: (line.top or 0.0, line.left or 0.0))
    rows: list[list[RecognizedLine]] = []
    for line in placed:
        middle = (line.top or 0.0) + (line.height or 0.0) / 2
        if rows:
            last = rows[-1][0]
            last_middle = (last.top or 0.0) + (last.height or 0.0) / 2
            if abs(middle - last_middle) < 0.5 * max(line.height or 0.0, last.height or 0.0, 1.0):
                rows[-1].append(line)
                continue
        rows.append([line])
    return [line for row in rows for line in sorted(row, key=lambda item: item.left or 0.0)]


# --- RapidOCR ----------------------------------------------------------------------------------------------------
class RapidOcrEngine:
    key = "rapidocr"
    name = "RapidOCR"
    _lock = threading.Lock()
    _shared = None

    @staticmethod
    def available() -> bool:
        return all(importlib.util.find_spec(m) is not None for m in ("rapidocr", "onnxruntime"))

    def _engine(self):
        with RapidOcrEngine._lock:
            if RapidOcrEngine._shared is None:
                module = importlib.import_module("rapidocr")
                logging.getLogger("RapidOCR").setLevel(logging.WARNING)
                RapidOcrEngine._shared = module.RapidOCR(params={"Global.log_level": "warning"})
            return RapidOcrEngine._shared

    def recognize(self, image: bytes) -> list[RecognizedLine]:
        try:
            result = self._engine()(image)
        except Exception as exc:  # the engine's own errors: report, never crash the window
            log.exception("RapidOCR failed")
            raise OcrError(f"RapidOCR could not read this picture ({exc.__class__.__name__}: {exc}).") from exc
        boxes, texts, scores = result.boxes, result.txts, result.scores
        if boxes is None or texts is None:
            return []
        lines = []
        for box, text, score in zip(boxes, texts, scores, strict=False):
            if not str(text).strip() or (score is not None and float(score) < MIN_CONFIDENCE):
                continue
            xs, ys = [float(p[0]) for p in box], [float(p[1]) for p in box]
            # box corners: top-left, top-right, bottom-right, bottom-left; height along the left/right edges
            height = ((box[3][1] - box[0][1]) + (box[2][1] - box[1][1])) / 2
            lines.append(RecognizedLine(str(text), float(height), min(ys), min(xs), float(score)))
        return reading_order(lines)


# --- Tesseract ---------------------------------------------------------------------------------------------------
class TesseractEngine:
    key = "tesseract"
    name = "Tesseract"

    @staticmethod
    def executable() -> str | None:
        return shutil.which("tesseract")

    @classmethod
    def available(cls) -> bool:
        return cls.executable() is not None

    def recognize(self, image: bytes) -> list[RecognizedLine]:
        exe = self.executable()
        if exe is None:
            raise OcrError("Tesseract is no longer installed.")
        try:
            done = subprocess.run(
                [exe, "stdin", "stdout", "--psm", "11", "tsv"],
                input=image,
                capture_output=True,
                timeout=TESSERACT_TIMEOUT_S,
                check=False,
                env={**os.environ, "OMP_THREAD_LIMIT": "1"},
            )
        except subprocess.TimeoutExpired as exc:
            raise OcrError(f"Tesseract took longer than {TESSERACT_TIMEOUT_S} s and was stopped.") from exc
        except OSError as exc:
            raise OcrError(f"Tesseract could not be started: {exc.strerror or exc}") from exc
        if done.returncode != 0:
            detail = done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["no detail"]
            raise OcrError(f"Tesseract could not read this picture: {detail[0]}")
        return reading_order(parse_tesseract_tsv(done.stdout.decode("utf-8", "replace")))


def parse_tesseract_tsv(tsv: str) -> list[RecognizedLine]:
    """Tesseract's word table → lines. Words of one Tesseract line far apart (two columns) become two lines."""
    groups: dict[tuple[str, str, str, str], list[dict]] = {}
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        text = (row.get("text") or "").strip()
        if row.get("level") != "5" or not text:
            continue
        try:
            if float(row.get("conf") or -1) < TESSERACT_MIN_CONFIDENCE:
                continue
            word = {k: float(row[k]) for k in ("left", "top", "width", "height")}
        except (TypeError, ValueError):
            continue
        word["text"] = text
        key = (row["page_num"], row["block_num"], row["par_num"], row["line_num"])
        groups.setdefault(key, []).append(word)
    lines = []
    for words in groups.values():
        words.sort(key=lambda w: w["left"])
        height = statistics.median(w["height"] for w in words)
        run = [words[0]]
        for word in words[1:]:
            gap = word["left"] - (run[-1]["left"] + run[-1]["width"])
            if gap > 2.5 * height:
                lines.append(_tesseract_line(run))
                run = []
            run.append(word)
        lines.append(_tesseract_line(run))
    return lines


def _tesseract_line(words: list[dict]) -> RecognizedLine:
    return RecognizedLine(
        " ".join(w["text"] for w in words),
        float(statistics.median(w["height"] for w in words)),
        min(w["top"] for w in words),
        min(w["left"] for w in words),
    )


# --- choice --------------------------------------------------------------------------------------------------------
ENGINES = {"rapidocr": RapidOcrEngine, "tesseract": TesseractEngine}


def available_engines() -> list[str]:
    """Keys of the engines installed here, best first."""
    return [key for key, cls in ENGINES.items() if cls.available()]


def choose_engine() -> EngineChoice:
    """The engine to use now: the one ``RAPPORT_OCR_ENGINE`` names, else the best one installed."""
    wanted = os.environ.get(ENGINE_ENV, "").strip().lower()
    if wanted == "none":
        return EngineChoice(None, ENABLE_HINT)
    if wanted in ENGINES:
        cls = ENGINES[wanted]
        if cls.available():
            return EngineChoice(cls(), "")
        return EngineChoice(
            None, f"{cls.name} was asked for ({ENGINE_ENV}={wanted}) but is not installed. {ENABLE_HINT}"
        )
    for key in available_engines():
        return EngineChoice(ENGINES[key](), "")
    return EngineChoice(None, ENABLE_HINT)
