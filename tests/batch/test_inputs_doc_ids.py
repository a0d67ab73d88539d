"""Output ids: stable, from the whole relative path (extension and folders kept, Unicode kept),
never colliding; inputs that would still share an output are refused before any work, naming both."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_cli
from gcmextract.batch.inputs import check_collisions, doc_id
from gcmextract.errors import UsageError
from gcmextract.schema import Extraction

COLLIDING = [
    "Ghana report.txt",
    "Ghana-report.txt",
    "Россия.txt",
    "Україна.txt",
    "a-txt.txt",
    "a.txt",
    "a.pdf",
    "sub1/x.txt",
    "sub1-x-txt.md",
    "sub1~x.txt",
]


def test_inputs_doc_id_is_injective_and_readable() -> None:
    ids = [doc_id(p) for p in COLLIDING]
    assert len(set(ids)) == len(ids)
    assert doc_id("Россия.txt") == "Россия.txt"
    assert doc_id("sub1/x.txt") == "sub1~x.txt" and doc_id("sub1~x.txt") != "sub1~x.txt"
    assert doc_id("KEN_77_2022.md") == "KEN_77_2022.md"
    assert doc_id("Ghana report.txt") == "Ghana%20report.txt"
    assert doc_id("") and doc_id("ä" * 300 + ".txt") != doc_id("ä" * 301 + ".txt")
    assert len(doc_id("ä" * 300 + ".txt").encode()) <= 200


def test_inputs_collision_check_names_both() -> None:
    with pytest.raises(UsageError) as err:
        check_collisions(
            {"in/Report.txt": doc_id("Report.txt"), "in/report.txt": doc_id("report.txt")}
        )
    assert "in/Report.txt" in str(err.value) and "in/report.txt" in str(err.value)


def test_inputs_ten_colliding_names_give_ten_outputs(tmp_path: Path) -> None:
    src = tmp_path / "in"
    for i, name in enumerate(COLLIDING):
        path = src / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if name.endswith(".pdf"):
            from reportlab.pdfgen import canvas

            c = canvas.Canvas(str(path))
            c.drawString(72, 720, f"In 2021 Chile issued {i + 1},000 humanitarian visas.")
            c.save()
        else:
            path.write_text(f"In 2021 Chile issued {i + 1},000 humanitarian visas.\n", "utf-8")
    out = tmp_path / "out"
    proc = run_cli("batch", str(src), "-o", str(out), "-w", "1", "--json")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["ok"] == 10
    outputs = sorted(out.glob("*.json"))
    assert len(outputs) == 10
    values = {
        Extraction.model_validate_json(p.read_bytes()).amounts[0].value for p in outputs
    }  # each output holds its own input's number
    assert values == {float((i + 1) * 1000) for i in range(10)}
    proc = run_cli("batch", str(src), "-o", str(out), "-w", "1", "--json")
    assert json.loads(proc.stdout)["skipped"] == 10  # reruns find every output


def test_inputs_second_folder_colliding_with_first_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "out"
    for name in ("one", "two"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "report.txt").write_text(f"Folder {name}: 300 visas in 2021.", "utf-8")
    assert run_cli("batch", str(tmp_path / "one"), "-o", str(out), "-w", "1").returncode == 0
    before = (out / "report.txt.json").read_text("utf-8")
    proc = run_cli("batch", str(tmp_path / "two"), "-o", str(out), "-w", "1")
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert "one" in proc.stderr and "two" in proc.stderr and "report.txt" in proc.stderr
    assert (out / "report.txt.json").read_text("utf-8") == before
