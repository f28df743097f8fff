"""The documents CLI headless: keys init, serial block, draft, sign, issue, list, render, verify --qr."""

from __future__ import annotations

import json

from inspector_app.cli import main
from tests.core.test_documents import PASSWORD, _png


def test_headless_issue_and_verify_qr(col, enterprise, data_dir, tmp_path, capsys):
    insp = col.inspections.start(enterprise["id"], inspector2_name="王芳", inspector2_cert="2").id
    col.hazards.create({"enterprise_id": enterprise["id"], "inspection_id": insp, "place": "仓库",
                        "description": "动火作业未审批", "deadline": "2030-02-01"})
    col.inspections.complete(insp)
    pw = tmp_path / "pw"
    pw.write_text(PASSWORD)
    sig = tmp_path / "s.png"
    sig.write_bytes(_png())
    d = ["--data-dir", str(data_dir)]
    assert main(d + ["keys", "init", "--password-file", str(pw)]) == 0
    assert main(d + ["documents", "serial-block", "--start", "1", "--end", "9"]) == 0
    capsys.readouterr()
    assert main(d + ["documents", "draft", "rectification_notice", "--inspection", insp]) == 0
    doc = capsys.readouterr().out.strip()
    for role in ("inspector1", "inspector2"):
        assert main(d + ["documents", "sign", doc, role, "--png", str(sig)]) == 0
    assert main(d + ["documents", "sign", doc, "enterprise", "--refused-witness", "赵六", "--witness-png", str(sig),
                     "--reason", "称须请示总公司"]) == 0
    bad = tmp_path / "bad"
    bad.write_text("nope")
    assert main(d + ["documents", "issue", doc, "--password-file", str(bad)]) == 1
    assert main(d + ["documents", "issue", doc, "--password-file", str(pw)]) == 0
    doc_no = capsys.readouterr().out.strip()
    assert doc_no.startswith("（城关）应急整改〔") and doc_no.endswith("〕1号")
    assert main(d + ["documents", "list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[0]["state"] == "issued" and rows[0]["doc_no"] == doc_no
    out = tmp_path / "n.pdf"
    assert main(d + ["documents", "render", doc_no, "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    payload = col.documents.get(doc)["content"]["qr"]
    assert main(d + ["verify", "--qr", payload]) == 0
    assert doc_no in capsys.readouterr().out
    flipped = payload[:10] + ("A" if payload[10] != "A" else "B") + payload[11:]
    assert main(d + ["verify", "--qr", flipped]) == 1
    assert main(d + ["verify", "--qr", "garbage"]) == 2
    assert main(d + ["verify", str(out)]) == 0
    bad_pdf = tmp_path / "bad.pdf"
    data = bytearray(out.read_bytes())
    data[len(data) // 2] ^= 1
    bad_pdf.write_bytes(bytes(data))
    assert main(d + ["verify", str(bad_pdf)]) == 1
    assert main(d + ["verify", str(tmp_path / "missing.pdf")]) == 2
