"""One loader for the JSON data files shipped beside the code, and typed validation of them: an
unknown or missing key, a wrong type or a regex that does not compile fails at load, naming the file
and the key."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from typing import Annotated, Any, TypeVar

from pydantic import AfterValidator, BaseModel, ValidationError

M = TypeVar("M", bound=BaseModel)


class LexiconError(ValueError):
    """A data file that does not match its model."""


@lru_cache(maxsize=64)
def load_json(package: str, name: str) -> Any:
    """The parsed JSON resource `name` of `package` (read once; callers must not mutate it)."""
    return json.loads(resources.files(package).joinpath(name).read_text("utf-8"))


def validate(data: Any, model: type[M], where: str) -> M:
    """`data` as `model`; LexiconError naming `where` and the first offending key otherwise."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        key = ".".join(str(p) for p in err["loc"]) or "(top)"
        raise LexiconError(f"{where}: {key}: {err['msg']}") from None


def load_model(package: str, name: str, model: type[M]) -> M:
    """The JSON resource `name` of `package`, validated as `model`."""
    return validate(load_json(package, name), model, f"{package.replace('.', '/')}/{name}")


def _compiles(pattern: str) -> str:
    """A regex fragment, checked to compile."""
    try:
        re.compile(pattern)
    except re.error as exc:
        raise ValueError(f"invalid regex {pattern!r}: {exc}") from None
    return pattern


Regex = Annotated[str, AfterValidator(_compiles)]
