"""Where the official data in use comes from, as zoneinfo finds its zones.

- A **base**: azcal's own packaged data (``law/data``, compiled in ``compiled/``), or the ``azcal-data``
  distribution (the same files, released apart from the code, as ``tzdata`` is) when it is installed and
  its data is newer. A base's compiled calendars are used as they are: no compile at import.
- **Folders named by** ``AZCAL_DATA`` (a path list, as ``PYTHONTZPATH``), each holding decision files
  in the packaged format, ``YYYY.toml``, laid over the base: a file replaces the base's file of the same
  name (the first folder that has it wins), and any other is added. The official calendar of such data
  is compiled from the files, once per process, when first asked for.

``in_use()`` says which, read once; ``azcal.reload_data()`` reads the environment and the installed
distributions again and switches to them once their calendars are made (what ``azcal serve`` does on SIGHUP).
"""

from __future__ import annotations

import importlib
import os
import sys

from .forksafe import MAKING

ENVIRONMENT = "AZCAL_DATA"
_HERE = os.path.dirname(__file__)


class Base:
    """A whole set of official data: the law, the estimates and each year's decisions, and their compiled
    calendars, one per working week."""

    __slots__ = ("compiled", "folder", "name", "prefix")

    def __init__(self, name: str, folder: str, compiled: dict[int, str], prefix: str):
        self.name = name  # how --version names it: "the packaged data", "azcal-data 2026.12.3"
        self.folder = folder  # holidays.toml, estimates.toml and decisions/YYYY.toml
        self.compiled = compiled  # week -> its compiled calendar's file
        self.prefix = prefix  # the files' names in messages: "azcal/law/data/"

    def __repr__(self) -> str:
        return f"Base({self.name!r})"


PACKAGED = Base(
    "the packaged data",
    os.path.join(_HERE, "law", "data"),
    {5: os.path.join(_HERE, "compiled", "official.azcal"), 6: os.path.join(_HERE, "compiled", "official-week6.azcal")},
    "azcal/law/data/",
)


class DataInUse:
    """The base and the ``AZCAL_DATA`` folders laid over it: one state of the official data."""

    __slots__ = ("base", "folders")

    def __init__(self, base: Base, folders: tuple[str, ...] = ()):
        self.base = base
        self.folders = folders

    def __repr__(self) -> str:
        return f"DataInUse({self.base!r}, {self.folders!r})"

    def describe(self) -> str:
        """Where it comes from, for ``azcal --version``: "azcal-data 2026.12.3, with /etc/azcal (AZCAL_DATA)"."""
        if not self.folders:
            return self.base.name
        return f"{self.base.name}, with {os.pathsep.join(self.folders)} ({ENVIRONMENT})"


_in_use: DataInUse | None = None


def in_use() -> DataInUse:
    """The official data in use: found once, when first asked for, by whichever thread asks first."""
    global _in_use
    found = _in_use
    if found is None:
        with MAKING:
            found = _in_use
            if found is None:
                found = _in_use = find()
    return found


def use(data: DataInUse) -> None:
    """Answer from ``data`` from now on (``calendars.switch_data`` makes its calendars first)."""
    global _in_use
    _in_use = data


def find() -> DataInUse:
    """The official data as the environment and the installed distributions say now (not yet in use)."""
    folders = tuple(path for path in os.environ.get(ENVIRONMENT, "").split(os.pathsep) if path)
    return DataInUse(_newest_base(), folders)


def _newest_base() -> Base:
    """The azcal-data distribution where it is installed and newer than the packaged data; else the packaged."""
    # read anew each time: a distribution installed or upgraded since it was last looked for is found.
    # One thread at a time: two invalidating importlib's caches at once fail with a KeyError.
    with MAKING:
        importlib.invalidate_caches()
        sys.modules.pop("azcal_data", None)
        try:
            import azcal_data  # type: ignore[import-not-found]  # the optional data-only distribution
        except ImportError:
            return PACKAGED
    released = Base(f"azcal-data {azcal_data.__version__}", azcal_data.DATA, azcal_data.COMPILED, "azcal_data/data/")
    return released if data_version_of(PACKAGED) < azcal_data.DATA_VERSION else PACKAGED


def data_version_of(base: Base) -> str:
    """The data version a base's five-day compiled calendar says in its header (read without the file's arrays)."""
    with open(base.compiled[5], "rb") as file:
        head = file.read(512).split(b"\n")[1:2]
    for field in head[0].split() if head else ():
        if field.startswith(b"data_version="):
            return field.partition(b"=")[2].decode("ascii", "replace")
    return ""  # not a header this azcal reads: loading the file names the problem
