"""The law and the Cabinet's decisions as data: ``loading`` reads and checks the TOML files, ``model``
holds what they say as small immutable values, ``estimates`` the Eid dates not yet decided.

This file imports nothing, so that reading a compiled calendar's law (``law.model``) does not load the
TOML reader.
"""
