"""`inspector … | head` ends quietly when the reader goes away, without a traceback."""

import io
import os

from inspector_app import cli


class _ClosedPipe(io.TextIOBase):
    """stdout whose reader has gone: every write fails as it does after `head` exits."""

    def __init__(self) -> None:
        self.read_end, self.write_end = os.pipe()

    def write(self, s: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")

    def fileno(self) -> int:
        return self.write_end


def test_closed_pipe_ends_quietly(monkeypatch, capsys):
    pipe = _ClosedPipe()
    monkeypatch.setattr("sys.stdout", pipe)
    try:
        assert cli.main(["checklists", "list"]) == 1
    finally:
        os.close(pipe.read_end)
        os.close(pipe.write_end)
    assert "Traceback" not in capsys.readouterr().err
