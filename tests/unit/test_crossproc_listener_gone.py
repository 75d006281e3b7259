"""The cross-process bench: a listener process that dies is reported with its own
error output at once, not as a bare queue timeout two minutes later."""

from __future__ import annotations

import queue
import tempfile
import threading

import pytest

from reception_desk.bench.crossproc import READY, ListenerGone, _next_line, _reader


def test_a_listener_that_stops_is_reported_with_its_last_words() -> None:
    lines: queue.Queue[str] = queue.Queue()
    with tempfile.TemporaryFile() as errors:
        errors.write(b"Traceback (most recent call last):\nImportError: no module\n")
        out = iter([f"{READY}\n", "repaint 1.5\n"])  # then its output ends
        reader = threading.Thread(target=_reader, args=(out, lines))
        reader.start()
        reader.join()
        assert _next_line(lines, 60, errors) == READY
        assert _next_line(lines, 60, errors) == "repaint 1.5"
        with pytest.raises(ListenerGone, match="ImportError: no module"):
            _next_line(lines, 60, errors)
