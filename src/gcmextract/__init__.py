"""gcmextract: structured extraction from country submissions on the Global Compact for Migration.

import gcmextract
result = gcmextract.extract("report.pdf")   # a pydantic Extraction
"""

__version__ = "0.1.0"
EXTRACTOR_VERSION = "0.1.0"

from gcmextract.api import extract, extract_text  # noqa: E402
from gcmextract.errors import GcmError, InputError, UsageError  # noqa: E402
from gcmextract.schema import Extraction  # noqa: E402

__all__ = [
    "Extraction",
    "GcmError",
    "InputError",
    "UsageError",
    "__version__",
    "extract",
    "extract_text",
]
