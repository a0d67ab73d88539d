"""Peak memory and time of `gcmextract extract` on long documents and pathological inputs.

Run: .venv/bin/python bench/stress.py [--sizes 10KB,100KB,1MB,10MB] [--pdf-pages 10,100,2000]
     [--pattern-size 200KB (0: none)] [--only NAME,...] [--timeout 600] [--indent]
Each case is one `gcmextract extract` process on a generated file; peak memory is that process's
maximum resident set size (os.wait4), time its wall-clock duration. Prints a Markdown table.
`--indent` passes `--indent` to every extraction (the readable JSON form; the default is tabular).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from _common import ROOT, machine

GCMEXTRACT = str(Path(sys.executable).with_name("gcmextract"))

PARAGRAPH = (
    "In 2021 the Ministry of Labour and Social Protection (MLSP) and the International "
    "Organization for Migration (IOM) trained 250 labour inspectors in four regions, with "
    "USD 250,000 from the European Union, between March and May 2022 (Objectives 6 and 23). "
    "About 45% of the 1,200 returnees reached by the programme were women.\n\n"
)


def _repeat(unit: str, n: int) -> str:
    return (unit * (n // len(unit) + 1))[:n]


def normal(n: int) -> str:
    return _repeat(PARAGRAPH, n)


def table(n: int) -> str:
    """Rows of a table as text: tab-separated cells, no full stops (about 43 characters a row)."""
    rows, i = [], 0
    while sum(len(r) + 1 for r in rows) < n:
        rows.append(f"Region {i % 97}\t{i % 400} persons\tUSD {i % 90},000\t2021")
        i += 1
    return "Table 1\n" + "\n".join(rows)[:n]


PATTERNS: dict[str, Callable[[int], str]] = {
    "normal": normal,
    "run of (": lambda n: _repeat("(", n),
    "run of [": lambda n: _repeat("[", n),
    "run of $": lambda n: _repeat("$", n),
    "run of %": lambda n: _repeat("%", n),
    "run of _": lambda n: _repeat("_", n),
    "run of =": lambda n: _repeat("=", n),
    "no spaces": lambda n: _repeat("migrationpolicy", n),
    "hyphenated chain": lambda n: _repeat("well-being-of-migrant-", n),
    "acronyms in parentheses": lambda n: _repeat("Agency for Migration (AFM) ", n),
    "dates joined by to": lambda n: _repeat("12 March 2021 to ", n),
    "table rows without full stops": table,
}


def parse_size(text: str) -> int:
    units = {"KB": 1000, "MB": 1000**2}
    for unit, scale in units.items():
        if text.upper().endswith(unit):
            return int(float(text[: -len(unit)]) * scale)
    return int(text)


def make_pdf(path: Path, pages: int) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    words = PARAGRAPH.split()
    for p in range(pages):
        y = 800
        line: list[str] = []
        for k in range(330):
            line.append(words[(p * 7 + k) % len(words)])
            if len(line) == 11:
                c.drawString(60, y, " ".join(line))
                line, y = [], y - 14
        c.drawString(300, 30, str(p + 1))
        c.showPage()
    c.save()


def make_bomb(path: Path, gigabytes: float) -> None:
    """A Word file whose main part expands to `gigabytes` GB of one repeated byte (a zip bomb)."""
    import io
    import zipfile

    import docx

    buf = io.BytesIO()
    d = docx.Document()
    d.add_paragraph("In 2021 the Ministry paid USD 5 million.")
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    chunk = b" " * (1 << 20)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for info in src.infolist():
            zf.writestr(info.filename, src.read(info))
        with zf.open("word/media/padding.xml", "w", force_zip64=True) as fh:
            for _ in range(int(gigabytes * 1024)):
                fh.write(chunk)


def run(path: Path, timeout: float, *extra: str) -> tuple[float, float, str, int]:
    """(seconds, peak RSS in MB, status, output bytes) of one `gcmextract extract`."""
    out = path.with_suffix(".json")
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [GCMEXTRACT, "extract", str(path), "-o", str(out), "-q", "--timeout", str(timeout), *extra],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - t0
    err = proc.stderr.read().decode() if proc.stderr else ""
    proc.returncode = os.waitstatus_to_exitcode(status)
    ok = "ok" if proc.returncode == 0 else (err.strip().splitlines() or ["failed"])[-1][:80]
    size = out.stat().st_size if out.exists() else 0
    return seconds, usage.ru_maxrss / 1024, ok, size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="10KB,100KB,1MB,10MB")
    parser.add_argument("--pdf-pages", default="10,100,2000", help="0: no PDF case")
    parser.add_argument("--pattern-size", default="200KB")
    parser.add_argument("--only", default="", help="comma-separated pattern names")
    parser.add_argument("--timeout", type=float, default=600)
    parser.add_argument("--bomb-gb", type=float, default=10, help="0: no zip bomb case")
    parser.add_argument("--indent", action="store_true", help="write the readable JSON form")
    args = parser.parse_args()
    only = {s.strip() for s in args.only.split(",") if s.strip()}
    print(f"machine: {machine()}")
    print("| input | size | seconds | peak MB | JSON bytes | result |")
    print("|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)

        def case(name: str, path: Path, size: int) -> None:
            extra = ("--indent",) if args.indent else ()
            seconds, peak, status, out = run(path, args.timeout, *extra)
            print(
                f"| {name} | {size:,} | {seconds:.1f} | {peak:,.0f} | {out:,} | {status} |",
                flush=True,
            )

        if not only:
            for size in [parse_size(s) for s in args.sizes.split(",") if s]:
                path = tmpdir / f"normal-{size}.txt"
                path.write_text(normal(size), encoding="utf-8")
                case("text", path, size)
            for pages in [int(s) for s in args.pdf_pages.split(",") if s and int(s)]:
                path = tmpdir / f"pages-{pages}.pdf"
                make_pdf(path, pages)
                case(f"PDF, {pages} pages", path, path.stat().st_size)
        if args.bomb_gb:
            path = tmpdir / "bomb.docx"
            make_bomb(path, args.bomb_gb)
            case(f"DOCX zip bomb ({args.bomb_gb:g} GB expanded)", path, path.stat().st_size)
        size = parse_size(args.pattern_size)
        for name, make in PATTERNS.items() if size else ():
            if only and name not in only:
                continue
            path = tmpdir / f"pattern-{len(name)}-{abs(hash(name)) % 10**6}.txt"
            path.write_text(make(size), encoding="utf-8")
            case(name, path, size)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    main()
