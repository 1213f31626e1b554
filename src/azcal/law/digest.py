"""The digest of the packaged data files, which each compiled official calendar carries.

A compiled calendar made from other data than the TOML files beside it would answer one thing from its
arrays and another from ``Calendar(as_of=…)``, which compiles those files: the digest, written into the
compiled file when it is made and compared whenever the files are read, finds that before any answer.
"""

from __future__ import annotations

import hashlib
from functools import cache
from importlib import resources

from .estimates import FILE as ESTIMATES_FILE


@cache
def packaged_digest() -> str:
    """A digest of every packaged data file (the law, each year's decisions, the estimates), by name and content."""
    data = resources.files(__package__) / "data"
    files = [data / "holidays.toml", data / ESTIMATES_FILE]
    files += sorted((f for f in (data / "decisions").iterdir() if f.name.endswith(".toml")), key=lambda f: f.name)
    digest = hashlib.blake2b(digest_size=16)
    for file in files:
        content = file.read_bytes()
        # each file's name and length first, so that no two sets of files give the same stream
        digest.update(f"{file.name}\0{len(content)}\0".encode())
        digest.update(content)
    return digest.hexdigest()
