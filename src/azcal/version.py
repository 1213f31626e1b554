"""The version of azcal's code (the data has its own: ``Calendar.data_version``)."""

__version__ = "0.2.0"
