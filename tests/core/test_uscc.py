import pytest

from inspector_app.core import uscc
from inspector_app.core.errors import ValidationError

# Published codes of real, well-known organisations (check characters per GB 32100-2015).
REAL = ["91110000802100433B", "91440300708461136T"]


@pytest.mark.parametrize("code", REAL)
def test_known_codes_are_valid(code):
    assert uscc.is_valid(code), uscc.problem(code)


def test_make_then_valid_and_single_change_detected():
    code = uscc.make("91370882MA3C4E5F6")
    assert uscc.is_valid(code)
    for pos in range(18):
        for c in "0A":
            if code[pos] == c:
                continue
            broken = code[:pos] + c + code[pos + 1:]
            if pos == 0 or pos == 1 and broken[1] not in "0123456789ABCDEFGHJKLMNPQRTUWXY":
                continue
            assert not uscc.is_valid(broken) or broken == code, broken


def test_messages_are_specific():
    code = uscc.make("91370882MA3C4E5F6")
    wrong = code[:17] + ("0" if code[17] != "0" else "1")
    with pytest.raises(ValidationError) as e:
        uscc.validate(wrong)
    assert "校验位" in e.value.zh and code[17] in e.value.zh
    assert "18" in uscc.problem("123")[0]
    assert "I" in uscc.problem("91370882MA3C4E5FI0")[0] or "无效字符" in uscc.problem("91370882MA3C4E5FI0")[0]


def test_normalises_case_and_spaces():
    code = uscc.make("91370882MA3C4E5F6")
    assert uscc.validate(" " + code.lower() + " ") == code
