"""The result table every benchmark prints: measured figure, floor, ratio, target, verdict."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Row:
    measure: str
    figure: float
    unit: str
    floor: float | None = None
    target: str = ""
    ok: bool | None = None

    @property
    def ratio(self) -> float | None:
        if self.floor in (None, 0):
            return None
        return self.figure / self.floor


def print_table(rows: list[Row]) -> None:
    header = f"{'measure':<72} {'figure':>12} {'floor':>12} {'ratio':>7}  {'target':<22} verdict"
    print(header)
    print("-" * len(header))
    for row in rows:
        floor = f"{row.floor:.1f} {row.unit}" if row.floor is not None else "—"
        ratio = f"{row.ratio:.2f}×" if row.ratio is not None else "—"
        verdict = {True: "ok", False: "MISSED", None: ""}[row.ok]
        print(f"{row.measure:<72} {row.figure:>9.1f} {row.unit:<2} {floor:>12} {ratio:>7}  {row.target:<22} {verdict}")
