"""The errors azcal raises: one base class, each also the built-in a caller would expect; and the warning
of a public name on its way out."""

from __future__ import annotations

import warnings


class AzcalError(Exception):
    """Base of every error azcal raises on purpose."""


class InvalidDateError(AzcalError, ValueError):
    """A value that is not a real date (``2025-02-30``, ``''``, ``'tomorrow'``)."""


class DateTypeError(AzcalError, TypeError):
    """A value of a type that cannot stand for a date (``None``, ``20250120``)."""


class YearOutOfRangeError(AzcalError, ValueError):
    """A date or year outside the years azcal knows."""


class RulesError(AzcalError, ValueError):
    """A rules file that cannot be used; names the file, the entry and, where known, the line."""

    def __init__(self, message: str, *, file: str, entry: str | None = None, line: int | None = None):
        self.file = file
        self.entry = entry
        self.line = line
        self.reason = message
        where = file if line is None else f"{file}:{line}"
        if entry:
            where += f": {entry}"
        super().__init__(f"{where}: {message}")

    def with_reason(self, message: str) -> RulesError:
        """A new error at the same place with ``message``: a fresh one to raise again, or one that says more."""
        return RulesError(message, file=self.file, entry=self.entry, line=self.line)


class DataFolderError(RulesError):
    """A folder named by ``AZCAL_DATA``, or a decision file in one, that cannot be used; names it."""


class OutputError(AzcalError, OSError):
    """A file azcal cannot write, or will not replace (a folder, a file with other hard links); names it."""


class MissingExtraError(AzcalError, ImportError):
    """A feature whose optional dependency is not installed; names the extra to install."""


class NotAWorkdayError(AzcalError, ValueError):
    """A start date that is not a workday, with ``roll="raise"``."""


class InvalidArgumentError(AzcalError, ValueError):
    """An argument with a value azcal does not accept (an unknown roll or language)."""


class ArgumentTypeError(AzcalError, TypeError):
    """An argument of the wrong type (a workday count given as text)."""


def deprecated(old: str, new: str, *, stacklevel: int = 3) -> None:
    """Warn that ``old`` is going away and name ``new`` in its place; the warning points at the caller of
    the deprecated name (two frames up from here, by default)."""
    warnings.warn(f"{old} is deprecated: use {new}", DeprecationWarning, stacklevel=stacklevel)
