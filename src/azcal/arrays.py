"""``azcal.arrays``: workday queries over whole arrays of dates (the ``azcal[numpy]`` extra), under the
name the documentation gives them; they live with the other readers of a calendar, in
``azcal.exports.arrays``.

    >>> import azcal.arrays
    >>> azcal.arrays.workdays_between(["2025-01-01"], ["2026-01-01"]).tolist()
    [239]
"""

from __future__ import annotations

from .exports.arrays import add_workdays, is_workday, workdays_between

__all__ = ["add_workdays", "is_workday", "workdays_between"]
