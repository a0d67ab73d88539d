"""Real labelled passages: the loader's checks (one-line errors naming file and line), the split by
page, and the agreement figures."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from gcmextract.classify.agreement import agreement, cohen_kappa
from gcmextract.classify.real import REAL_DIR, SHARED, load_real, shared_available
from gcmextract.errors import InputError

needs_shared = pytest.mark.skipif(
    not shared_available(), reason="../shared/passages/ (the real pages) is not beside the checkout"
)
PAGE = "Migrant workers send remittances home.\n\nA second paragraph on recruitment fees."


def _setup(tmp_path: Path, labels: list[dict], page: str = PAGE, **span) -> tuple[Path, Path]:
    shared = tmp_path / "shared"
    (shared / "passages" / "en").mkdir(parents=True)
    (shared / "passages" / "en" / "p.txt").write_text(page, encoding="utf-8")
    row = {
        "id": "en/p#1",
        "file": "passages/en/p.txt",
        "sha256": hashlib.sha256(page.encode()).hexdigest(),
        "start": 0,
        "end": 38,
        "language": "en",
        "kind": "ngo",
        "split": "train",
    } | span
    passages = tmp_path / "passages.jsonl"
    passages.write_text(json.dumps(row) + "\n", encoding="utf-8")
    label_file = tmp_path / "labels.jsonl"
    label_file.write_text("".join(json.dumps(r) + "\n" for r in labels), encoding="utf-8")
    return passages, label_file


GOOD = [{"id": "en/p#1", "primary": 20, "also": [6], "labeller": "A"}]


def test_real_loader_reads_a_valid_span(tmp_path: Path) -> None:
    passages, labels = _setup(tmp_path, GOOD)
    (p,) = load_real(passages, labels, tmp_path / "shared")
    assert p.text == "Migrant workers send remittances home."
    assert p.objectives == [20, 6] and p.page == "en/p" and p.split == "train"


@pytest.mark.parametrize(
    ("labels", "span", "edit", "message", "where"),
    [
        (GOOD, {}, "delete", "not found", "passages.jsonl: line 1"),
        (GOOD, {}, "change", "sha256 differs", "passages.jsonl: line 1"),
        (
            [{"id": "en/p#1", "primary": 24, "also": []}],
            {},
            None,
            "unknown objective 24",
            "labels.jsonl: line 1",
        ),
        (
            [{"id": "en/p#1", "primary": 5, "also": [0]}],
            {},
            None,
            "unknown objective 0",
            "labels.jsonl: line 1",
        ),
        (GOOD, {"start": 38, "end": 40}, None, "empty passage", "passages.jsonl: line 1"),
        (GOOD, {"end": 5000}, None, "outside", "passages.jsonl: line 1"),
        (
            GOOD + [{"id": "en/q#1", "primary": 3}],
            {},
            None,
            "unknown passage en/q#1",
            "labels.jsonl: line 2",
        ),
        (GOOD + GOOD, {}, None, "labelled twice", "labels.jsonl: line 2"),
    ],
)
def test_real_loader_names_file_and_line_of_each_fault(
    tmp_path: Path, labels: list[dict], span: dict, edit: str | None, message: str, where: str
) -> None:
    passages, label_file = _setup(tmp_path, labels, **span)
    page = tmp_path / "shared" / "passages" / "en" / "p.txt"
    if edit == "delete":
        page.unlink()
    elif edit == "change":
        page.write_text(PAGE.replace("home", "back"), encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_real(passages, label_file, tmp_path / "shared")
    assert message in str(err.value) and where in str(err.value)
    assert "\n" not in str(err.value)


def test_real_loader_rejects_a_line_that_is_not_json(tmp_path: Path) -> None:
    passages, labels = _setup(tmp_path, GOOD)
    labels.write_text(json.dumps(GOOD[0]) + "\n{oops\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"labels.jsonl: line 2: not JSON"):
        load_real(passages, labels, tmp_path / "shared")


def test_cohen_kappa_against_a_hand_computed_case() -> None:
    # 10 items: 8 agree; marginals A: x 5, y 5; B: x 5, y 5 -> pe 0.5, kappa (0.8-0.5)/0.5 = 0.6
    a = list("xxxxxyyyyy")
    b = list("xxxxyxyyyy")
    assert cohen_kappa(a, b) == pytest.approx(0.6)
    assert cohen_kappa(a, a) == 1.0
    assert cohen_kappa(["x", "y"], ["y", "x"]) == pytest.approx(-1.0)


def test_agreement_counts_none_as_a_label(tmp_path: Path) -> None:
    one, two = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    one.write_text(
        "".join(
            json.dumps({"id": f"es/p#{i}", "primary": p}) + "\n"
            for i, p in enumerate([1, None, 3, 3])
        ),
        encoding="utf-8",
    )
    two.write_text(
        "".join(
            json.dumps({"id": f"es/p#{i}", "primary": p}) + "\n" for i, p in enumerate([1, 2, 3, 3])
        ),
        encoding="utf-8",
    )
    a = agreement(one, two)
    assert a["all"]["top1_agreement"] == 0.75 and a["es"]["passages"] == 4
    assert a["all"]["kappa"] == pytest.approx(cohen_kappa([1, None, 3, 3], [1, 2, 3, 3]), abs=1e-4)


@needs_shared
def test_real_passages_split_by_page_with_enough_test_passages() -> None:
    passages = load_real()
    assert len(passages) >= 300
    sides: dict[str, set[str]] = {}
    for p in passages:
        sides.setdefault(p.page, set()).add(p.split)
    assert all(len(s) == 1 for s in sides.values())
    test = [p for p in passages if p.split == "test"]
    assert len(test) >= 100
    for lang in ("es", "fr"):
        assert sum(p.language == lang for p in test) >= 25
        assert sum(p.language == lang for p in passages) >= 60


@needs_shared
def test_real_readme_agreement_is_what_the_label_files_give() -> None:
    a = agreement()
    assert a["all"]["passages"] >= 80
    readme = (REAL_DIR / "README.md").read_text("utf-8")
    for key in ("en", "es", "fr", "all"):
        r = a[key]
        assert f"| {key} | {r['passages']} | {r['top1_agreement']} | {r['kappa']} |" in readme


def test_real_label_files_are_stand_off_only() -> None:
    """No text is copied into the repository: label lines hold ids and labels only."""
    for name in ("labels.jsonl", "labels-second.jsonl"):
        for line in (REAL_DIR / name).read_text("utf-8").splitlines():
            assert set(json.loads(line)) <= {"id", "primary", "also", "labeller"}
    assert SHARED.name == "shared"
