"""gcmextract: structured extraction from country submissions on the Global Compact for Migration.

import gcmextract
result = gcmextract.extract("report.pdf")   # a pydantic Extraction
"""

from gcmextract.api import extract, extract_text
from gcmextract.errors import GcmError, InputError, UsageError
from gcmextract.schema import Extraction
from gcmextract.version import EXTRACTOR_VERSION as EXTRACTOR_VERSION
from gcmextract.version import __version__

__all__ = [
    "Extraction",
    "GcmError",
    "InputError",
    "UsageError",
    "__version__",
    "extract",
    "extract_text",
]
