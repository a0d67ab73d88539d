"""One loader for the JSON data files shipped beside the code (vocabularies, gazetteers, tables)."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=64)
def load_json(package: str, name: str) -> Any:
    """The parsed JSON resource `name` of `package` (read once; callers must not mutate it)."""
    return json.loads(resources.files(package).joinpath(name).read_text("utf-8"))
