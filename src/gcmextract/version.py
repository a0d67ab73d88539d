"""The package's version and the extractor version stamped on every output (importable from any
layer without loading the pipeline)."""

__version__ = "0.1.0"
EXTRACTOR_VERSION = "0.1.0"
