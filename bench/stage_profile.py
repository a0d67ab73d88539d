"""Where a batch's time goes: `gcmextract batch` over general-debate statements, its time attributed
to stages, beside the floor of its approach.

Run: .venv/bin/python bench/stage_profile.py [FOLDER] [--n 150] [--interval 0.005]
FOLDER holds one sub-folder of `*.txt` statements per year (default: ../shared/ungd); the first N
statements of 2020-2022 (sorted by name) are used. Three measurements, side by side in one run:

1. the floor: en_core_web_sm with only tok2vec and ner, `nlp.pipe` over the statements' texts in
   this process, the model loaded beforehand;
2. `gcmextract batch IN -o OUT --workers 1` as a user runs it (a worker process under the default
   time budget), wall time of the command;
3. the same batch run in this process (`run_batch`, one worker and no budget: the worker's own code
   path without the worker process), its time sampled every `--interval` seconds from a thread.

On a shared machine wall times move with the load (other processes' work), so each measurement
also records the CPU time of its processes (user + system: this process's, or the command's and
its workers'), which the load hardly changes; the ratios are of CPU times, and the stages' shares
come from the wall-time samples of the in-process run applied to its CPU time. Each sample is weighted by the wall time since the previous one and charged to the stage of the
innermost gcmextract frame on the main thread's stack, by module path (gcmextract.ingest.* ->
ingest, gcmextract.classify.* -> classify, ...); when spaCy or thinc frames lie inside that frame
(a Doc through tok2vec and ner, the tokenizer), the sample is spaCy's. Loading and warming the
pipeline and lazy imports are "start-up" (cheap in-process: spaCy and the model's files were
loaded for the floor). The command's CPU time minus the in-process run's is "process overhead": two
interpreters and their imports, the worker's pipeline load, documents and outputs sent between
processes.
Nothing in the package is modified or wrapped.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path
from types import FrameType

from _common import BIN, SHARED, machine

# gcmextract module prefixes -> stage; the longest matching prefix wins. Modules not listed
# (schema, resources, io, settings, version, errors) are neutral: the frame that called them decides.
STAGES = {
    "gcmextract.ingest": "ingest",
    "gcmextract.nlp.language": "language",
    "gcmextract.nlp.bounds": "segment",
    "gcmextract.segment": "segment",
    "gcmextract.extractors": "extractors",
    "gcmextract.link": "link",
    "gcmextract.classify": "classify",
    "gcmextract.assemble.serialize": "serialise",
    "gcmextract.assemble": "assemble",
    "gcmextract.resources.submitter": "country",
    "gcmextract.pipeline": "assemble",
    "gcmextract.api": "assemble",
    "gcmextract.batch": "batch bookkeeping",
    "gcmextract.nlp.load": "start-up",
}
# functions whose whole time is start-up wherever they stand in the stack
STARTUP = {"_warm_pipeline", "build_nlp", "nlp_for", "_find_and_load", "register_components"}
SPACY = ("spacy", "thinc")
ORDER = [
    "ingest",
    "language",
    "country",
    "segment",
    "spaCy",
    "extractors",
    "link",
    "classify",
    "assemble",
    "serialise",
    "batch bookkeeping",
    "start-up",
    "other",
]
NOTES = {
    "ingest": "read, clean, blocks, compact view",
    "language": "block language identification",
    "country": "submitting state from the text",
    "segment": "sentences, sections, paragraphs, pieces",
    "spaCy": "tokenizer, tok2vec, ner, nlp.pipe",
    "extractors": "gcm_* components (dates, amounts, organisations, objective refs)",
    "link": "table cells, amounts to objectives",
    "classify": "objective and principle classifiers, summary",
    "assemble": "offsets, contexts, confidence, pydantic model",
    "serialise": "JSON bytes",
    "batch bookkeeping": "hashing, tasks, manifest, atomic writes",
    "start-up": "load and warm the pipeline, lazy imports",
    "other": "outside any gcmextract frame",
}


def _stage_of_module(module: str) -> str | None:
    best = None
    for prefix, stage in STAGES.items():
        if (module == prefix or module.startswith(prefix + ".")) and (
            best is None or len(prefix) > len(best[0])
        ):
            best = (prefix, stage)
    return best[1] if best else None


def stage_of(frame: FrameType | None) -> str:
    """The stage a stack (innermost frame first) is charged to."""
    inner_spacy = False
    found = None
    while frame is not None:
        if frame.f_code.co_name in STARTUP:
            return "start-up"
        module = frame.f_globals.get("__name__", "")
        if found is None:
            if module.split(".", 1)[0] in SPACY:
                inner_spacy = True
            elif module.startswith("gcmextract"):
                stage = _stage_of_module(module)
                if stage is not None:
                    found = "spaCy" if inner_spacy else stage
        frame = frame.f_back
    return found or "other"


class Sampler:
    """Samples the main thread's stack from a thread; wall time per stage."""

    def __init__(self, interval: float) -> None:
        self.interval = interval
        self.seconds: dict[str, float] = defaultdict(float)
        self.samples = 0
        self._stop = threading.Event()
        self._main = threading.main_thread().ident
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        last = time.perf_counter()
        while not self._stop.is_set():
            time.sleep(self.interval)
            now = time.perf_counter()
            frame = sys._current_frames().get(self._main)  # noqa: SLF001 - the sampler's only way
            self.seconds[stage_of(frame)] += now - last
            self.samples += 1
            last = now
            del frame

    def __enter__(self) -> Sampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def cpu_self() -> float:
    """User + system CPU seconds of this process so far."""
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def cpu_children() -> float:
    """User + system CPU seconds of this process's ended children (and theirs)."""
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def floor(texts: list[str]) -> tuple[float, float]:
    """(wall, CPU) seconds of en_core_web_sm with only tok2vec and ner over `texts` (`nlp.pipe`,
    loaded)."""
    import importlib

    from gcmextract.nlp.load import MODEL_MODULES

    for name in MODEL_MODULES:
        try:
            module = importlib.import_module(name)
            break
        except ImportError:
            continue
    else:
        raise SystemExit("no en_core_web_sm installed")
    nlp = module.load()
    nlp.select_pipes(enable=["tok2vec", "ner"])
    list(nlp.pipe(texts[:2]))
    t0, c0 = time.perf_counter(), cpu_self()
    for _ in nlp.pipe(texts, batch_size=16):
        pass
    return time.perf_counter() - t0, cpu_self() - c0


def cli_batch(in_dir: Path) -> tuple[float, float]:
    out = Path(tempfile.mkdtemp(prefix="bench-profile-cli-"))
    try:
        t0, c0 = time.perf_counter(), cpu_children()
        subprocess.run(
            [str(BIN / "gcmextract"), "batch", str(in_dir), "-o", str(out), "--workers", "1"],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        return time.perf_counter() - t0, cpu_children() - c0
    finally:
        shutil.rmtree(out, ignore_errors=True)


def in_process(in_dir: Path, interval: float) -> tuple[float, float, Sampler]:
    from gcmextract.batch.run import run_batch

    out = Path(tempfile.mkdtemp(prefix="bench-profile-in-"))
    try:
        with Sampler(interval) as sampler:
            t0, c0 = time.perf_counter(), cpu_self()
            summary = run_batch(in_dir, out, workers=1, timeout=None)
            seconds, cpu = time.perf_counter() - t0, cpu_self() - c0
        if summary.failed:
            print(f"warning: {summary.failed} documents failed")
        return seconds, cpu, sampler
    finally:
        shutil.rmtree(out, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", nargs="?", type=Path, default=SHARED / "ungd")
    parser.add_argument("--n", type=int, default=150, help="number of statements")
    parser.add_argument("--years", nargs="+", default=["2020", "2021", "2022"])
    parser.add_argument("--interval", type=float, default=0.005, help="sampling interval (s)")
    args = parser.parse_args()
    if not args.folder.is_dir():
        parser.error(f"{args.folder}: not a folder (pass the folder of UNGD year sub-folders)")
    files = sorted(f for y in args.years for f in (args.folder / y).glob("*.txt"))[: args.n]
    if not files:
        parser.error(f"{args.folder}: no statements under {', '.join(args.years)}")
    with tempfile.TemporaryDirectory() as tmp:
        in_dir = Path(tmp) / "in"
        in_dir.mkdir()
        for f in files:
            shutil.copy(f, in_dir / f.name)
        texts = [f.read_text(encoding="utf-8", errors="replace") for f in files]
        words = sum(len(t.split()) for t in texts)
        print(f"machine: {machine()}")
        print(f"input: {len(files)} statements, {words:,} words; load average {load()}")
        w, t_floor = floor(texts)
        print(
            f"floor (tok2vec+ner, nlp.pipe, loaded): {w:.1f}s wall, {t_floor:.1f}s CPU; load {load()}"
        )
        w, t_cli = cli_batch(in_dir)
        print(f"gcmextract batch --workers 1: {w:.1f}s wall, {t_cli:.1f}s CPU; load {load()}")
        w, t_in, sampler = in_process(in_dir, args.interval)
        print(f"same batch in this process, sampled: {w:.1f}s wall, {t_in:.1f}s CPU; load {load()}")
    report(len(files), t_floor, t_cli, t_in, sampler)


def report(n: int, t_floor: float, t_cli: float, t_in: float, sampler: Sampler) -> None:
    """Print the table: CPU seconds, ms per document and share of the CLI batch per stage."""
    total = sum(sampler.seconds.values()) or 1.0
    scale = t_in / total  # the run's CPU time shared out as its wall-time samples are
    rows = [(s, sampler.seconds.get(s, 0.0) * scale) for s in ORDER]
    rows.append(("process overhead", max(t_cli - t_in, 0.0)))
    print(f"\n{sampler.samples} samples; the stages of the in-process run sum to {t_in:.1f}s")
    print("| stage | what | CPU seconds | ms/document | share of batch |")
    print("|---|---|---|---|---|")
    for stage, sec in rows:
        what = NOTES.get(stage, "the command's CPU minus the in-process run's (see above)")
        print(f"| {stage} | {what} | {sec:.1f} | {1000 * sec / n:.0f} | {100 * sec / t_cli:.1f}% |")
    print(
        f"| **batch** | `gcmextract batch --workers 1` | {t_cli:.1f} | {1000 * t_cli / n:.0f} | 100% |"
    )
    print(
        f"| floor | tok2vec+ner `nlp.pipe`, one process | {t_floor:.1f} | {1000 * t_floor / n:.0f} | |"
    )
    work = t_in - sampler.seconds.get("start-up", 0.0) * scale
    print(f"\nratio batch/floor: {t_cli / t_floor:.2f} (the command, start-up included)")
    print(f"ratio in-process extraction (start-up excluded)/floor: {work / t_floor:.2f}")


if __name__ == "__main__":
    main()
