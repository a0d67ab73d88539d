"""Label Studio round trip: draft tasks, import of a corrected export, validation of every region."""

from __future__ import annotations

import copy
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from conftest import CANADA_TXT, run_cli
from gcmextract.annotate.labelstudio import (
    ImportProblems,
    Utf16Offsets,
    draft_tasks,
    field_specs,
    import_export,
    label_config,
)

EXPORT = Path(__file__).resolve().parent.parent / "data" / "labelstudio-export.json"


@pytest.fixture(scope="module")
def canada_task(nlp):  # type: ignore[no-untyped-def]
    from gcmextract.ingest import read_document
    from gcmextract.pipeline import extract_document

    document = read_document(CANADA_TXT)
    return draft_tasks([(extract_document(document, nlp=nlp), document.text)])[0]


def _as_export(task: dict, result: list[dict]) -> list[dict]:
    """A task as Label Studio exports it once an annotator submitted `result`."""
    return [
        {
            "id": 1,
            "data": task["data"],
            "annotations": [{"id": 1, "result": result, "was_cancelled": False}],
            "predictions": [],
        }
    ]


def _mentions(gold) -> set[tuple]:  # type: ignore[no-untyped-def]
    return {
        (field, json.dumps(m.model_dump(), sort_keys=True))
        for field in ("organizations", "amounts", "dates", "objective_refs")
        for m in getattr(gold, field)
    }


def test_labelstudio_round_trip_keeps_exactly_the_corrections(canada_task: dict) -> None:
    result = canada_task["predictions"][0]["result"]
    text = canada_task["data"]["text"]
    draft = import_export(_as_export(canada_task, result))["canada-2021-annex"]
    labels = {r["id"]: r for r in result if r["type"] == "labels"}
    money = [
        r["id"]
        for r in result
        if r["from_name"] == "amount_currency" and r["value"]["text"] == ["CAD"]
    ]
    deleted = next(rid for rid in labels if rid.startswith("dat"))
    moved = next(
        rid for rid in labels if rid.startswith("org") and " " in labels[rid]["value"]["text"]
    )
    recurrenced = money[0]
    corrected = []
    for r in copy.deepcopy(result):
        if r["id"] == deleted:
            continue
        if r["id"] == moved:  # drop the first word of the span
            r["value"]["start"] = text.index(" ", r["value"]["start"]) + 1
            if r["type"] == "labels":
                r["value"]["text"] = text[r["value"]["start"] : r["value"]["end"]]
        if r["id"] == recurrenced and r["from_name"] == "amount_currency":
            r["value"]["text"] = ["USD"]
        corrected.append(r)
    fixed = import_export(_as_export(canada_task, corrected))["canada-2021-annex"]
    removed, added = _mentions(draft) - _mentions(fixed), _mentions(fixed) - _mentions(draft)
    assert len(removed) == 3 and len(added) == 2
    kinds = {f for f, _ in removed}
    assert {"dates", "organizations", "amounts"} == kinds
    new = {f: json.loads(m) for f, m in added}
    assert new["amounts"]["currency"] == "USD"
    org = new["organizations"]
    assert (
        org["text"] == text[org["start"] : org["end"]]
        and org["start"] > labels[moved]["value"]["start"]
    )
    assert len(fixed.dates) == len(draft.dates) - 1


def test_labelstudio_draft_lists_doubtful_mentions_first(canada_task: dict) -> None:
    scores = [r["score"] for r in canada_task["predictions"][0]["result"] if "score" in r]
    per_field: dict[str, list[float]] = {}
    for r in canada_task["predictions"][0]["result"]:
        if "score" in r:
            per_field.setdefault(r["id"][:3], []).append(r["score"])
    assert all(v == sorted(v) for v in per_field.values())
    assert canada_task["predictions"][0]["score"] == min(scores)


def test_labelstudio_import_reads_a_real_export_shape() -> None:
    golds = import_export(json.loads(EXPORT.read_text(encoding="utf-8")))
    gold = golds["gha-2022-review"]
    text = json.loads(EXPORT.read_text(encoding="utf-8"))[0]["data"]["text"]
    # the latest annotation wins; the cancelled one is ignored
    assert [o.text for o in gold.organizations] == [
        "Ministry of Labour and Social Protection",
        "MLSP",
        "IOM",
    ]
    (amount,) = gold.amounts
    # offsets are code points although the flag emoji takes four UTF-16 units
    assert text[amount.start : amount.end] == "USD 250,000" == amount.text
    assert (amount.kind, amount.value, amount.currency) == ("money", 250000.0, "USD")
    assert gold.organizations[0].type == "government" and gold.organizations[2].type == "igo"
    (ref,) = gold.objective_refs
    assert ref.objectives == [6, 23] and ref.optional and ref.note == "list in brackets"
    assert gold.dates[0].value == "2022"
    assert gold.document.country == "Ghana"


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (lambda r: r[0]["value"].update(end=10_000), "outside the text"),
        (lambda r: r[0]["value"].update(text="Ministry of Labour"), "is not the source's"),
        (lambda r: r[12]["value"].update(text=["a lot"]), "is not a number"),
        (lambda r: r[0]["value"].update(labels=["Person"]), "is not one of"),
        (lambda r: r.append({**r[1], "from_name": "date_value"}), "does not apply to"),
        (lambda r: r.__delitem__(0), "attributes without a labelled span"),
        (lambda r: r[-3]["value"].update(text=["6, 24"]), "numbered 1 to 23"),
    ],
)
def test_labelstudio_import_names_each_problem(change, problem) -> None:  # type: ignore[no-untyped-def]
    export = json.loads(EXPORT.read_text(encoding="utf-8"))
    change(export[0]["annotations"][1]["result"])
    with pytest.raises(ImportProblems) as info:
        import_export(export)
    assert any(problem in p and p.startswith("task 41, region Xa") for p in info.value.problems)


def test_labelstudio_import_needs_a_completed_annotation() -> None:
    export = json.loads(EXPORT.read_text(encoding="utf-8"))
    for a in export[0]["annotations"]:
        a["was_cancelled"] = True
    with pytest.raises(ImportProblems, match="task 41: no completed annotation"):
        import_export(export)


def test_labelstudio_config_is_xml_with_every_control() -> None:
    root = ET.fromstring(label_config())
    labels = {e.get("value") for e in root.iter("Label")}
    assert labels == {s.label for s in field_specs().values()}
    controls = {e.get("name") for e in root.iter() if e.get("perRegion") == "true"}
    wanted = {a.control for s in field_specs().values() for a in s.attributes}
    assert controls == wanted


@pytest.mark.parametrize(
    "text", ["plain ascii", "émigré café", "flag 🇬🇭 here", "😀😀 two", "mixed 😀 é 𝒳 end"]
)
def test_labelstudio_utf16_offsets_round_trip(text: str) -> None:
    offsets = Utf16Offsets(text)
    encoded = text.encode("utf-16-le")
    for i in range(len(text) + 1):
        js = offsets.to_js(i)
        assert encoded[: 2 * js].decode("utf-16-le") == text[:i]
        assert offsets.to_py(js) == i


def test_labelstudio_cli_draft_then_import(tmp_path: Path) -> None:
    doc = tmp_path / "ken-2023-review.txt"
    doc.write_text(
        "Kenya report. In March 2023 the State Department for Diaspora Affairs and IOM "
        "trained 120 officers with KES 2.5 billion (Objectives 2 to 4).\n",
        encoding="utf-8",
    )
    tasks = tmp_path / "ls" / "tasks.json"
    done = run_cli("gold", "draft", str(doc), "-o", str(tasks), "-q")
    assert done.returncode == 0, done.stderr
    assert ET.parse(tmp_path / "ls" / "labels.xml").getroot().tag == "View"
    (task,) = json.loads(tasks.read_text(encoding="utf-8"))
    labels = [
        r["value"]["labels"][0] for r in task["predictions"][0]["result"] if r["type"] == "labels"
    ]
    assert {"Amount", "Date", "ObjectiveRef"} <= set(labels)
    export = tmp_path / "export.json"
    export.write_text(
        json.dumps(_as_export(task, task["predictions"][0]["result"])), encoding="utf-8"
    )
    out = tmp_path / "gold"
    done = run_cli("gold", "import", str(export), "-o", str(out), "-q")
    assert done.returncode == 0, done.stderr
    gold = json.loads((out / "ken-2023-review.gold.json").read_text(encoding="utf-8"))
    assert any(a.get("currency") == "KES" and a["value"] == 2.5e9 for a in gold["amounts"])
    again = run_cli("gold", "import", str(export), "-o", str(out))
    assert again.returncode == 1 and "--force" in again.stderr


def test_labelstudio_cli_import_reports_problems_one_per_line(tmp_path: Path) -> None:
    export = json.loads(EXPORT.read_text(encoding="utf-8"))
    export[0]["annotations"][1]["result"][0]["value"]["end"] = 10_000
    export[0]["annotations"][1]["result"][12]["value"]["text"] = ["lots"]
    path = tmp_path / "export.json"
    path.write_text(json.dumps(export), encoding="utf-8")
    done = run_cli("gold", "import", str(path), "-o", str(tmp_path / "gold"))
    lines = done.stderr.strip().splitlines()
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert len(lines) == 3 and all(line.startswith("gcmextract: error: ") for line in lines)
    assert not (tmp_path / "gold").exists()
