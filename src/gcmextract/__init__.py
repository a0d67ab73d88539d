"""gcmextract: structured extraction from country submissions on the Global Compact for Migration."""

__version__ = "0.1.0"
EXTRACTOR_VERSION = "0.1.0"
