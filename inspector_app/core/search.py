"""Enterprise search for the GUI list (Qt-free): name, credit code, address or principal,
filtered by township and risk tag, paged with LIMIT/OFFSET so 2,000+ rows stay fast."""

from __future__ import annotations

from typing import Any

COLUMNS = "id, name, uscc, address, principal, phone, township_id, risk_tags"


def _where(query: str, township_id: str | None, risk_tag: str | None) -> tuple[str, list[Any]]:
    clauses, params = ["deleted=0"], []
    q = query.strip()
    if q:
        like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        clauses.append("(name LIKE ? ESCAPE '\\' OR uscc LIKE ? ESCAPE '\\' OR address LIKE ? ESCAPE '\\'"
                       " OR principal LIKE ? ESCAPE '\\')")
        params += [like, like.upper(), like, like]
    if township_id:
        clauses.append("township_id=?")
        params.append(township_id)
    if risk_tag:
        clauses.append("risk_tags LIKE ?")
        params.append('%"' + risk_tag + '"%')
    return " AND ".join(clauses), params


def count_enterprises(col, query: str = "", township_id: str | None = None,
                      risk_tag: str | None = None) -> int:
    where, params = _where(query, township_id, risk_tag)
    return col.db.execute(f"SELECT count(*) FROM enterprises WHERE {where}", params).fetchone()[0]


def search_enterprises(col, query: str = "", township_id: str | None = None, risk_tag: str | None = None,
                       limit: int = 200, offset: int = 0) -> list[dict[str, Any]]:
    """One page of matching enterprises, ordered by name."""
    where, params = _where(query, township_id, risk_tag)
    cur = col.db.execute(f"SELECT {COLUMNS} FROM enterprises WHERE {where} ORDER BY name LIMIT ? OFFSET ?",
                         params + [limit, offset])
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row)) for row in cur.fetchall()]


def risk_tags(col) -> list[str]:
    """Every risk tag in use, for the filter box."""
    tags: set[str] = set()
    for (value,) in col.db.execute("SELECT DISTINCT risk_tags FROM enterprises WHERE deleted=0"):
        import json
        tags.update(json.loads(value or "[]"))
    return sorted(tags)
