"""The one writer of every file azcal makes: whole or not at all, and nothing that was there destroyed.

``write_file(path, data)``:

- a regular file (new or existing) is replaced atomically: the data goes to a temporary file in the same
  folder, is flushed to disk, then renamed over the file, so a reader finds the old file or the whole new
  one. An existing file keeps its permissions and, where the system allows it, its owner and group;
- a symbolic link is written through: its target is replaced, and the link stays a link;
- a file that is not a regular file (a terminal, ``/dev/null``, a named pipe) is written into directly:
  replacing it would destroy it;
- a file with other hard links, a file whose owner cannot be kept, and a folder are refused, each with
  one line that says why;
- if the writer is stopped (an error, Ctrl-C, SIGTERM, SIGHUP), the temporary file is removed.

Every problem is an ``OutputError`` naming the file.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import signal
import stat
import threading
from collections.abc import Iterator
from types import FrameType

from .errors import ArgumentTypeError, OutputError

# Signals that end a process without Python's help: on each, the temporary file is removed first.
# (Ctrl-C raises KeyboardInterrupt, which the writer's own cleanup handles.)
_STOPPING = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))


def write_file(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` as described above, or raise ``OutputError``."""
    if not isinstance(data, bytes | bytearray):
        raise ArgumentTypeError(f"data must be bytes, got {type(data).__name__}")
    name = os.fspath(path) if isinstance(path, str | os.PathLike) else path
    if not isinstance(name, str) or not name.strip() or "\0" in name:
        raise OutputError(f"not a file name: {name!r}")
    if name.endswith(("/", os.sep)) or os.path.isdir(name):
        raise OutputError(f"{name} is a folder: give the name of a file to write")
    try:
        existing = os.stat(name)  # through symbolic links, to the file they name
    except FileNotFoundError:
        existing = None
    except OSError as exc:
        raise OutputError(f"cannot write {name}: {exc.strerror or exc}") from None
    try:
        if existing is not None and not stat.S_ISREG(existing.st_mode):
            # by the name given: /dev/stdout on a pipe is no path realpath can name
            _write_into(name, bytes(data))
        else:
            _replace(name, os.path.realpath(name), bytes(data), existing)
    except OSError as exc:
        raise OutputError(f"cannot write {name}: {exc.strerror or exc}") from None


def _write_into(target: str, data: bytes) -> None:
    """Write into a device or a pipe as a shell redirection would, leaving the file itself in place."""
    with open(target, "wb", buffering=0) as out:
        view = memoryview(data)
        while view:
            view = view[out.write(view) or 0 :]


def _replace(name: str, target: str, data: bytes, existing: os.stat_result | None) -> None:
    if existing is not None and existing.st_nlink > 1:
        raise OutputError(
            f"{name} has {existing.st_nlink} hard links, which a new file in its place would break: "
            "write to another name, or remove the other links first"
        )
    if existing is not None and not os.access(target, os.W_OK):
        raise OutputError(f"{name} is read-only: it is left as it was")
    folder = os.path.dirname(target) or "."
    # a short name of its own, so that a file name as long as the system allows still fits
    temp = os.path.join(folder, f".azcal-{secrets.token_hex(6)}.tmp")
    created = False  # a file of that name that was there already is not ours to remove
    try:
        with _removed_if_stopped(temp):  # from before the file exists: no moment leaves it behind
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)  # umask
            created = True
            with os.fdopen(fd, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
                if existing is not None:
                    _keep_owner_and_mode(name, out.fileno(), existing)
            os.replace(temp, target)
    except BaseException:
        if created:
            with contextlib.suppress(OSError):
                os.unlink(temp)
        raise
    _sync_folder(folder)


def _keep_owner_and_mode(name: str, fd: int, existing: os.stat_result) -> None:
    if hasattr(os, "fchown") and (existing.st_uid, existing.st_gid) != _owner(fd):
        try:
            os.fchown(fd, existing.st_uid, existing.st_gid)
        except PermissionError:
            raise OutputError(
                f"cannot keep the owner of {name} (user {existing.st_uid}, group {existing.st_gid}), "
                "so it is left as it was: write to another name"
            ) from None
    if hasattr(os, "fchmod"):
        os.fchmod(fd, stat.S_IMODE(existing.st_mode))


def _owner(fd: int) -> tuple[int, int]:
    st = os.fstat(fd)
    return st.st_uid, st.st_gid


class _Stopped(BaseException):
    """A stopping signal arrived while a temporary file existed."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


@contextlib.contextmanager
def _removed_if_stopped(temp: str) -> Iterator[None]:
    """While the block runs, a signal that would end the process removes ``temp`` first, then ends it as
    it would have. Only signals left to their default action are caught (not one a caller ignores or
    handles), and only in the main thread, the one Python delivers signals to."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum: int, frame: FrameType | None) -> None:
        raise _Stopped(signum)

    defaults = [signum for signum in _STOPPING if signal.getsignal(signum) is signal.SIG_DFL]
    previous = {signum: signal.signal(signum, stop) for signum in defaults}
    try:
        yield
    except _Stopped as stopped:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        signal.raise_signal(stopped.signum)  # ends the process as the signal would have, now that temp is gone
        raise  # if the signal's handler returned: the write did not happen
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def _sync_folder(folder: str) -> None:
    """Make the rename itself durable (POSIX); where a folder cannot be opened, the rename stands."""
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
