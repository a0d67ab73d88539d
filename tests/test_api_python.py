"""The Python API: `gcmextract.extract(path)` and `gcmextract.extract_text(text)` return the pydantic
Extraction with offsets into the input; bad input raises a one-line InputError; the package is typed
and runs as `python -m gcmextract`."""

from __future__ import annotations

import subprocess
import sys
from importlib import metadata, resources
from pathlib import Path

import pytest

import gcmextract

TEXT = (
    "Kenya: voluntary GCM review\n\n"
    "In March 2022 the State Department for Immigration and IOM assisted over 1,200 returnees with "
    "KES 15 million, and the central bank cut the cost of sending remittances home.\n"
)


def test_api_extract_text_returns_extraction_with_offsets_into_text() -> None:
    result = gcmextract.extract_text(TEXT)
    assert isinstance(result, gcmextract.Extraction)
    assert result.document.country == "Kenya" and result.document.format == "txt"
    money = [a for a in result.amounts if a.kind == "money"]
    assert [(a.text, a.value, a.currency) for a in money] == [("KES 15 million", 15e6, "KES")]
    for m in [*result.amounts, *result.dates, *result.organizations]:
        assert TEXT[m.start : m.end] == m.text
    assert [d.value for d in result.dates] == ["2022-03"]
    assert 20 in {o.objective for o in result.objectives if not o.explicit}


def test_api_extract_text_country_and_language_override_detection() -> None:
    result = gcmextract.extract_text(TEXT, country="UG", language="sw", id="note")
    assert (result.document.country, result.document.language) == ("Uganda", "sw")
    assert result.document.id == "note"
    with pytest.raises(gcmextract.UsageError, match="unknown country"):
        gcmextract.extract_text(TEXT, country="Atlantis")


def test_api_extract_reads_a_file_like_the_cli(tmp_path: Path) -> None:
    path = tmp_path / "kenya-2022.md"
    path.write_text(TEXT, encoding="utf-8")
    result = gcmextract.extract(path)
    assert result.document.id == "kenya-2022" and result.document.format == "md"
    assert result.model_dump(exclude={"document"}) == gcmextract.extract_text(
        TEXT, format="md"
    ).model_dump(exclude={"document"})


@pytest.mark.parametrize(
    ("name", "content", "problem"), [("missing.txt", None, "no such file"), ("e.txt", "", "empty")]
)
def test_api_bad_input_raises_one_line_error(
    tmp_path: Path, name: str, content: str | None, problem: str
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(gcmextract.InputError, match=problem) as info:
        gcmextract.extract(path)
    assert "\n" not in str(info.value)


def test_api_package_is_typed_and_runs_as_module() -> None:
    assert resources.files("gcmextract").joinpath("py.typed").is_file()
    assert gcmextract.__version__ == metadata.version("gcmextract")
    proc = subprocess.run(
        [sys.executable, "-m", "gcmextract", "--version"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0 and proc.stdout.split() == ["gcmextract", gcmextract.__version__]
