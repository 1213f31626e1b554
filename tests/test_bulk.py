"""Bulk payroll on a cluster: the recipe of docs/bulk.md, run on a local Dask cluster of two worker
processes. A company calendar travels to the workers by pickle (its rules' contents, not its file) and
every answer equals the one computed here."""

from __future__ import annotations

import os
from pathlib import Path

import dask.dataframe as dd
import distributed
import numpy as np
import pandas as pd
import pytest

import azcal
from azcal import arrays
from conftest import COMPANY, write


def workday_columns(part: pd.DataFrame, calendar: azcal.Calendar) -> pd.DataFrame:
    """What each worker does with its share of the rows: the recipe of docs/bulk.md."""
    return part.assign(
        workday=arrays.is_workday(part["date"], calendar=calendar),
        due=arrays.add_workdays(part["date"], 5, calendar=calendar),
        workdays_to_month_end=arrays.workdays_between(part["date"], part["month_end"], calendar=calendar),
    )


@pytest.mark.slow
def test_the_dask_recipe_on_two_worker_processes_agrees_with_the_local_answer(tmp_path: Path) -> None:
    path = write(tmp_path, COMPANY)
    company = azcal.Calendar.with_rules(path)
    rng = np.random.default_rng(2026)
    dates = pd.to_datetime(np.datetime64("1995-01-01") + rng.integers(0, 36_000, 200_000).astype("timedelta64[D]"))
    rows = pd.DataFrame({"date": dates, "month_end": dates + pd.offsets.MonthBegin(1)})
    expected = workday_columns(rows, company)
    path.unlink()  # the workers never see the file: the calendar carries its rules
    with (
        distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        distributed.Client(cluster) as client,
    ):
        frame = dd.from_pandas(rows, npartitions=8)
        result = frame.map_partitions(workday_columns, company, meta=expected.iloc[:0]).compute()
        workers = client.run(os.getpid)
    assert len(set(workers.values())) == 2  # two processes did the work
    pd.testing.assert_frame_equal(result.sort_index(), expected)
    assert result["workday"].sum() == sum(company.is_workday(d.date()) for d in dates)


def test_every_documented_module_path_imports() -> None:
    """The docs call it azcal.arrays: an import statement and the attribute give the same functions."""
    import subprocess
    import sys

    script = (
        "import azcal.arrays\n"
        "from azcal import arrays\n"
        "import azcal\n"
        "assert azcal.arrays is arrays and arrays.is_workday is azcal.exports.arrays.is_workday\n"
        "print(arrays.is_workday(['2025-01-20', '2025-06-21']).tolist())"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.stdout == "[False, True]\n", done.stderr
