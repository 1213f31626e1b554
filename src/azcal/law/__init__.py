"""The law and the Cabinet's decisions as data: ``loading`` reads and checks the TOML files, ``model``
holds what they say as small immutable values, ``estimates`` the Eid dates not yet decided.

``loading`` is the front; each job of reading has its module: ``files`` (finding and reading the files),
``lines`` (parsing, and the line of each entry for the errors), ``fields`` (typed reads and the collecting
of problems), ``legible`` (lengths, and text that shows as written), ``statute``, ``holiday_rules`` and
``decisions`` (each kind of entry; a decision's fields are one table), ``checks`` (the file as a whole).

This file imports nothing, so that reading a compiled calendar's law (``law.model``) does not load the
TOML reader.
"""
