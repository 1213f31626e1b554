"""The data-only distribution, ``azcal-data``: the official data in use and its compiled calendars, released
apart from the code, as ``tzdata`` is for zoneinfo.

``python -m azcal.compiled --release azcal-data`` fills the distribution's folder (its ``pyproject.toml``
is committed beside) with the law, the estimates and each year's decisions of the data in use (the
packaged data, with any ``AZCAL_DATA`` folders over it), their calendars compiled for both weeks, and
the version: the date of the newest act, ``2026.12.3`` for an act of 3 December 2026. Installed beside
azcal, it is used when its data is newer than azcal's own (``azcal.datapath``).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil

from ..datapath import PACKAGED, Base, DataInUse, in_use
from ..model import WEEKS
from ..output import write_file
from .fileformat import dump

PACKAGE = "azcal_data"


def release(folder: str, data: DataInUse | None = None) -> str:
    """Fill the distribution in ``folder`` (which holds its pyproject.toml) from ``data`` (the data in use);
    return its version. What was in its package before is replaced whole."""
    from ..engine import compile_official
    from ..law.loading import data_files

    data = data or in_use()
    if not os.path.isfile(os.path.join(folder, "pyproject.toml")):
        raise FileNotFoundError(f"{folder}: no pyproject.toml: give the azcal-data folder of the repository")
    package = os.path.join(folder, "src", PACKAGE)
    if os.path.isdir(package):
        shutil.rmtree(package)
    files = data_files(data)
    law, decisions = files[0], files[1:]
    texts = {"holidays.toml": law[1], "estimates.toml": _read(os.path.join(data.base.folder, "estimates.toml"))}
    texts |= {f"decisions/{os.path.basename(name)}": text for name, text in decisions}
    for folder_name in ("data/decisions", "compiled"):
        os.makedirs(os.path.join(package, folder_name))
    for name, text in texts.items():
        write_file(os.path.join(package, "data", name), text.encode("utf-8"))
    compiled_files = {
        week: os.path.join(package, "compiled", os.path.basename(PACKAGED.compiled[week])) for week in WEEKS
    }
    released = Base(f"{PACKAGE} (release)", os.path.join(package, "data"), compiled_files, f"{PACKAGE}/data/")
    made = {week: compile_official(week, DataInUse(released)) for week in WEEKS}
    for week, compiled in made.items():
        write_file(compiled_files[week], dump(compiled))
    data_version = made[5].data_version
    version = release_version(data_version)
    write_file(os.path.join(package, "__init__.py"), _module(version, data_version).encode("utf-8"))
    write_file(os.path.join(package, "py.typed"), b"")
    return version


def release_version(data_version: str) -> str:
    """The distribution's version for a data version: 2026-12-03 -> 2026.12.3 (a version as PEP 440 writes it)."""
    day = dt.date.fromisoformat(data_version)
    return f"{day.year}.{day.month}.{day.day}"


def _module(version: str, data_version: str) -> str:
    return f'''"""azcal-data {version}: Azerbaijan's official working-time data, for azcal (generated; do not edit)."""

import os as _os

__version__ = "{version}"
DATA_VERSION = "{data_version}"  # the date of the newest act
_HERE = _os.path.dirname(__file__)
DATA = _os.path.join(_HERE, "data")  # holidays.toml, estimates.toml, decisions/YYYY.toml
COMPILED = {{
    5: _os.path.join(_HERE, "compiled", "official.azcal"),
    6: _os.path.join(_HERE, "compiled", "official-week6.azcal"),
}}
'''


def _read(path: str) -> str:
    with open(path, encoding="utf-8") as file:
        return file.read()
