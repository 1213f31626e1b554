"""One lock around everything azcal makes on first use, taken by ``os.fork`` too.

Compiling a calendar, loading a compiled file and decoding its table each happen once, under a lock,
and import modules as they go (an import holds that module's lock while it runs). Were a process to
fork while another of its threads was in the middle of one, the child would inherit those locks held
by a thread it does not have, and its first such question would wait forever. So all of it runs under
this one lock, and a fork takes the lock first: a child is made between two makings, never during one.
"""

from __future__ import annotations

import _thread
import os

MAKING = _thread.RLock()  # re-entrant: compiling a calendar loads the official one; _thread keeps `import azcal` light

if hasattr(os, "register_at_fork"):  # where processes fork (not Windows)
    os.register_at_fork(before=MAKING.acquire, after_in_parent=MAKING.release, after_in_child=MAKING.release)
