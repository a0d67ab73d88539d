"""Byte-identity check across a refactor: extract the same files with two revisions of gcmextract and
compare the JSON of every document byte for byte, naming the fields that differ.

    python bench/identity.py run [--ungd DIR] [--out DIR] [--parallel] BEFORE AFTER [FILES...]
        unpacks both revisions (`git archive`) under --out, extracts every input with each one
        (PYTHONPATH=<tree>/src, checked: every gcmextract module, entry-point factories included,
        must load from that tree) and compares; inputs default to the corpus documents and every
        statement under --ungd (default: ../shared/ungd beside the repository, when present).
    python bench/identity.py extract OUT FILES...    # with the gcmextract on sys.path
    python bench/identity.py compare A B             # two output folders; exit 1 on any difference
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS_SUFFIXES = (".txt", ".pdf", ".docx", ".html", ".md")


def output_name(path: Path) -> str:
    """The output file of one input: its folder and name (corpus and year folders stay apart)."""
    return f"{path.parent.name}__{path.name}.json"


def _check_origin(tree: Path) -> None:
    """Fail unless every loaded gcmextract module, and the package metadata spaCy reads its entry
    points from, come from the revision of `tree` (PYTHONPATH beat the installed package)."""
    from importlib.metadata import distribution

    meta = Path(str(distribution("gcmextract").locate_file(""))).resolve()
    if tree.parent not in (meta, *meta.parents):
        sys.exit(
            f"identity: gcmextract metadata (entry points) read from {meta}, not {tree.parent}"
        )
    stray = sorted(
        name
        for name, mod in list(sys.modules.items())
        if name.split(".")[0] == "gcmextract"
        and getattr(mod, "__file__", None)
        and tree.parent not in Path(mod.__file__).resolve().parents  # type: ignore[arg-type]
    )  # the revision's src/ and, where it has one, its top-level models/
    if stray:
        sys.exit(f"identity: modules loaded from outside {tree.parent}: {', '.join(stray[:5])}")


def extract(out: Path, files: list[Path]) -> None:
    """Extract each file with the gcmextract on sys.path into `out` (existing outputs are kept)."""
    import gcmextract
    from gcmextract.ingest import read_document
    from gcmextract.pipeline import build_nlp, extract_document

    pythonpath = os.environ.get("PYTHONPATH", "").split(os.pathsep)[0]
    tree = Path(pythonpath or Path(gcmextract.__file__).parent.parent).resolve()
    _check_origin(tree)
    print(f"code: {tree}", file=sys.stderr)
    out.mkdir(parents=True, exist_ok=True)
    nlp = build_nlp()
    checked = False
    t0 = time.perf_counter()
    for i, f in enumerate(files, 1):
        target = out / output_name(f)
        if target.exists():
            continue
        try:
            payload = extract_document(read_document(f), nlp=nlp).model_dump_json(indent=2)
        except Exception as exc:  # an error is an output too: it must not change either
            payload = f"ERROR {type(exc).__name__}: {exc}"
        if not checked:  # after the first document every component has been imported
            _check_origin(tree)
            checked = True
        tmp = target.with_suffix(".tmp")
        tmp.write_text(payload, encoding="utf-8")
        tmp.replace(target)
        if i % 100 == 0:
            print(f"  {i}/{len(files)} in {time.perf_counter() - t0:.0f} s", file=sys.stderr)


def _leaves(value: object, path: str = "") -> Iterator[tuple[str, object]]:
    """(path, leaf) pairs of a JSON value; list indices shown as [] so paths group by field."""
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _leaves(v, f"{path}.{k}" if path else k)
    elif isinstance(value, list):
        yield f"{path}#len", len(value)
        for v in value:
            yield from _leaves(v, f"{path}[]")
    else:
        yield path, value


def differing_fields(a: str, b: str) -> list[str]:
    """The field paths whose values differ between two outputs (multisets of leaves per path)."""
    try:
        ja, jb = json.loads(a), json.loads(b)
    except json.JSONDecodeError:
        return ["<not JSON: " + (a if a.startswith("ERROR") else b)[:80] + ">"]
    la, lb = Counter(_leaves(ja)), Counter(_leaves(jb))
    paths = {p for p, _ in (la - lb) + (lb - la)}
    if not paths:
        return ["<same values, different bytes: field order or formatting>"]
    return sorted(paths)


def compare(a: Path, b: Path) -> int:
    """Compare two output folders byte for byte; print counts and the differing fields."""
    names_a = {p.name for p in a.glob("*.json")}
    names_b = {p.name for p in b.glob("*.json")}
    names = sorted(names_a & names_b)
    diff: dict[str, list[str]] = {}
    for n in names:
        ba, bb = (a / n).read_bytes(), (b / n).read_bytes()
        if ba != bb:
            diff[n] = differing_fields(ba.decode("utf-8"), bb.decode("utf-8"))
    errors = sum(1 for n in names if (a / n).read_bytes().startswith(b"ERROR"))
    print(f"{len(names)} outputs compared, {len(names) - len(diff)} identical, {len(diff)} differ")
    if errors:
        print(f"  {errors} inputs fail in both runs with the same error (compared as text)")
    for missing, side in ((names_a - names_b, b), (names_b - names_a, a)):
        if missing:
            print(f"  {len(missing)} outputs missing from {side}")
    by_field = Counter(f for fields in diff.values() for f in fields)
    for field, count in by_field.most_common():
        print(f"  field {field}: differs in {count} documents")
    for n, fields in diff.items():
        print(f"  differs: {n}: {', '.join(fields)}")
    return 1 if diff or names_a != names_b else 0


def default_inputs(ungd: Path | None) -> list[Path]:
    """The corpus documents and, when the folder exists, every statement under `ungd`."""
    files = sorted(p for p in (ROOT / "corpus").iterdir() if p.suffix in CORPUS_SUFFIXES)
    if ungd is not None and ungd.is_dir():
        files += sorted(p for p in ungd.rglob("*.txt") if p.is_file())
    return files


def unpack(rev: str, dest: Path) -> str:
    """Unpack revision `rev` of this repository into dest/<commit> (once); return the commit."""
    commit = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "--verify", f"{rev}^{{commit}}"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    tree = dest / commit
    if not (tree / "src" / "gcmextract").is_dir():
        tree.mkdir(parents=True, exist_ok=True)
        archive = subprocess.Popen(
            ["git", "-C", str(ROOT), "archive", commit], stdout=subprocess.PIPE
        )
        subprocess.run(["tar", "-x", "-C", str(tree)], stdin=archive.stdout, check=True)
        if archive.wait() != 0:
            sys.exit(f"identity: git archive {rev} failed")
    # models/ at the top of a revision is installed as gcmextract.models (setup.py): a link puts it
    # where PYTHONPATH=<tree>/src finds it, before any installed copy
    package_models = tree / "src" / "gcmextract" / "models"
    if (tree / "models").is_dir() and not package_models.exists():
        package_models.symlink_to(Path("..", "..", "models"), target_is_directory=True)
    return commit


def write_metadata(tree: Path) -> Path:
    """A dist-info for the unpacked tree, with that revision's spaCy entry points, placed before the
    installed package on sys.path (importlib.metadata keeps the first distribution of a name)."""
    import tomllib

    project = tomllib.loads((tree / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    info = tree / "meta" / f"gcmextract-{project.get('version', '0')}.dist-info"
    info.mkdir(parents=True, exist_ok=True)
    (info / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: gcmextract\nVersion: {project.get('version', '0')}\n",
        encoding="utf-8",
    )
    lines = []
    for group, points in project.get("entry-points", {}).items():
        lines += [f"[{group}]", *(f"{k} = {v}" for k, v in points.items()), ""]
    (info / "entry_points.txt").write_text("\n".join(lines), encoding="utf-8")
    return info.parent


def run(before: str, after: str, files: list[Path], dest: Path, parallel: bool = False) -> int:
    """Extract `files` with both revisions (niced; one after the other, or both at once with
    `parallel`) and compare the outputs."""
    listing = dest / "inputs.txt"
    listing.parent.mkdir(parents=True, exist_ok=True)
    listing.write_text("\n".join(str(f.resolve()) for f in files) + "\n", encoding="utf-8")
    outs, procs = [], []
    t0 = time.perf_counter()
    for rev in (before, after):
        commit = unpack(rev, dest / "trees")
        out = dest / "out" / commit
        tree = dest / "trees" / commit
        path = os.pathsep.join([str(tree / "src"), str(write_metadata(tree))])
        env = dict(os.environ, PYTHONPATH=path)
        print(f"{rev} ({commit[:10]}): {len(files)} inputs -> {out}", flush=True)
        cmd = [
            "nice",
            "-n",
            "10",
            sys.executable,
            __file__,
            "extract",
            str(out),
            "@" + str(listing),
        ]
        procs.append(subprocess.Popen(cmd, env=env))
        if not parallel and procs[-1].wait() != 0:
            sys.exit(f"identity: extraction with {rev} failed")
        outs.append(out)
    if any(p.wait() != 0 for p in procs):
        sys.exit("identity: an extraction failed")
    print(f"extracted in {time.perf_counter() - t0:.0f} s", flush=True)
    return compare(outs[0], outs[1])


def _files(args: list[str]) -> list[Path]:
    """Input paths; `@LIST` reads one path a line."""
    files: list[Path] = []
    for a in args:
        if a.startswith("@"):
            files += [Path(x) for x in Path(a[1:]).read_text(encoding="utf-8").split("\n") if x]
        else:
            files.append(Path(a))
    return files


def main() -> int:
    """Command line (see the module docstring)."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    sub = parser.add_subparsers(dest="cmd", required=True)
    p_run = sub.add_parser("run")
    p_run.add_argument("before")
    p_run.add_argument("after")
    p_run.add_argument("files", nargs="*")
    p_run.add_argument("--ungd", type=Path, default=ROOT.parent / "shared" / "ungd")
    p_run.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "gcm-identity")
    p_run.add_argument("--parallel", action="store_true", help="run both revisions at once")
    p_ext = sub.add_parser("extract")
    p_ext.add_argument("out", type=Path)
    p_ext.add_argument("files", nargs="+")
    p_cmp = sub.add_parser("compare")
    p_cmp.add_argument("a", type=Path)
    p_cmp.add_argument("b", type=Path)
    ns = parser.parse_args()
    if ns.cmd == "extract":
        extract(ns.out, _files(ns.files))
        return 0
    if ns.cmd == "compare":
        return compare(ns.a, ns.b)
    files = _files(ns.files) if ns.files else default_inputs(ns.ungd)
    return run(ns.before, ns.after, files, ns.out, ns.parallel)


if __name__ == "__main__":
    sys.exit(main())
