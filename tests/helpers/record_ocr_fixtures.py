"""Record what the installed OCR engines read on synthetic cards, as fixtures for the classifier tests.

Run by hand after changing the synthetic cards or an engine (``python -m tests.helpers.record_ocr_fixtures``);
the tests then check the classifier on these real recognition results without needing any OCR engine.
Each fixture keeps the card's true fields and the fields whose printed text survived recognition verbatim
(only those can be asked of the classifier).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from app.core.cards.ocr import ENGINES
from tests.helpers.synthetic_cards import make_cards, render, to_png

OUT = Path(__file__).resolve().parent.parent / "unit" / "core" / "cards" / "fixtures" / "recognised_cards.json"
SEEDS = range(30, 42)


def _readable(card, text: str) -> list[str]:
    flat = " ".join(text.split()).casefold()

    def present(*values: str) -> bool:
        return all(" ".join(v.split()).casefold() in flat for v in values if v)

    fields = {
        "name": present(card.given_name, card.family_name),
        "title": present(card.title),
        "company": present(card.company),
        "email": present(card.email),
        "phones": present(*(v for _, v in card.phones)),
        "website": present(card.website),
        "address": present(card.street, *card.postal[:2]),
    }
    return [name for name, ok in fields.items() if ok]


def main() -> int:
    fixtures = []
    for key, cls in ENGINES.items():
        if not cls.available():
            print(f"{key}: not installed, skipped", file=sys.stderr)
            continue
        engine = cls()
        for card in make_cards(len(SEEDS), start=SEEDS.start):
            lines = engine.recognize(to_png(render(card)))
            text = "\n".join(line.text for line in lines)
            fixtures.append(
                {
                    "engine": key,
                    "seed": card.seed,
                    "region": card.region,
                    "lines": [[ln.text, round(ln.height or 0, 1), round(ln.top or 0, 1)] for ln in lines],
                    "checkable": _readable(card, text),
                }
            )
    OUT.write_text(json.dumps(fixtures, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(fixtures)} fixtures to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
