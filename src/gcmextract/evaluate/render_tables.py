"""Evaluation tables that need more than one line per field: the errors of `--detail` (one row per
miss, spurious mention or wrong attribute) and each language's held-out figures beside English's."""

from __future__ import annotations

from typing import Any

from rich.markup import escape
from rich.table import Table

from gcmextract.evaluate.scorer import scored
from gcmextract.sanitize import terminal_text

KIND_NAMES = {
    "misses": "missed",
    "spurious": "spurious",
    "wrong": "wrong attribute",
    "wrong attributes": "wrong attribute",
}
# the language whose figures every other language is shown beside
FIRST_LANGUAGE = "en"


def f1_text(counts: dict[str, Any], ci: Any = None) -> str:
    """An F1 with its interval, or "n/a" when the field has nothing to score."""
    if not scored(counts):
        return "n/a"
    interval = "" if not ci else f" [{ci[0]:.2f}, {ci[1]:.2f}]"
    return f"{counts['f1']:.3f}{interval}"


def _cell(text: Any) -> str:
    """Any value as one escaped terminal-safe line."""
    return escape(terminal_text(" ".join(str(text).split())))


def _attributes(values: dict[str, Any]) -> str:
    """Attributes as "key=value" pairs, the unset ones left out."""
    return ", ".join(f"{k}={v}" for k, v in values.items() if v is not None)


def _row(field: str, kind: str, item: dict[str, Any]) -> list[str]:
    """One error as table cells: field, kind, document, text, span, gold and predicted attributes."""
    doc = item.get("document", "")
    if kind.startswith("wrong"):
        g, attrs = item["gold"], item["attributes"]
        want = _attributes({k: v["gold"] for k, v in attrs.items()})
        got = _attributes({k: v["predicted"] for k, v in attrs.items()})
        span = f"{g['start']}-{g['end']}"
        pred = item["predicted"]
        text = g["text"] if pred["text"] == g["text"] else f"{g['text']} / {pred['text']}"
        return [field, KIND_NAMES[kind], _cell(doc), _cell(text), span, _cell(want), _cell(got)]
    attrs = _attributes(
        {k: v for k, v in item.items() if k not in ("text", "start", "end", "document")}
    )
    gold, pred = (attrs, "") if kind == "misses" else ("", attrs)
    span = f"{item['start']}-{item['end']}"
    return [
        field,
        KIND_NAMES[kind],
        _cell(doc),
        _cell(item["text"]),
        span,
        _cell(gold),
        _cell(pred),
    ]


def detail_table(errors: dict[str, dict[str, list[dict[str, Any]]]]) -> Table:
    """Every miss, spurious mention and wrong attribute, one row each; `errors` maps field ->
    kind ("misses", "spurious", "wrong" or "wrong attributes") -> items."""
    table = Table(title="Errors: missed gold mentions, spurious predictions, wrong attributes")
    for col in ("field", "error", "document", "text", "span", "gold", "predicted"):
        table.add_column(col)
    for field, kinds in errors.items():
        for kind, items in kinds.items():
            for item in items:
                table.add_row(*_row(field, kind, item))
    return table


def language_table(by_language: dict[str, dict[str, Any]], split: str = "test") -> Table | None:
    """Lenient and strict F1 per field and language on `split` (English first), with 95% bootstrap
    intervals over pages; None when no language has that split."""
    languages = [lang for lang, splits in by_language.items() if split in splits]
    if not languages:
        return None
    languages.sort(key=lambda lang: (lang != FIRST_LANGUAGE, lang))
    table = Table(title=f"Per language, {split} half: F1 [95% bootstrap interval over pages]")
    table.add_column("field")
    table.add_column("score")
    for lang in languages:
        n = by_language[lang][split]["documents"]
        table.add_column(f"{lang} ({n} pages)", justify="right")
    fields = by_language[languages[0]][split]["fields"]
    for field in fields:
        for mode in ("lenient", "strict"):
            cells = []
            for lang in languages:
                s = by_language[lang][split]["fields"][field][mode]
                cells.append(f1_text(s, s.get("f1_ci95")))
            table.add_row(field, mode, *cells)
    return table
