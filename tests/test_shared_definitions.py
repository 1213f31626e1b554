"""One compile per definition: calendars of equal definitions share their read-only arrays, whichever
thread makes them; a different definition, or the data read anew, is compiled on its own."""

from __future__ import annotations

import threading
from pathlib import Path

import azcal
from conftest import COMPANY, write


def test_equal_definitions_share_one_compile(tmp_path: Path) -> None:
    first, second = azcal.Calendar(as_of="2022-06-30"), azcal.Calendar(as_of="2022-06-30")
    assert first is not second and first.compiled is second.compiled
    assert azcal.Calendar(as_of="2022-06-29").compiled is not first.compiled
    assert azcal.Calendar(as_of="2022-06-30", week=6).compiled is not first.compiled
    # a rules file is its contents: the same text under two names is one definition
    a, b = write(tmp_path, COMPANY, "a.toml"), write(tmp_path, COMPANY, "b.toml")
    assert azcal.Calendar.with_rules(a).compiled is not azcal.Calendar.with_rules(b).compiled  # names differ
    assert azcal.Calendar.with_rules(a).compiled is azcal.Calendar.with_rules(a).compiled


def test_a_changed_rules_file_is_compiled_anew(tmp_path: Path) -> None:
    path = write(tmp_path, COMPANY)
    before = azcal.Calendar.with_rules(path)
    path.write_text(COMPANY.replace("2025-04-04", "2025-04-03"), "utf-8")
    after = azcal.Calendar.with_rules(path)
    assert after.compiled is not before.compiled
    assert (before.is_workday("2025-04-04"), after.is_workday("2025-04-04")) == (False, True)


def test_many_threads_get_one_compile() -> None:
    made: list[azcal.Calendar] = []
    lock = threading.Lock()

    def make() -> None:
        calendar = azcal.Calendar(as_of="2019-03-31")
        with lock:
            made.append(calendar)

    threads = [threading.Thread(target=make) for _ in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(made) == 16 and len({id(c.compiled) for c in made}) == 1
    assert made[0].year(2019).workdays == azcal.Calendar(as_of="2019-03-31").year(2019).workdays
