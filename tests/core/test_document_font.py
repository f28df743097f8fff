"""Every PDF uses the shipped Song face (AR PL UMing CN), embedded, whatever fonts the machine has."""

from __future__ import annotations

import os
import subprocess
import sys

from inspector_app.core.documents import fonts
from tests.core.test_documents import case  # noqa: F401  (fixture)

NO_FONTS_CONF = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><cachedir>{cache}</cachedir></fontconfig>
"""


def test_shipped_collection_face_is_the_simplified_chinese_one():
    from reportlab.pdfbase.ttfonts import TTFontFile
    face = TTFontFile(str(fonts.font_path()), subfontIndex=fonts.FACE_INDEX)
    assert face.familyName.decode() == fonts.FACE_NAME == "AR PL UMing CN"


def test_notice_embeds_only_the_shipped_font_on_a_machine_without_fonts(col, case, tmp_path):  # noqa: F811
    insp, _hazards = case
    notice = col.documents.draft("rectification_notice", inspection_id=insp).id
    conf = tmp_path / "fonts.conf"
    conf.write_text(NO_FONTS_CONF.format(cache=tmp_path / "fc-cache"), encoding="utf-8")
    env = dict(os.environ, FONTCONFIG_FILE=str(conf), INSPECTOR_LANG="zh_CN")
    out = tmp_path / "notice.pdf"
    p = subprocess.run([sys.executable, "-m", "inspector_app", "--data-dir", str(col.data_dir), "documents",
                        "render", notice, "--out", str(out)], capture_output=True, text=True, env=env)
    assert p.returncode == 0, p.stderr
    listing = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    rows = listing.splitlines()[2:]
    assert rows, listing
    for row in rows:
        name, emb, sub = row.split()[0], row.split()[-5], row.split()[-4]
        assert name.split("+")[-1].startswith("UMingCN") and emb == "yes" and sub == "yes", listing
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "限期整改" in text
