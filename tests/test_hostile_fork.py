"""fork: a process that forks while another of its threads is making its first calendar of a definition
gives a child that answers, never one that waits forever on a lock held by a thread it does not have."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="only where processes fork")

# A thread starts making Calendar(as_of=...). A finder on sys.meta_path holds it, for a second, inside its
# first import (where it holds that module's import lock, as any slow import would); the main thread
# forks meanwhile. The child then makes a calendar of its own, which needs the same module.
SCRIPT = textwrap.dedent(
    """
    import os, sys, threading, time
    import azcal

    inside = threading.Event()

    class Slow:
        def find_spec(self, name, path=None, target=None):
            if name == "azcal.law.loading" and threading.current_thread() is not threading.main_thread():
                inside.set()
                time.sleep(1.0)
            return None

    sys.meta_path.insert(0, Slow())
    maker = threading.Thread(target=lambda: azcal.Calendar(as_of="2022-06-30"))
    maker.start()
    assert inside.wait(30)
    pid = os.fork()
    if pid == 0:
        answer = azcal.Calendar(as_of="2025-06-16").is_workday("2025-06-21")  # before the swap was decided
        print("child", answer, flush=True)
        os._exit(0)
    maker.join()
    _, status = os.waitpid(pid, 0)
    print("parent", os.waitstatus_to_exitcode(status), flush=True)
    """
)


@pytest.mark.slow
def test_a_child_forked_while_a_calendar_is_being_made_answers() -> None:
    process = subprocess.Popen(
        [sys.executable, "-c", SCRIPT],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        out, err = process.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)  # the child too
        process.communicate()
        pytest.fail("the forked child hung on a lock its parent's other thread held")
    assert process.returncode == 0, err
    assert out.splitlines() == ["child False", "parent 0"], (out, err)


def test_forking_with_no_calendar_being_made_is_not_held_up() -> None:
    """The lock a fork takes is free whenever nothing is being made: a fork after the first answers
    goes straight through, and the child answers from what it inherited, with no new compile."""
    script = textwrap.dedent(
        """
        import os, sys
        import azcal
        company = azcal.Calendar(as_of="2024-12-31")
        assert azcal.is_workday("2025-01-20") is False
        for _ in range(20):
            pid = os.fork()
            if pid == 0:
                answers = company.year(2025).hours, azcal.day("2025-01-20").kind.value
                os._exit(0 if answers == (1903, "mourning") else 3)
            assert os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) == 0
        print("ok")
        """
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.stdout == "ok\n", done.stderr
