"""The digest of the packaged data files, which each compiled official calendar carries.

A compiled calendar made from other data than the TOML files beside it would answer one thing from its
arrays and another from ``Calendar(as_of=…)``, which compiles those files: the digest, written into the
compiled file when it is made and compared whenever the files are read, finds that before any answer.
"""

from __future__ import annotations

import hashlib
import os
from functools import cache

from ..datapath import Base, in_use
from .estimates import FILE as ESTIMATES_FILE


def packaged_digest(base: Base | None = None) -> str:
    """A digest of every data file of the base in use (``azcal.datapath``), or of ``base``: the law, each
    year's decisions, the estimates, by name and content."""
    return _digest_of(base or in_use().base)


@cache
def _digest_of(base: Base) -> str:
    names = ["holidays.toml", ESTIMATES_FILE]
    names += [
        f"decisions/{n}" for n in sorted(os.listdir(os.path.join(base.folder, "decisions"))) if n.endswith(".toml")
    ]
    digest = hashlib.blake2b(digest_size=16)
    for name in names:
        with open(os.path.join(base.folder, name), "rb") as file:
            content = file.read()
        # each file's name and length first, so that no two sets of files give the same stream
        digest.update(f"{os.path.basename(name)}\0{len(content)}\0".encode())
        digest.update(content)
    return digest.hexdigest()
