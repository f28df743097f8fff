"""Chinese line breaking (禁则) for the documents, as a reportlab flowable.

reportlab's CJK wrapping breaks between any two characters and only half applies the rules, so the
documents lay out their text here: the text is cut into unbreakable units (a character with the closing
punctuation after it and the opening punctuation before it; a run of digits or Latin letters; a date; a
span joined with `keep`), units are filled greedily, and full lines are justified.
"""

from __future__ import annotations

import re
from typing import Any

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

CANNOT_START = frozenset("，。、；：？！）》」』】〕］｝〉”’…—·％‰℃,.;:?!)]}%")
CANNOT_END = frozenset("（《「『【〔［｛〈“‘([{")
JOIN = "\u2060"  # WORD JOINER: no break here
_ATOM = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日(?:\d{1,2}时\d{1,2}分)?|\d{1,2}时\d{1,2}分"
                   r"|[0-9A-Za-z][0-9A-Za-z.\-/_+#]*|\s+|.", re.S)


def keep(text: str) -> str:
    """The text as one unbreakable unit (names, 文号, certificate numbers)."""
    return JOIN.join(text)


def units(text: str) -> list[str]:
    """Cut text into the pieces a line may break between."""
    out: list[str] = []
    glue = False
    for m in _ATOM.finditer(text):
        a = m.group(0)
        if a == JOIN:
            glue = True
            continue
        if out and (glue or a[0] in CANNOT_START or out[-1][-1] in CANNOT_END):
            out[-1] += a
        else:
            out.append(a)
        glue = False
    return out


def break_lines(text: str, font: str, size: float, first_width: float, width: float) -> list[str]:
    """Lines for one paragraph (explicit newlines start new lines)."""
    lines: list[str] = []
    for part in text.split("\n"):
        cur, cur_w = "", 0.0
        for u in units(part):
            avail = first_width if not lines else width
            w = stringWidth(u, font, size)
            if cur_w + w <= avail + 0.01 or (not cur and w <= avail + 0.01):
                cur, cur_w = cur + u, cur_w + w
                continue
            if cur.strip():
                lines.append(cur.rstrip())
                cur, cur_w = "", 0.0
                avail = width
            u = u.lstrip()
            w = stringWidth(u, font, size)
            while w > avail + 0.01:  # a unit longer than a whole line: cut it, keeping 禁则 at the cut
                k = _fit(u, font, size, avail)
                lines.append(u[:k])
                u, avail = u[k:], width
                w = stringWidth(u, font, size)
            cur, cur_w = u, w
        lines.append(cur.rstrip())
    return lines


def _fit(unit: str, font: str, size: float, avail: float) -> int:
    k = 1
    while k < len(unit) and stringWidth(unit[:k + 1], font, size) <= avail:
        k += 1
    while 1 < k < len(unit) and (unit[k] in CANNOT_START or unit[k - 1] in CANNOT_END):
        k -= 1
    return k


class CJKParagraph(Flowable):
    """A paragraph of Chinese text broken by 禁则; splits across pages line by line (no single orphan line)."""

    def __init__(self, text: str, style: ParagraphStyle, *, continued: bool = False,
                 lines: list[tuple[str, bool]] | None = None):
        super().__init__()
        self.text, self.style, self.continued = text, style, continued
        self._lines = lines
        self._width = 0.0

    def _indent(self, first: bool) -> float:
        st = self.style
        return st.leftIndent + (st.firstLineIndent if first and not self.continued else 0)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - reportlab API
        st = self.style
        if self._lines is None or availWidth != self._width:
            if self._lines is None:
                first_w = availWidth - st.rightIndent - self._indent(True)
                rest_w = availWidth - st.rightIndent - self._indent(False)
                out: list[tuple[str, bool]] = []
                for part in self.text.split("\n"):
                    ls = break_lines(part, st.fontName, st.fontSize, first_w if not out else rest_w, rest_w)
                    out += [(ln, i == len(ls) - 1) for i, ln in enumerate(ls)]
                self._lines = out
        self._width = availWidth
        return availWidth, len(self._lines) * st.leading

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803 - reportlab API
        self.wrap(availWidth, availHeight)
        assert self._lines is not None
        n, k = len(self._lines), int(availHeight // self.style.leading)
        if n >= 4:
            k = min(k, n - 2)
        if k < (2 if n >= 4 else 1) or k >= n:
            return []
        first = CJKParagraph(self.text, self.style, continued=self.continued, lines=self._lines[:k])
        rest = CJKParagraph(self.text, self.style, continued=True, lines=self._lines[k:])
        return [first, rest]

    def lines(self) -> list[str]:
        return [ln for ln, _ in self._lines or []]

    def draw(self) -> None:
        st, c = self.style, self.canv
        assert self._lines is not None
        c.setFont(st.fontName, st.fontSize)
        for i, (line, last) in enumerate(self._lines):
            x = self._indent(i == 0)
            avail = self._width - st.rightIndent - x
            w = stringWidth(line, st.fontName, st.fontSize)
            y = (len(self._lines) - i - 1) * st.leading + (st.leading - st.fontSize) / 2 + st.fontSize * 0.12
            if st.alignment == TA_CENTER:
                c.drawString(x + (avail - w) / 2, y, line)
            elif st.alignment == TA_RIGHT:
                c.drawString(x + avail - w, y, line)
            elif not last and len(line) > 1 and 0 < avail - w < 3 * st.fontSize:
                c.drawString(x, y, line, charSpace=(avail - w) / (len(line) - 1))
            else:
                c.drawString(x, y, line)


def para(text: str, style: ParagraphStyle) -> CJKParagraph:
    return CJKParagraph(text, style)


def text_width(text: str, style: Any) -> float:
    return stringWidth(text.replace(JOIN, ""), style.fontName, style.fontSize)
