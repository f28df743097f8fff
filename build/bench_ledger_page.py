"""Benchmark: a filter change on the hazard-ledger page as the user sees it (query, model reset, repaint).

    QT_QPA_PLATFORM=offscreen python build/bench_ledger_page.py DATA_DIR   # e.g. a district-decade demo

Each case sets the filter on the page (1366×700) and times `apply()` plus the event processing that paints
the first rows ("rows"), then until the per-state counts, which come from the database worker, are shown
("counts"); best of 3, each run looking the text up afresh. Baseline in the same run: a bare QTableView over
a QStandardItemModel of 200 × 11 cells, reset and repainted the same way.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def best(fn, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return min(times)


def best_pair(fn, runs: int = 3) -> tuple[float, float]:
    """Best of `runs` for the two figures `fn` returns (ms from its start to each)."""
    pairs = [fn() for _ in range(runs)]
    return min(p[0] for p in pairs), min(p[1] for p in pairs)


def main(data_dir: str) -> None:
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTableView

    app = QApplication.instance() or QApplication([])
    from inspector_app.ui.app import setup_application
    setup_application(app)
    from inspector_app.core.collection import Collection
    from inspector_app.ui.pages.hazards_ledger import HazardsPage

    col = Collection(Path(data_dir))
    page = HazardsPage(col)
    page.resize(1366, 700)
    page.show()
    page.refresh()
    app.processEvents()

    from inspector_app.ui import workers

    def change(text: str = "", overdue: bool = False):
        def run() -> tuple[float, float]:
            col.db.execute("DROP TABLE IF EXISTS temp.ledger_text_key")   # look the text up every run
            t0 = time.perf_counter()
            page.text.setText(text)
            page.overdue.blockSignals(True)
            page.overdue.setChecked(overdue)
            page.overdue.blockSignals(False)
            page.apply()
            app.processEvents()
            rows = time.perf_counter()
            while "……" in page.summary.text():
                workers.wait_idle()
                app.processEvents()
            return (rows - t0) * 1000, (time.perf_counter() - t0) * 1000
        return run

    cases = {"no filter": change(), "overdue": change(overdue=True), "text, 1 common char (安)": change("安"),
             "text, 2 characters (警示)": change("警示"), "text, 2 common chars (安全)": change("安全"),
             "text, 4 characters (警示标志)": change("警示标志"), "text 安全 + overdue": change("安全", True)}
    worst = 0.0
    for name, run in cases.items():
        rows, counts = best_pair(run)
        worst = max(worst, rows)
        print(f"{name:28s} rows {rows:7.1f} ms, counts {counts:7.1f} ms  ({page.model.total} rows)")
    print(f"worst filter change to its rows on the page: {worst:.1f} ms (target ≤ 100 ms)")

    view = QTableView()
    view.resize(1366, 600)
    model = QStandardItemModel(0, 11)
    view.setModel(model)
    view.show()
    app.processEvents()

    def bare():
        model.beginResetModel()
        model.setRowCount(0)
        for r in range(200):
            model.appendRow([QStandardItem(f"{r}-{c} 储罐区未设置警示标志") for c in range(11)])
        model.endResetModel()
        app.processEvents()
    print(f"bare QTableView, 200 × 11 cells reset and repainted: {best(bare):.1f} ms")
    import os
    print(f"load average {os.getloadavg()[0]:.1f}")
    col.close()
    sys.stdout.flush()
    os._exit(0)   # PySide6 6.12 can crash tearing down QStandardItems at interpreter exit; the figures are out


if __name__ == "__main__":
    main(sys.argv[1])
