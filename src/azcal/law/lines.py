"""A rules file's text, parsed, and the line each of its tables starts on, for errors that name FILE:LINE.

tomllib gives the values, not where they were written: the lines are found in one pass over the text
(headers and top-level keys), so that naming the line of any entry costs a lookup.
"""

from __future__ import annotations

import re
import tomllib
from typing import Any

from ..errors import RulesError
from .sources import Citing

DECISION_KINDS = ("decision", "inferred")  # an act; or days whose dates are known and whose act is not
_AT = re.compile(r"\(at line (\d+), column \d+\)$")
_ID_LINE = re.compile(r"\bid\s*=\s*[\"']([^\"'\n]*)[\"']")


class Source:
    """A rules file's name and text, and the line where each of its tables starts."""

    def __init__(self, name: str, text: str):
        self.name = name
        self.text = text
        self._tables: dict[str, int] = {}  # "holiday.KEY", "law.KEY", a top-level key -> its first line
        self._arrays: dict[str, list[int]] = {}  # "decision", "holiday.KEY.rule" -> each [[...]] header's line
        self._counts: dict[str, int] = {}  # how many [[decision]] and [[inferred]] entries the parsed file holds
        self._id_lines: dict[str, int] | None = None  # each id's first line, found only when needed
        self.citing = Citing()  # how its sources are read: as written, unless the packaged sources are given
        in_table = False
        in_string = ""  # the delimiter of the multi-line string a line is inside, if any
        for number, line in enumerate(text.splitlines(), 1):
            was_in_string = in_string
            if '"""' in line or "'''" in line:
                in_string = _string_after(line, in_string)
            if was_in_string:
                continue  # inside a multi-line string: "[[decision]]" there is text, not a header
            stripped = line.lstrip()
            if stripped.startswith("["):
                self._header(stripped, number)
                in_table = True
            elif not in_table and "=" in stripped and not stripped.startswith("#"):
                key = stripped.split("=", 1)[0].split(".", 1)[0].strip().strip("\"'")
                self._tables.setdefault(key, number)

    def _header(self, stripped: str, number: int) -> None:
        """Notes the line of a ``[table]`` or ``[[array]]`` header."""
        array = stripped.startswith("[[")
        header = stripped[2 if array else 1 :].split("]", 1)[0]
        header = ".".join(part.strip().strip("\"'") for part in header.split("."))
        if array:
            self._arrays.setdefault(header, []).append(number)
        self._tables.setdefault(header, number)
        self._tables.setdefault(header.split(".", 1)[0], number)

    def table_lines(self) -> dict[str, int]:
        """The line of every ``[table]`` and top-level key, by its name."""
        return dict(self._tables)

    def table_line(self, name: str) -> int | None:
        """The line of ``[name]`` (or of a top-level key ``name``)."""
        return self._tables.get(name)

    def array_line(self, name: str, index: int) -> int | None:
        """The line of the ``index``-th ``[[name]]`` header (from 0)."""
        lines = self._arrays.get(name, [])
        return lines[index] if index < len(lines) else None

    def decision_line(self, index: int, ident: object, kind: str = "decision") -> int | None:
        """The line of the ``index``-th decision (``kind``: decision or inferred): its ``[[decision]]``
        header, where every decision has one; else (decisions written as inline tables, a header inside a
        multi-line string) the line of its id."""
        headers = self._arrays.get(kind, [])
        if len(headers) == self._counts.get(kind, 0):
            return headers[index]
        if self._id_lines is None:
            self._id_lines = {}
            for number, line in enumerate(self.text.splitlines(), 1):
                for match in _ID_LINE.finditer(line):
                    self._id_lines.setdefault(match.group(1), number)
        return self._id_lines.get(ident) if isinstance(ident, str) else None

    def parse(self) -> dict[str, Any]:
        """The file's TOML document; a RulesError naming the line where it is not TOML."""
        try:
            doc = tomllib.loads(self.text)
        except RecursionError:  # tomllib reads nested arrays and tables by recursion
            raise RulesError("not a rules file: arrays or tables nested too deeply", file=self.name) from None
        except tomllib.TOMLDecodeError as exc:
            message = str(exc)
            at = _AT.search(message)
            line = int(at.group(1)) if at else None  # tomllib puts the place in the message
            raise RulesError(f"not valid TOML: {message}", file=self.name, line=line) from None
        for kind in DECISION_KINDS:
            entries = doc.get(kind)
            self._counts[kind] = len(entries) if isinstance(entries, list) else 0
        return doc


def _string_after(line: str, in_string: str) -> str:
    """The delimiter of the multi-line string the text is inside after ``line``, "" when none."""
    for delimiter in ('"""', "'''"):
        if (not in_string or in_string == delimiter) and line.count(delimiter) % 2:
            in_string = "" if in_string else delimiter
    return in_string
