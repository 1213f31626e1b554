"""Nothing lost, nothing half-written: what ``-o`` does to what is already at the path, and what the
command does when it cannot write its output at all. Each case is one the second hostile review found."""

from __future__ import annotations

import json
import os
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

import azcal
from azcal.cli import main
from azcal.output import write_file

AZCAL = [sys.executable, "-m", "azcal"]
NOBODY = 65534
# Device files and other owners need root to set up. CI runs as root, so there they must run; on a
# developer's machine, as a user, they are skipped.
as_root = pytest.mark.skipif(
    os.geteuid() != 0 and os.environ.get("CI") != "true", reason="needs root to set up (CI runs as root)"
)


def run_azcal(*argv: str, env: dict[str, str] | None = None, **kwargs: object) -> subprocess.CompletedProcess[bytes]:
    merged = {**os.environ, **(env or {})}
    merged.pop("NO_COLOR", None)
    return subprocess.run([*AZCAL, *argv], capture_output=True, env=merged, timeout=120, **kwargs)  # type: ignore[call-overload, no-any-return]


def one_line(err: bytes) -> str:
    text = err.decode("utf-8", "replace")
    assert len(text.strip().splitlines()) == 1 and "Traceback" not in text, text
    return text


# -- what is at the path ----------------------------------------------------------------------------------


def test_a_symbolic_link_is_written_through_and_stays_a_link(tmp_path: Path) -> None:
    target = tmp_path / "real.ics"
    target.write_bytes(b"old")
    link = tmp_path / "link.ics"
    link.symlink_to(target)
    assert main(["ics", "2025", "-o", str(link)]) == 0
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert target.read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.ics", "real.ics"]


def test_a_dangling_link_is_written_through_to_the_file_it_names(tmp_path: Path) -> None:
    link = tmp_path / "link.ics"
    link.symlink_to(tmp_path / "new.ics")
    write_file(link, b"data")
    assert link.is_symlink() and (tmp_path / "new.ics").read_bytes() == b"data"


@as_root
def test_a_device_is_written_into_not_replaced(tmp_path: Path) -> None:
    device = tmp_path / "null"
    os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # a copy of /dev/null
    assert main(["ics", "2025", "-o", str(device)]) == 0
    assert stat.S_ISCHR(device.stat().st_mode)
    assert main(["ics", "2025", "-o", "/dev/null"]) == 0
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_a_named_pipe_is_written_into(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()))
    reader.start()
    write_file(pipe, b"through the pipe")
    reader.join(timeout=10)
    assert received == [b"through the pipe"] and stat.S_ISFIFO(pipe.stat().st_mode)


def test_an_existing_file_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "az.ics"
    target.write_bytes(b"old")
    target.chmod(0o640)
    write_file(target, b"new")
    assert target.read_bytes() == b"new" and stat.S_IMODE(target.stat().st_mode) == 0o640


@as_root
def test_an_existing_file_keeps_its_owner(tmp_path: Path) -> None:
    target = tmp_path / "az.ics"
    target.write_bytes(b"old")
    os.chown(target, NOBODY, NOBODY)
    write_file(target, b"new")
    assert target.read_bytes() == b"new" and (target.stat().st_uid, target.stat().st_gid) == (NOBODY, NOBODY)


def test_a_file_with_other_hard_links_is_left_whole_and_the_command_says_why(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "az.ics"
    target.write_bytes(b"old")
    os.link(target, tmp_path / "other.ics")
    assert main(["ics", "2025", "-o", str(target)]) == 1
    out, err = capsys.readouterr()
    assert out == "" and "2 hard links" in err and len(err.strip().splitlines()) == 1
    assert target.read_bytes() == b"old" and target.stat().st_nlink == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["az.ics", "other.ics"]


@pytest.mark.parametrize("folder", [".", "./", "/", "{tmp}", "{tmp}/"])
def test_a_folder_is_refused_in_one_line(
    folder: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["html", "2025", "-o", folder.format(tmp=tmp_path)]) == 1
    out, err = capsys.readouterr()
    assert out == "" and "is a folder" in err and len(err.strip().splitlines()) == 1
    assert list(tmp_path.iterdir()) == []


def test_a_file_name_as_long_as_the_system_allows(tmp_path: Path) -> None:
    limit = os.pathconf(tmp_path, "PC_NAME_MAX")
    target = tmp_path / ("a" * (limit - 4) + ".ics")
    assert main(["ics", "2025", "-o", str(target)]) == 0
    assert target.read_bytes().startswith(b"BEGIN:VCALENDAR") and len(list(tmp_path.iterdir())) == 1


# A process that is stopped while it writes: the stop comes while the temporary file exists. The signal
# is handled as in a terminal's process: under nohup SIGHUP is ignored, and in a background job SIGINT,
# and azcal then leaves them so.
STOPPED = """
import os, signal, sys
signal.signal(getattr(signal, sys.argv[2]), signal.default_int_handler if sys.argv[2] == "SIGINT" else signal.SIG_DFL)
import azcal.output
real_fsync = os.fsync
def fsync(fd):
    real_fsync(fd)
    os.kill(os.getpid(), getattr(signal, sys.argv[2]))
azcal.output.os.fsync = fsync
from azcal.cli import main
sys.exit(main(["ics", "2025", "-o", sys.argv[1]]))
"""


@pytest.mark.parametrize(
    ("name", "status"), [("SIGTERM", -signal.SIGTERM), ("SIGHUP", -signal.SIGHUP), ("SIGINT", 130)]
)
def test_a_stopped_write_leaves_the_old_file_and_no_temporary_file(tmp_path: Path, name: str, status: int) -> None:
    target = tmp_path / "az.ics"
    target.write_bytes(b"the good file")
    done = subprocess.run([sys.executable, "-c", STOPPED, str(target), name], capture_output=True, timeout=60)
    assert done.returncode == status, done.stderr
    assert b"Traceback" not in done.stderr
    assert target.read_bytes() == b"the good file"
    assert [p.name for p in tmp_path.iterdir()] == ["az.ics"]


# -- as a user who may not write there --------------------------------------------------------------------

# The command run in-process as nobody: under root, the interpreter lives where nobody may not read, so
# the process loads everything first, as root, then gives up root before the command runs.
AS_NOBODY = """
import os, sys
import azcal, azcal.cli
from azcal.cli import main
azcal.to_ics(2025)  # icalendar imports parts of itself on first use
import azcal.output  # and the command what writes a file, when it first writes one
azcal.cli.parser()  # and argparse its help formatter's modules: the interpreter may lie where nobody cannot read
if os.geteuid() == 0:
    os.setgroups([])
    os.setgid(65534)
    os.setuid(65534)
sys.exit(main(sys.argv[1:]))
"""


def run_as_another_user(*argv: str, cwd: Path) -> subprocess.CompletedProcess[bytes]:
    """The command as nobody when the tests run as root (CI), else as the user running them."""
    return subprocess.run([sys.executable, "-c", AS_NOBODY, *argv], capture_output=True, cwd=cwd, timeout=120)


@pytest.fixture
def shared_folder() -> Iterator[Path]:
    """A folder anyone may enter and write in, outside pytest's private temporary folder."""
    folder = Path(tempfile.mkdtemp(prefix="azcal-shared-"))
    folder.chmod(0o777)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def test_a_folder_one_may_not_write_in(shared_folder: Path) -> None:
    locked = shared_folder / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    done = run_as_another_user("ics", "2025", "-o", str(locked / "az.ics"), cwd=shared_folder)
    assert done.returncode == 1 and done.stdout == b""
    assert "Permission denied" in one_line(done.stderr) and list(locked.iterdir()) == []


@as_root
def test_a_file_whose_owner_cannot_be_kept_is_left_as_it_was(shared_folder: Path) -> None:
    target = shared_folder / "az.ics"
    target.write_bytes(b"root's file")
    target.chmod(0o666)
    done = run_as_another_user("ics", "2025", "-o", str(target), cwd=shared_folder)
    assert done.returncode == 1 and "cannot keep the owner" in one_line(done.stderr)
    assert target.read_bytes() == b"root's file" and target.stat().st_uid == 0
    assert [p.name for p in shared_folder.iterdir()] == ["az.ics"]


# -- standard output and standard error --------------------------------------------------------------------


def shell(command: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    merged = {**os.environ, **(env or {})}
    merged.pop("NO_COLOR", None)
    return subprocess.run(["sh", "-c", command], capture_output=True, env=merged, timeout=120)


AZ = " ".join([sys.executable, "-m", "azcal"])


@pytest.mark.parametrize("argv", ["2025", "2025 --json", "day 2025-01-20", "ics 2025", "html 2025", "norms 2026"])
def test_standard_output_closed(argv: str) -> None:
    done = shell(f"exec {AZ} {argv} >&-")
    assert done.returncode == 1 and "standard output is closed" in one_line(done.stderr)


@pytest.mark.parametrize("argv", ["2025", "2025 --json", "ics 2025", "html 2025", "check {rules}"])
def test_standard_output_full(argv: str, tmp_path: Path) -> None:
    rules = tmp_path / "rules.toml"
    rules.write_text("", "utf-8")
    done = shell(f"exec {AZ} {argv.format(rules=rules)} > /dev/full")
    assert done.returncode == 1 and "No space left on device" in one_line(done.stderr)


def test_standard_error_closed_keeps_standard_output_clean() -> None:
    done = shell(f"exec {AZ} day 2025-02-30 2>&-")
    assert done.returncode == 2 and done.stdout == b""


@pytest.mark.parametrize(
    "env",
    [{"PYTHONIOENCODING": "ascii"}, {"PYTHONIOENCODING": "latin-1"}, {"LC_ALL": "C", "PYTHONUTF8": "0"}],
)
def test_an_output_encoding_that_cannot_hold_the_names(env: dict[str, str]) -> None:
    text = run_azcal("2025", "--lang", "az", env=env)
    assert text.returncode == 0 and text.stderr == b"" and b"?" in text.stdout  # ə, ı and the rest, replaced
    day = run_azcal("day", "2025-01-20", "--lang", "ru", "--json", env=env)
    assert day.returncode == 0 and day.stdout.isascii()
    assert json.loads(day.stdout)["observances"][0]["name"] == azcal.day("2025-01-20").observances[0].name("ru")
    error = run_azcal("day", "2025-01-20", "--rules", "ы.toml", "--lang", "en", env=env)
    assert error.returncode == 1 and "cannot read" in one_line(error.stderr)


def test_dev_stdout_on_a_pipe_is_written_into() -> None:
    done = shell(f"{AZ} ics 2025 -o /dev/stdout | head -c 15")
    assert done.stdout == b"BEGIN:VCALENDAR" and b"Traceback" not in done.stderr


# Stopped the moment the temporary file exists, before anything is written to it.
STOPPED_AT_ONCE = """
import os, signal, sys
import azcal.output
real_open = os.open
def opened(*args, **kwargs):
    fd = real_open(*args, **kwargs)
    os.kill(os.getpid(), signal.SIGTERM)
    return fd
azcal.output.os.open = opened
from azcal.output import write_file
write_file(sys.argv[1], b"new")
"""


def test_a_stop_just_after_the_temporary_file_is_made_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "az.ics"
    target.write_bytes(b"the good file")
    done = subprocess.run([sys.executable, "-c", STOPPED_AT_ONCE, str(target)], capture_output=True, timeout=60)
    assert done.returncode == -signal.SIGTERM
    assert [p.name for p in tmp_path.iterdir()] == ["az.ics"] and target.read_bytes() == b"the good file"


def test_a_read_only_file_is_left_as_it_was(shared_folder: Path) -> None:
    target = shared_folder / "az.ics"
    target.write_bytes(b"read-only")
    target.chmod(0o444)
    if os.geteuid() == 0:
        os.chown(target, NOBODY, NOBODY)  # nobody's own file, which nobody may not write
    done = run_as_another_user("ics", "2025", "-o", str(target), cwd=shared_folder)
    assert done.returncode == 1 and "is read-only" in one_line(done.stderr)
    assert target.read_bytes() == b"read-only" and [p.name for p in shared_folder.iterdir()] == ["az.ics"]
