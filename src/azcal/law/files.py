"""Finding and reading the files of rules: the packaged data, the ``AZCAL_DATA`` folders, a user's file.

A user's file is read only when it is one: a regular file, not too large, UTF-8; a folder, a device or a
pipe is refused before anything is read from it.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

from ..datapath import ENVIRONMENT, DataInUse, in_use
from ..errors import DataFolderError, RulesError

MAX_FILE_SIZE = 16 * 2**20  # far above any real rules file (the packaged decisions are some 40 KiB)
_YEAR_FILE = re.compile(r"[0-9]{4}\.toml")


def data_files(data: DataInUse | None = None) -> list[tuple[str, str]]:
    """The official data files as names and texts: the base's law, then each year's decisions by file name,
    those of the ``AZCAL_DATA`` folders replacing the base's of the same name or added (the first folder wins)."""
    data = data or in_use()
    base = data.base
    law = (base.prefix + "holidays.toml", _read_text(os.path.join(base.folder, "holidays.toml")))
    decisions = {
        name: (base.prefix + "decisions/" + name, path) for name, path in _toml_files(base.folder, "decisions")
    }
    laid: dict[str, tuple[str, str]] = {}
    for folder in data.folders:
        if not os.path.isdir(folder):
            raise DataFolderError(f"not a folder of decision files (named by {ENVIRONMENT})", file=folder)
        for name, path in _toml_files(folder):
            if not _YEAR_FILE.fullmatch(name):
                raise DataFolderError(
                    f"a file of decisions is named for its year, YYYY.toml (in {ENVIRONMENT})", file=path
                )
            laid.setdefault(name, (path, path))
    decisions |= laid
    return [law] + [(shown, _read_text(path)) for _, (shown, path) in sorted(decisions.items())]


def _toml_files(*folder: str) -> list[tuple[str, str]]:
    where = os.path.join(*folder)
    return sorted((name, os.path.join(where, name)) for name in os.listdir(where) if name.endswith(".toml"))


def _read_text(path: str) -> str:
    try:
        with open(path, encoding="utf-8") as file:
            return file.read()
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFolderError(f"cannot read the file ({getattr(exc, 'strerror', None) or exc})", file=path) from None


def read_rules_file(path: str | Path) -> str:
    """The text of a rules file, checked to be one (a regular file, not too large, UTF-8)."""
    name = str(path)
    raw = _read_regular_file(path, name)
    try:
        return raw.decode("utf-8").removeprefix("\ufeff")  # a byte-order mark, as some editors write, is no text
    except UnicodeDecodeError as exc:
        raise RulesError(f"not UTF-8 text (byte {exc.start})", file=name) from None


def _read_regular_file(path: str | Path, name: str) -> bytes:
    """The bytes of a regular file of at most MAX_FILE_SIZE; a device, a pipe or a folder is not read."""
    try:
        # O_NONBLOCK: opening a named pipe with no writer must not hang; it is refused below
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise RulesError(f"cannot read the file ({exc.strerror or exc})", file=name) from None
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise RulesError("not a regular file: give a rules file, not a folder, a device or a pipe", file=name)
    with os.fdopen(fd, "rb") as file:
        try:
            raw = file.read(MAX_FILE_SIZE + 1)
        except OSError as exc:
            raise RulesError(f"cannot read the file ({exc.strerror or exc})", file=name) from None
    if len(raw) > MAX_FILE_SIZE:
        raise RulesError(f"larger than {MAX_FILE_SIZE // 2**20} MiB: not a rules file azcal reads", file=name)
    return raw
