"""Every gold set is well-formed, matches its source text (a byte-for-byte copy of the shared file)
and is reproduced by `build_gold.py` from its labels module."""

from __future__ import annotations

import importlib
import importlib.util
import re
from pathlib import Path
from types import ModuleType

import pytest

from gcmextract.evaluate.gold import GOLD_FIELDS, GoldSet, load_gold

ROOT = Path(__file__).resolve().parents[2]
GOLD_DIR = ROOT / "corpus" / "gold"
SHARED = ROOT.parent / "shared"
ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?|-(SP|SU|FA|WI))?$")
# (labels module, the shared file its source copies (None: composed for the project), submitting
# country, sections declared)
SETS = [
    ("labels", SHARED / "corpus" / "canada-2021-annex.txt", "Canada", 6),
    ("labels_bgd_2021", SHARED / "ungd" / "2021" / "BGD_76_2021.txt", "Bangladesh", 0),
    ("labels_ecu_2022", SHARED / "ungd" / "2022" / "ECU_77_2022.txt", "Ecuador", 0),
    ("labels_ken_2024", SHARED / "ungd" / "2024" / "KEN_79_2024.txt", "Kenya", 0),
    ("labels_gtm_2022", None, "Guatemala", 7),
    ("labels_sen_2022", None, "Senegal", 7),
]
# sources that prepend a written front matter (an acronym list) to the shared statement
PREFIXED = {"labels_ken_2024"}
IDS = [s[0] for s in SETS]


@pytest.fixture(scope="module")
def builder() -> ModuleType:
    """corpus/gold/build_gold.py, loaded as a module (it puts corpus/gold on sys.path)."""
    spec = importlib.util.spec_from_file_location("build_gold", GOLD_DIR / "build_gold.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _load(builder: ModuleType, name: str) -> tuple[ModuleType, GoldSet, str]:
    labels = importlib.import_module(name)
    source = (ROOT / labels.DOCUMENT["source"]).read_text(encoding="utf-8")
    return labels, load_gold(builder.out_path(labels)), source


@pytest.mark.parametrize(("name", "shared", "country", "n_sections"), SETS, ids=IDS)
def test_gold_source_is_the_shared_file(
    builder: ModuleType, name: str, shared: Path | None, country: str, n_sections: int
) -> None:
    labels = importlib.import_module(name)
    if shared is None:
        pytest.skip(f"{labels.DOCUMENT['source']}: composed for the project, no shared original")
    if not shared.exists():
        pytest.skip(f"{shared.name}: the shared statements are not beside this checkout")
    source = (ROOT / labels.DOCUMENT["source"]).read_bytes()
    if name in PREFIXED:
        assert source.endswith(shared.read_bytes())
    else:
        assert shared.read_bytes() == source


@pytest.mark.parametrize("field", GOLD_FIELDS)
@pytest.mark.parametrize("name", IDS)
def test_gold_offsets_sorted_unique(builder: ModuleType, name: str, field: str) -> None:
    _, gold, source = _load(builder, name)
    mentions = getattr(gold, field)
    for m in mentions:
        assert source[m.start : m.end] == m.text
        assert m.text == m.text.strip()
        assert not m.text.lower().startswith("the ")
        assert not re.search(r"[.,;:]$", m.text)
    spans = [(m.start, m.end) for m in mentions]
    assert spans == sorted(spans)
    assert len(spans) == len(set(spans))


@pytest.mark.parametrize(("name", "shared", "country", "n_sections"), SETS, ids=IDS)
def test_gold_values_well_formed(
    builder: ModuleType, name: str, shared: Path | None, country: str, n_sections: int
) -> None:
    _, gold, source = _load(builder, name)
    assert gold.organizations and gold.amounts and gold.dates
    for d in gold.dates:
        parts = d.value.split("/")
        assert (d.kind == "range") == (len(parts) == 2)
        assert all(ISO.match(p) for p in parts), d.value
    for a in gold.amounts:
        assert a.value > 0
        assert (a.kind == "money") == (a.currency is not None)
        if a.currency:
            assert re.fullmatch(r"[A-Z]{3}", a.currency)
        if a.value_max is not None:
            assert a.value_max > a.value
    for r in gold.objective_refs:
        assert r.objectives == sorted(set(r.objectives))
        assert all(1 <= n <= 23 for n in r.objectives)
    for o in gold.organizations:
        assert o.canonical.strip() == o.canonical
    assert len(gold.sections) == n_sections
    assert bool(gold.objective_refs) == bool(n_sections)  # only the submission names objectives
    for s in gold.sections:
        assert source[s.start : s.end] == s.heading
    assert gold.document.country == country


@pytest.mark.parametrize("name", IDS)
def test_gold_build_script_reproduces_file(builder: ModuleType, name: str) -> None:
    labels = importlib.import_module(name)
    path = builder.out_path(labels)
    assert builder.render(builder.build(labels)) == path.read_text(encoding="utf-8")
