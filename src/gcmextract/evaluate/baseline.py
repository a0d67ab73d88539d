"""The plain spaCy NER baseline: en_core_web_sm's ORG, MONEY/CARDINAL/PERCENT and DATE entities mapped
to gcmextract's fields, scored with the same scorer."""

from __future__ import annotations

import re
from typing import Any

from gcmextract.schema import MENTION_FIELDS

LABELS = {
    "ORG": "organizations",
    "MONEY": "amounts",
    "CARDINAL": "amounts",
    "PERCENT": "amounts",
    "DATE": "dates",
}


def _number(text: str) -> float | None:
    m = re.search(r"\d[\d,]*(?:\.\d+)?", text)
    if not m:
        return None
    value = float(m.group().replace(",", ""))
    for word, scale in (("billion", 1e9), ("million", 1e6), ("thousand", 1e3)):
        if word in text.lower():
            value *= scale
    return value


def spacy_baseline(clean_text: str) -> dict[str, list[dict[str, Any]]]:
    """Mentions per field from the default en_core_web_sm pipeline."""
    from gcmextract.nlp.load import load_default

    doc = load_default()(clean_text)
    out: dict[str, list[dict[str, Any]]] = {field: [] for field in MENTION_FIELDS}
    for ent in doc.ents:
        field = LABELS.get(ent.label_)
        if not field:
            continue
        m: dict[str, Any] = {"text": ent.text, "start": ent.start_char, "end": ent.end_char}
        if field == "organizations":
            m["canonical"] = ent.text
        elif field == "amounts":
            m["kind"] = {"MONEY": "money", "PERCENT": "percent"}.get(ent.label_, "count")
            m["value"] = _number(ent.text)
            m["currency"] = None
        else:
            m["value"] = ent.text
        out[field].append(m)
    return out
