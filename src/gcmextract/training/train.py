"""Training of the objective and principle classifiers (`make model` = `gcmextract train
objectives`): one objective model for English, Spanish and French passages, trained on the team's
written material, the Compact's titles as anchors and, where `../shared/` is at hand, the real
passages' train split; the principle model; the scores that go into the model card (cross-validation
grouped by page on the train split; test-split figures reported only)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import numpy as np

from gcmextract.classify.data import DATA_DIR, LabelSet, load_label_set
from gcmextract.io import write_atomic

LANGUAGES = ("es", "fr")  # languages with written passages besides English


def _silent(message: str) -> None:
    return None


def anchors(data_dir: Path = DATA_DIR) -> list[tuple[str, int]]:
    """Anchor passages: each objective's official title in English, Spanish and French
    (`titles.jsonl`), and its English title with its keywords."""
    out: list[tuple[str, int]] = []
    for line in (data_dir / "titles.jsonl").read_text("utf-8").splitlines():
        row = json.loads(line)
        out += [(row[lang], int(row["objective"])) for lang in ("en", *LANGUAGES)]
    for line in (data_dir / "objectives.jsonl").read_text("utf-8").splitlines():
        row = json.loads(line)
        out.append((f"{row['title']}. {', '.join(row['keywords'])}.", int(row["objective"])))
    return out


def real_train_passages(say: Callable[[str], None] = _silent) -> list:
    """The real passages of the train split, or none (with a reason) where `../shared/` is absent."""
    from gcmextract.classify.real import SHARED, load_real, shared_available

    if not shared_available():
        say(
            f"real passages skipped: {SHARED}/passages/ is not there (training on written material only)"
        )
        return []
    return [p for p in load_real() if p.split == "train"]


def training_set(
    data_dir: Path = DATA_DIR, real: list | None = None, with_anchors: bool = True
) -> LabelSet:
    """The objective model's material: the team's English sentences and Compact paraphrases, its
    Spanish and French passages, anchors, real train passages (a passage labelled none is a
    negative) and the off-topic paragraphs of the three languages."""
    base = load_label_set("objectives", data_dir)
    texts, targets, origins = list(base.texts), list(base.targets), list(base.origins)
    negatives = list(base.negatives)
    neg_languages = ["en"] * len(negatives)
    for code in LANGUAGES:
        for line in (data_dir / f"passages-{code}.jsonl").read_text("utf-8").splitlines():
            row = json.loads(line)
            texts.append(row["text"])
            targets.append([str(row["objective"]), *(str(x) for x in row.get("also", []))])
            origins.append(f"passages-{code}.jsonl")
        path = data_dir / f"offtopic-train-{code}.jsonl"
        own = [json.loads(x)["text"] for x in path.read_text("utf-8").splitlines()]
        negatives += own
        neg_languages += [code] * len(own)
    if with_anchors:
        for text, objective in anchors(data_dir):
            texts.append(text)
            targets.append([str(objective)])
            origins.append("titles.jsonl")
    groups = [""] * len(texts)
    for p in real or []:
        if p.primary is None:
            negatives.append(p.text)
            neg_languages.append(p.language)
            continue
        texts.append(p.text)
        targets.append([str(o) for o in p.objectives])
        origins.append(f"real-{p.language}")
        groups.append(p.page)
    return LabelSet(
        name="objectives",
        labels=base.labels,
        titles=base.titles,
        keywords=base.keywords,
        texts=texts,
        targets=targets,
        origins=origins,
        negatives=negatives,
        groups=groups if real else [],
        negative_weights=_balance(origins, neg_languages),
    )


def _balance(origins: list[str], neg_languages: list[str]) -> list[float]:
    """Gate weight of each negative: its language's negatives weigh against its passages as
    English negatives do against English passages."""
    from collections import Counter

    from gcmextract.classify.model import origin_language

    pos = Counter(origin_language(o) for o in origins)
    neg = Counter(neg_languages)
    ratio = {lang: neg[lang] / pos[lang] for lang in neg if pos[lang]}
    ref = ratio.get("en", 1.0)
    return [round(ref / ratio[lang], 4) if lang in ratio else 1.0 for lang in neg_languages]


def canada_section_scores(models: Path) -> dict:
    """Micro P/R/F1 of classifier (the models in `models`) and keyword baseline on the gold sections
    of the Canada document."""
    from gcmextract.classify.baseline import keyword_objectives
    from gcmextract.classify.data import ROOT
    from gcmextract.classify.predict import classify_text, models_from
    from gcmextract.evaluate.gold import load_gold
    from gcmextract.evaluate.scorer import score_sections
    from gcmextract.ingest import read_document
    from gcmextract.segment import segment

    gold_path = ROOT / "corpus" / "gold" / "canada-2021-annex.gold.json"
    if not gold_path.is_file():  # an installed package has no gold sets
        return {}
    gold = load_gold(gold_path)
    document = read_document(ROOT / gold.document.source)
    sections, _ = segment(document)
    with models_from(models):
        clf = {
            s.heading: [
                c.objective
                for c in classify_text(document.clean[s.start : s.end])
                if c.objective is not None  # always set by the objectives classifier
            ]
            for s in sections
        }
    kw = {s.heading: keyword_objectives(document.clean[s.start : s.end]) for s in sections}
    out = {}
    for name, pred in (("classifier", clf), ("keyword_baseline", kw)):
        r = score_sections(gold.sections, pred)
        out[name] = {k: r[k] for k in ("precision", "recall", "f1")}
    return out


# the gold document of each language whose sections declare their objectives
SECTION_GOLD = {
    "en": "canada-2021-annex.gold.json",
    "es": "gtm-2022-gcm-review.gold.json",
    "fr": "sen-2022-gcm-review.gold.json",
}


def masked_section_scores(models: Path, language: str = "en", model: str | None = None) -> dict:
    """Classifier P/R/F1 on a gold document's thematic sections (Canada's; with `language`, the
    Spanish or French gold document's) as `segment` finds them in a copy with every explicit
    objective list blanked (the section tree and whole-span scoring at work); `model` overrides the
    language's own model (to compare with the English one)."""
    from gcmextract.classify.data import ROOT
    from gcmextract.classify.predict import Scorer, model_for, models_from
    from gcmextract.evaluate.gold import load_gold
    from gcmextract.evaluate.masked import mask_objective_lists
    from gcmextract.evaluate.scorer import score_sections
    from gcmextract.ingest import read_document
    from gcmextract.segment import segment

    gold_path = ROOT / "corpus" / "gold" / SECTION_GOLD[language]
    if not gold_path.is_file():
        return {}
    gold = load_gold(gold_path)
    document = mask_objective_lists(read_document(ROOT / gold.document.source))
    sections, _ = segment(document)
    sections = [s for s in sections if s.end > s.start]
    with models_from(models):
        blocks = [(b.start, b.end) for b in document.blocks]
        scorer = Scorer(
            document.clean, model or model_for("objectives", language), blocks, language=language
        )
        results = scorer.scores([(s.start, s.end) for s in sections])
        pred = {
            s.heading: [
                c.objective
                for c in scorer.labels(r.scores, r.idx, gate=r.gate)
                if c.objective is not None
            ]
            for s, r in zip(sections, results, strict=True)
        }
    r = score_sections(gold.sections, pred)
    return {k: r[k] for k in ("precision", "recall", "f1")}


def offtopic_rate(
    models: Path, data: Path, language: str | None = None, split: str = "test"
) -> dict:
    """Share of the off-topic passages of `split` (offtopic-test.jsonl, or offtopic-<split>-<language>
    .jsonl classified as that language; split "tune": the set that chose its gate threshold, "test":
    the held-out one) that get any objective."""
    from gcmextract.classify.data import load_offtopic
    from gcmextract.classify.predict import classify_text, models_from

    suffix = f"-{language}" if language else ""
    if not (data / f"offtopic-{split}{suffix}.jsonl").is_file():
        return {}
    texts = load_offtopic(data, language, split)
    with models_from(models):
        tagged = [t for t in texts if classify_text(t, language=language)]
    return {
        "passages": len(texts),
        "with_objective": len(tagged),
        "rate": round(len(tagged) / len(texts), 4),
    }


def cv_real(data: LabelSet, concepts: bool = True, folds: int = 5, ranker: bool = False) -> dict:
    """Top-1 and top-3 (ranking by decision value) on the real train passages, cross-validated by
    page: each fold's pages are held out and predicted by heads (and with `ranker` the ranker) fitted
    on everything else of `data` (real passages of the other folds included when `data` has them)."""
    from gcmextract.classify.model import Heads, analyse, binarize, cv_folds, fit_matrix, primaries

    real = real_train_passages()
    labelled = [p for p in real if p.primary is not None]
    if not labelled:
        return {}
    pages = sorted({p.page for p in labelled})
    page_fold = {
        pages[k]: f for f, (_, test) in enumerate(cv_folds(len(pages), folds)) for k in test
    }
    y = binarize(data.targets, data.labels)
    primary = primaries(data.targets, data.labels) if ranker else None
    order = [int(label) for label in data.labels]
    hits: dict[str, list[tuple[bool, bool]]] = {}
    for f in range(folds):
        held = [p for p in labelled if page_fold[p.page] == f]
        held_pages = {p.page for p in held}
        keep = [
            i for i in range(len(data.texts)) if not (data.groups and data.groups[i] in held_pages)
        ]
        vocabs, x = fit_matrix([data.texts[i] for i in keep], concepts)
        heads = Heads.fit(x, y[keep], primary=None if primary is None else primary[keep])
        z = heads.ranked(vocabs.transform(analyse([p.text for p in held])))
        for p, row in zip(held, z, strict=True):
            ranked = [order[j] for j in np.argsort(-row, kind="stable")]
            hits.setdefault(p.language, []).append(
                (ranked[0] == p.primary, p.primary in ranked[:3])
            )
    out = {}
    for lang, rows in sorted(hits.items()):
        out[lang] = {
            "passages": len(rows),
            "top1": round(float(np.mean([a for a, _ in rows])), 4),
            "top3": round(float(np.mean([b for _, b in rows])), 4),
        }
    every = [r for rows in hits.values() for r in rows]
    out["all"] = {
        "passages": len(every),
        "top1": round(float(np.mean([a for a, _ in every])), 4),
        "top3": round(float(np.mean([b for _, b in every])), 4),
    }
    return out


def run_ablation(data_dir: Path = DATA_DIR, say: Callable[[str], None] = _silent) -> dict:
    """Each ingredient's effect, cross-validated by page on the real train split: written material
    only (word and char n-grams), + concept tokens, + anchors, + real train passages (the final
    material), and + the ranker of the primary objectives (it orders the shipped model's objectives)."""
    real = real_train_passages(say)
    written = training_set(data_dir, None, False)
    final = training_set(data_dir, real, True)
    variants: dict[str, tuple[LabelSet, bool, bool]] = {
        "written material, word and char n-grams": (written, False, False),
        "+ shared concept tokens": (written, True, False),
        "+ anchors (titles in three languages)": (training_set(data_dir, None, True), True, False),
        "+ real train passages": (final, True, False),
        "+ ranker of the primary objectives, ordering only (final)": (final, True, True),
    }
    out = {}
    for name, (data, concepts, ranker) in variants.items():
        say(f"ablation: {name}")
        out[name] = {
            "examples": len(data.texts),
            "negatives": len(data.negatives),
            "cv_real": cv_real(data, concepts, ranker=ranker),
        }
    return out


def _drop_language_models(target: Path) -> None:
    """Remove `objectives-<codes>` models left by earlier versions: the one model covers every language."""
    from gcmextract.classify import predict

    for path in sorted(target.glob("objectives-*.*")):
        if path.suffix in (".json", ".npz"):
            path.unlink()
    predict._LANGUAGE_MODELS.clear()


def real_report(models: Path, test: bool = True) -> dict:
    """The real passages' counts, the labelling agreement and, with `test`, the test-split
    evaluation (the model in `models` and both baselines; without it the report says it was not
    run); empty where `../shared/` is absent."""
    from gcmextract.classify.agreement import agreement
    from gcmextract.classify.predict import models_from
    from gcmextract.classify.real import load_real, shared_available
    from gcmextract.evaluate.objectives import evaluate_objectives

    if not shared_available():
        return {}
    passages = load_real()
    counts: dict[str, int] = {}
    for p in passages:
        for key in (f"{p.language}/{p.split}", f"{p.language}/{p.kind}"):
            counts[key] = counts.get(key, 0) + 1
    if not test:
        return {"counts": counts, "agreement": agreement(), "test_skipped": True}
    with models_from(models):
        report = evaluate_objectives()
    return {"counts": counts, "agreement": agreement(), "test": report}


def fit_model(name: str, data: LabelSet):
    """The model `name` fitted on `data` as `make model` fits it: the objectives with the ranker of
    their primary objectives (it orders the objectives given, decides none) and the gate's
    thresholds by language (GATE_THRESHOLDS)."""
    from gcmextract.classify.model import GATE_THRESHOLDS, train

    if name == "objectives":
        return train(data, ranker=True, gate_thresholds=GATE_THRESHOLDS)
    return train(data)


def train_models(
    source: Path = DATA_DIR,
    target: Path | None = None,
    ablation: bool = False,
    say: Callable[[str], None] = _silent,
    test: bool = True,
) -> dict:
    """Train the objective and principle models into `target`, measure them, and write
    `metrics.json` and the model card (`README.md`) there; `ablation` reruns the ingredient
    comparison (`ablation.json`, kept otherwise); without `test` the real test split is not
    evaluated (for choosing settings: the card says it was not run)."""
    from gcmextract.training.card import model_card

    assert target is not None
    real = real_train_passages(say)
    metrics: dict = {}
    for name in ("objectives", "principles"):
        data = training_set(source, real) if name == "objectives" else load_label_set(name, source)
        say(f"training {name}: {len(data.texts)} passages, {len(data.negatives)} negatives")
        # the objectives' ranker orders the objectives given; it decides none (model card)
        model = fit_model(name, data)
        model.save(target)
        metrics[name] = model.metrics
        metrics["versions"] = model.versions
    _drop_language_models(target)
    metrics["canada_sections"] = canada_section_scores(target)
    metrics["canada_sections_masked"] = masked_section_scores(target)
    metrics["offtopic"] = offtopic_rate(target, source)
    metrics["languages"] = {
        code: {
            "offtopic": offtopic_rate(target, source, code),
            "offtopic_tune": offtopic_rate(target, source, code, "tune"),
            "gold_sections_masked": masked_section_scores(target, code),
        }
        for code in LANGUAGES
    }
    if ablation:
        rows = run_ablation(source, say)
        write_atomic(target / "ablation.json", json.dumps(rows, indent=2, sort_keys=True) + "\n")
    if (target / "ablation.json").is_file():
        metrics["ablation"] = json.loads((target / "ablation.json").read_text("utf-8"))
    metrics["real"] = real_report(target, test)
    write_atomic(target / "metrics.json", json.dumps(metrics, indent=2, sort_keys=True) + "\n")
    write_atomic(target / "README.md", model_card(metrics))
    return metrics
