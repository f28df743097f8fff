"""Ledger text search (migration 0011): any length, number/description/place, case-insensitive,
kept in step with writes (new hazards, edited descriptions, hazards arriving by sync-style INSERT)."""

from __future__ import annotations

from inspector_app.core.ledger import Ledger, LedgerFilter


def _hazard(col, enterprise, description, place=""):
    return col.hazards.create({"enterprise_id": enterprise["id"], "description": description, "place": place})


def test_text_search_any_length_and_kept_in_step(col, enterprise):
    _hazard(col, enterprise, "储罐区未设置警示标志")
    _hazard(col, enterprise, "电焊作业无证", place="二号车间")
    third = _hazard(col, enterprise, "有限空间作业未通风")
    led = Ledger(col)

    def count(text: str) -> int:
        n = led.count(LedgerFilter(text=text))
        assert led.summary(LedgerFilter(text=text))["total"] == n
        assert len(led.page(LedgerFilter(text=text), 0, 50)) == n
        return n

    assert count("罐") == 1             # one character: the narrow-table pass
    assert count("作业") == 2           # two characters
    assert count("警示标志") == 1       # trigram index
    assert count("二号车间") == 1       # the place is searched too
    assert count("不存在的文字") == 0
    number = col.hazards.get(third.id)["number"]
    assert number and count(number.lower()) == 1   # the number, case-insensitive

    # Writes through this connection are seen at once (the match cache is keyed on the data).
    col.db.execute("UPDATE hazards SET description = '储罐区未设置警示标志（已补）' WHERE id = ?", [third.id])
    assert count("警示标志") == 2 and count("罐") == 2
    _hazard(col, enterprise, "另一处储罐泄漏")
    assert count("罐") == 3 and count("储罐") == 3
    # Combined with other filters the text still narrows.
    assert led.count(LedgerFilter(text="罐", severity="major")) == 0
    # Nothing of the lookup is left open: another connection can write (no stale read snapshot).
    assert not col.db.conn.in_transaction


def test_text_search_with_quotes_and_fts_syntax(col, enterprise):
    _hazard(col, enterprise, 'Valve "A-1" leaking OR broken')
    led = Ledger(col)
    assert led.count(LedgerFilter(text='"a-1"')) == 1
    assert led.count(LedgerFilter(text="OR broken")) == 1
    assert led.count(LedgerFilter(text="NEAR(")) == 0


def test_short_texts_found_exactly_as_a_substring_test_would(col, enterprise):
    """One and two characters go through the character index (migration 0015) when they are letters or
    digits, through a pass over the texts otherwise; either way the rows are exactly those whose text
    holds the characters — also after edits (the index forgets old words) and in texts longer than the
    index's positions table."""
    descriptions = ["储罐区未设置警示标志", "电焊作业无证，动火审批缺失", "GB 30871 第5.2条 未执行",
                    "Valve A-1 leaking", "安全 警示", "安", "高处作业未系安全带（2处）", "x" * 4100 + "尾巴罐",
                    "有限空间作业未通风"]
    for d in descriptions:
        _hazard(col, enterprise, d, place="一号车间")
    led = Ledger(col)

    def check() -> None:
        texts = [t for (t,) in col.db.execute("SELECT text FROM hazard_text")]
        queries = {t[i:i + k] for t in texts for k in (1, 2) for i in range(min(len(t), 60) - k + 1)}
        queries |= {"巴罐", "尾巴", "罐", "gb", "a-", "，动", "（", " 3", "不在", "Zz", "5."}
        for q in sorted(queries):
            expected = sum(q.strip().lower() in t for t in texts) if q.strip() else len(texts)
            assert led.count(LedgerFilter(text=q)) == expected, q

    check()
    first = col.db.execute("SELECT id FROM hazards WHERE description = '储罐区未设置警示标志'").fetchone()[0]
    col.db.execute("UPDATE hazards SET description = '消防通道堵塞' WHERE id = ?", [first])
    assert led.count(LedgerFilter(text="储")) == 0 and led.count(LedgerFilter(text="堵塞")) == 1
    check()
