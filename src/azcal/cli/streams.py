"""Where the command's words go: its answer to standard output, one line of error to standard error.

Output never fails with a traceback: an encoding that cannot hold a letter gets ``?``, a closed or full
stream is one error, and a reader that went away (``azcal 2025 | head -3``) ends the command quietly.
"""

from __future__ import annotations

import codecs
import io
import os
import sys

from ..errors import OutputError

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing: the command starts without it
if TYPE_CHECKING:
    from typing import Any

LONGEST_WORD = 100  # an argument longer than this is quoted by its two ends in an error


class Answer:
    """What a command gives: its output for standard output (b"" when it wrote a file instead), its exit status."""

    __slots__ = ("output", "status")

    def __init__(self, output: str | bytes, status: int = 0):
        self.output, self.status = output, status


def emit(output: str | bytes) -> None:
    """Write to standard output, or raise one OutputError that says why it cannot be written."""
    stream = sys.stdout
    if stream is None:  # started with standard output closed
        raise OutputError("cannot write the output: standard output is closed")
    try:
        if isinstance(output, bytes):
            _write_bytes(stream, output)
        else:
            stream.write(shown(output if output.endswith("\n") else output + "\n"))
        stream.flush()
    except BrokenPipeError:
        raise
    except (OSError, ValueError) as exc:  # a full disk, a closed stream
        drop_stdout()
        raise OutputError(f"cannot write the output: {getattr(exc, 'strerror', None) or exc}") from None


def _write_bytes(stream: Any, output: bytes) -> None:
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        buffer.write(output)  # bytes as they are: CRLF must stay CRLF, UTF-8 stay UTF-8
    elif output:  # a stream of text only (io.StringIO, a notebook): a text file goes as its text
        try:
            stream.write(output.decode("utf-8"))
        except UnicodeDecodeError:
            raise OutputError("standard output takes text only: give -o FILE for this file") from None


def fail(message: str, status: int, as_json: bool) -> int:
    """One line on standard error (nowhere, if it is closed) and the exit status."""
    message = shown(_shortened(message))
    line = as_json_text({"error": message, "status": status}, indent=None) if as_json else f"azcal: {message}"
    stream = sys.stderr
    if stream is not None:
        try:
            stream.write(line.replace("\n", " ") + "\n")
            stream.flush()
        except (OSError, ValueError):  # standard error closed or full: the status still says it
            pass
    return status


def drop_stdout() -> None:
    """Point standard output at the null device, so that Python's own flush at exit cannot fail again."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    except (OSError, ValueError, AttributeError):  # no standard output to point anywhere
        pass


def tolerate_any_encoding() -> None:
    """Text an output encoding cannot hold (``PYTHONIOENCODING=ascii``, the C locale) becomes ``?``
    rather than an error; JSON is written with ASCII escapes instead, so it stays exact."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper) and not _holds_unicode(stream):
            try:  # noqa: SIM105 - contextlib is not imported for the command's start-up
                stream.reconfigure(errors="replace")
            except (OSError, ValueError):  # a stream already written to: it stays as it is
                pass


def as_json_text(value: Any, indent: int | None = 2) -> str:
    import json

    # UTF-8 as it is where standard output holds it; ASCII escapes, which read back the same, elsewhere
    return json.dumps(value, ensure_ascii=not _holds_unicode(sys.stdout), indent=indent)


def shown(text: str) -> str:
    """``text`` with what no encoding can write (a file name's undecodable bytes) as backslash escapes."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _holds_unicode(stream: object) -> bool:
    encoding = getattr(stream, "encoding", None)
    if encoding is None:  # a stream of str with no encoding of its own (io.StringIO): it holds any text
        return True
    return codecs.lookup(encoding).name in ("utf-8", "utf-16", "utf-32", "gb18030")


def _shortened(message: str) -> str:
    """``message`` with each very long word (an argument echoed back: a 100 kB ``--lang``) cut to its two ends."""
    import re

    keep = LONGEST_WORD // 2
    return re.sub(rf"\S{{{LONGEST_WORD + 1},}}", lambda word: f"{word[0][:keep]}...{word[0][-keep:]}", message)
