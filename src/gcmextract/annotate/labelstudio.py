"""Label Studio round trip: extractions become pre-annotated tasks, a corrected export becomes gold files.

Label Studio counts text offsets in UTF-16 code units (JavaScript strings); gold files count code points
(Python strings). Every offset crosses that boundary through `Utf16Offsets`. What each field looks like in
Label Studio (its label and per-region attributes) is the data file `fields.json`.
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any
from xml.sax.saxutils import quoteattr

from pydantic import ValidationError

from gcmextract.evaluate.gold import GoldDocument, GoldSection, GoldSet, gold_model
from gcmextract.schema import MENTION_FIELDS, Extraction, Mention

TEXT = "text"  # name of the <Text> object tag
LABEL = "label"  # name of the <Labels> control tag


@dataclass(frozen=True)
class AttributeSpec:
    """One per-region control: its name in Label Studio and the gold attribute it carries."""

    control: str
    attribute: str
    kind: str  # text | number | choice | flag | list
    choices: tuple[str, ...] = ()
    hint: str = ""


@dataclass(frozen=True)
class FieldSpec:
    """How one gold field appears in Label Studio."""

    field: str
    label: str
    color: str
    attributes: tuple[AttributeSpec, ...]


_KINDS = {"text", "number", "choice", "flag", "list"}


def _attribute(raw: dict[str, Any], where: str) -> AttributeSpec:
    spec = AttributeSpec(
        control=raw["control"],
        attribute=raw["attribute"],
        kind=raw["kind"],
        choices=tuple(raw.get("choices", ())),
        hint=raw.get("hint", ""),
    )
    if spec.kind not in _KINDS:
        raise ValueError(f"fields.json: {where}: unknown kind {spec.kind!r}")
    if spec.kind in ("choice", "flag") and not spec.choices:
        raise ValueError(f"fields.json: {where}: {spec.control} needs choices")
    return spec


@cache
def field_specs() -> dict[str, FieldSpec]:
    """The specs of `fields.json`, checked against the gold model (every attribute exists)."""
    raw = json.loads(
        resources.files(__package__ or "gcmextract.annotate")
        .joinpath("fields.json")
        .read_text(encoding="utf-8")
    )
    common = tuple(_attribute(a, "_common") for a in raw["_common"]["attributes"])
    specs: dict[str, FieldSpec] = {}
    for field in MENTION_FIELDS:
        entry = raw[field]
        attrs = tuple(_attribute(a, field) for a in entry["attributes"]) + common
        model_fields = gold_model(field).model_fields
        for a in attrs:
            if a.attribute not in model_fields:
                raise ValueError(f"fields.json: {field}: no gold attribute {a.attribute!r}")
        specs[field] = FieldSpec(field, entry["label"], entry["color"], attrs)
    return specs


def _by_label() -> dict[str, FieldSpec]:
    return {s.label: s for s in field_specs().values()}


def label_config() -> str:
    """The Label Studio labelling configuration (`labels.xml`) for every gold field."""
    lines = [
        "<View>",
        "  <Style>.htx-text { white-space: pre-wrap; }</Style>",
        f'  <Labels name="{LABEL}" toName="{TEXT}">',
    ]
    lines += [
        f"    <Label value={quoteattr(s.label)} background={quoteattr(s.color)}/>"
        for s in field_specs().values()
    ]
    lines += ["  </Labels>", f'  <Text name="{TEXT}" value="$text" granularity="symbol"/>']
    seen: set[str] = set()
    for spec in field_specs().values():
        own = [a for a in spec.attributes if a.control not in seen]
        when = f' whenLabelValue="{spec.label}"' if own and own[0].control != "optional" else ""
        lines.append(f'  <View visibleWhen="region-selected"{when}>')
        for a in own:
            seen.add(a.control)
            lines.append(_control_xml(a))
        lines.append("  </View>")
    lines.append("</View>")
    return "\n".join(lines) + "\n"


def _control_xml(a: AttributeSpec) -> str:
    common = f'name="{a.control}" toName="{TEXT}" perRegion="true"'
    if a.kind in ("choice", "flag"):
        choice = "multiple" if a.kind == "flag" else "single"
        inner = "".join(f"<Choice value={quoteattr(c)}/>" for c in a.choices)
        return f'    <Choices {common} choice="{choice}" showInline="true">{inner}</Choices>'
    hint = quoteattr(a.hint or a.attribute)
    return f'    <TextArea {common} maxSubmissions="1" editable="true" placeholder={hint}/>'


class Utf16Offsets:
    """Convert string offsets between code points (Python) and UTF-16 code units (JavaScript)."""

    def __init__(self, text: str) -> None:
        self.astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]
        self.length = len(text)

    def to_js(self, index: int) -> int:
        """The UTF-16 index of code-point `index`."""
        return index + bisect.bisect_left(self.astral, index)

    def to_py(self, index: int) -> int | None:
        """The code-point index, or None when `index` falls inside a surrogate pair."""
        lo, hi = 0, self.length
        while lo < hi:
            mid = (lo + hi) // 2
            if self.to_js(mid) < index:
                lo = mid + 1
            else:
                hi = mid
        return lo if self.to_js(lo) == index else None


def _format(a: AttributeSpec, value: Any) -> dict[str, Any] | None:
    """The Label Studio value of one attribute (None: nothing to show)."""
    if value is None or value == [] or value == "":
        return None
    if a.kind == "flag":
        return {"choices": [a.choices[0]]} if value else None
    if a.kind == "choice":
        return {"choices": [str(value)]}
    if a.kind == "number":
        return {"text": [f"{float(value):.15g}"]}
    if a.kind == "list":
        return {"text": [", ".join(str(v) for v in value)]}
    return {"text": [str(value)]}


def _regions(
    field: str, mentions: Sequence[Mention], offsets: Utf16Offsets
) -> list[dict[str, Any]]:
    spec = field_specs()[field]
    out: list[dict[str, Any]] = []
    for n, m in enumerate(mentions):
        rid = f"{field[:3]}{n}"
        where = {"start": offsets.to_js(m.start), "end": offsets.to_js(m.end)}
        region: dict[str, Any] = {
            "id": rid,
            "from_name": LABEL,
            "to_name": TEXT,
            "type": "labels",
            "value": {**where, "text": m.text, "labels": [spec.label]},
        }
        if m.confidence is not None:
            region["score"] = m.confidence
        out.append(region)
        for a in spec.attributes:
            value = _format(a, getattr(m, a.attribute, None))
            if value is not None:
                kind = "choices" if a.kind in ("choice", "flag") else "textarea"
                out.append(
                    {
                        "id": rid,
                        "from_name": a.control,
                        "to_name": TEXT,
                        "type": kind,
                        "value": {**where, **value},
                    }
                )
    return out


def draft_task(extraction: Extraction, text: str) -> dict[str, Any]:
    """One Label Studio task: the document text, its facts, and gcmextract's mentions as a
    prediction whose regions come doubtful-first (lowest confidence first)."""
    from gcmextract.version import EXTRACTOR_VERSION

    offsets = Utf16Offsets(text)
    results: list[dict[str, Any]] = []
    scores: list[float] = []
    for field in MENTION_FIELDS:
        mentions = sorted(
            getattr(extraction, field),
            key=lambda m: (m.confidence if m.confidence is not None else 1.0, m.start, m.end),
        )
        scores += [m.confidence for m in mentions if m.confidence is not None]
        results += _regions(field, mentions, offsets)
    doc = extraction.document
    sections = [
        {"heading": s.heading, "start": s.start, "end": s.end, "objectives": s.declared_objectives}
        for s in extraction.sections
        if s.declared_objectives
    ]
    return {
        "data": {
            "text": text,
            "doc_id": doc.id,
            "source": doc.source,
            "sha256": doc.sha256,
            "country": doc.country,
            "language": doc.language,
            "period": doc.period,
            "sections": sections,
        },
        "predictions": [
            {
                "model_version": f"gcmextract {EXTRACTOR_VERSION}",
                "score": min(scores) if scores else 1.0,
                "result": results,
            }
        ],
    }


def draft_tasks(items: Iterable[tuple[Extraction, str]]) -> list[dict[str, Any]]:
    """Tasks for several documents, the one with the most doubtful mention first."""
    tasks = [draft_task(e, t) for e, t in items]
    return sorted(tasks, key=lambda t: t["predictions"][0]["score"])


class ImportProblems(ValueError):
    """A Label Studio export that cannot become gold files; `problems` names each one."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(f"{len(problems)} problem(s): " + "; ".join(problems[:3]))
        self.problems = problems


def _annotation(task: dict[str, Any]) -> dict[str, Any] | None:
    """The task's latest annotation that was not cancelled."""
    done = [a for a in task.get("annotations") or [] if not a.get("was_cancelled")]
    if not done:
        return None
    return max(done, key=lambda a: (str(a.get("updated_at") or ""), str(a.get("id") or "")))


def _parse(a: AttributeSpec, value: dict[str, Any]) -> Any:
    """Parse one attribute's Label Studio value; ValueError with a reason when it cannot be."""
    if a.kind in ("choice", "flag"):
        chosen = value.get("choices") or []
        bad = [c for c in chosen if c not in a.choices]
        if bad:
            raise ValueError(f"{a.control}: unknown choice {bad[0]!r}")
        if a.kind == "flag":
            return bool(chosen)
        return chosen[0] if chosen else None
    texts = value.get("text") or []
    raw = " ".join(str(t) for t in texts).strip()
    if not raw:
        return None
    if a.kind == "number":
        try:
            return float(raw.replace(",", "").replace(" ", ""))
        except ValueError:
            raise ValueError(f"{a.control}: {raw!r} is not a number") from None
    if a.kind == "list":
        try:
            numbers = [int(p) for p in raw.replace(";", ",").split(",") if p.strip()]
        except ValueError:
            raise ValueError(f"{a.control}: {raw!r} is not a list of numbers") from None
        if any(not 1 <= n <= 23 for n in numbers):
            raise ValueError(f"{a.control}: objectives are numbered 1 to 23")
        return numbers
    return raw


def _labelled_span(
    label: dict[str, Any], text: str, offsets: Utf16Offsets
) -> tuple[FieldSpec, dict[str, Any]]:
    """The field spec and the span (text, start, end) of a region's labelled span; ValueError
    naming the problem otherwise."""
    value = label.get("value") or {}
    names = value.get("labels") or []
    specs = _by_label()
    if len(names) != 1 or names[0] not in specs:
        raise ValueError(f"label {names!r} is not one of {sorted(specs)}")
    start, end = (
        offsets.to_py(int(value.get("start", -1))),
        offsets.to_py(int(value.get("end", -1))),
    )
    if start is None or end is None or not 0 <= start < end <= len(text):
        raise ValueError(f"span {value.get('start')}-{value.get('end')} is outside the text")
    surface = text[start:end]
    if "text" in value and value["text"] != surface:
        raise ValueError(f"span text {value['text']!r} is not the source's {surface!r}")
    return specs[names[0]], {"text": surface, "start": start, "end": end}


def _region_mention(
    rid: str, items: list[dict[str, Any]], text: str, offsets: Utf16Offsets
) -> tuple[str, dict[str, Any]]:
    """(field, gold mention) of one region; ValueError naming the problem otherwise."""
    labels = [r for r in items if r.get("type") == "labels" and r.get("from_name") == LABEL]
    if len(labels) != 1:
        raise ValueError("attributes without a labelled span" if not labels else "two labels")
    spec, mention = _labelled_span(labels[0], text, offsets)
    surface = mention["text"]
    controls = {a.control: a for a in spec.attributes}
    for r in items:
        if r is labels[0]:
            continue
        a = controls.get(str(r.get("from_name")))
        if a is None:
            raise ValueError(f"control {r.get('from_name')!r} does not apply to {spec.label}")
        parsed = _parse(a, r.get("value") or {})
        if parsed is not None:
            mention[a.attribute] = parsed
    if spec.field == "organizations":
        mention.setdefault("canonical", surface)
    try:
        checked = gold_model(spec.field).model_validate(mention)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "mention"
        raise ValueError(f"{where}: {first['msg']}") from None
    return spec.field, checked.model_dump(exclude_none=True)


def _task_gold(task: dict[str, Any], name: str, problems: list[str]) -> GoldSet | None:
    data = task.get("data") or {}
    text = data.get("text")
    if not isinstance(text, str):
        problems.append(f"{name}: no text in data")
        return None
    annotation = _annotation(task)
    if annotation is None:
        problems.append(f"{name}: no completed annotation")
        return None
    groups: dict[str, list[dict[str, Any]]] = {}
    for r in annotation.get("result") or []:
        groups.setdefault(str(r.get("id")), []).append(r)
    offsets = Utf16Offsets(text)
    fields: dict[str, list[dict[str, Any]]] = {f: [] for f in MENTION_FIELDS}
    before = len(problems)
    for rid, items in groups.items():
        try:
            field, mention = _region_mention(rid, items, text, offsets)
        except ValueError as exc:
            problems.append(f"{name}, region {rid}: {exc}")
            continue
        fields[field].append(mention)
    for field, mentions in fields.items():
        mentions.sort(key=lambda m: (m["start"], m["end"]))
        for a, b in zip(mentions, mentions[1:], strict=False):
            if (a["start"], a["end"]) == (b["start"], b["end"]):
                problems.append(f"{name}: two {field} regions on {a['text']!r} at {a['start']}")
    if len(problems) > before:
        return None
    document = GoldDocument(
        source=str(data.get("source") or f"{data.get('doc_id', 'document')}.txt"),
        country=data.get("country"),
        period=data.get("period"),
        language=data.get("language"),
    )
    sections = [GoldSection.model_validate(s) for s in data.get("sections") or []]
    return GoldSet.model_validate({"document": document, "sections": sections, **fields})


def import_export(tasks: Any) -> dict[str, GoldSet]:
    """Gold sets by document id from a Label Studio JSON export; ImportProblems lists every problem,
    each with its task and region."""
    if not isinstance(tasks, list):
        raise ImportProblems(
            ["the export is not a JSON list of tasks (use Label Studio's JSON export)"]
        )
    problems: list[str] = []
    out: dict[str, GoldSet] = {}
    for n, task in enumerate(tasks):
        if not isinstance(task, dict):
            problems.append(f"task #{n}: not an object")
            continue
        data = task.get("data") or {}
        name = f"task {task.get('id', f'#{n}')}"
        doc_id = str(data.get("doc_id") or Path(str(data.get("source") or f"task-{n}")).stem)
        gold = _task_gold(task, name, problems)
        if gold is not None:
            if doc_id in out:
                problems.append(f"{name}: document {doc_id!r} appears in two tasks")
            out[doc_id] = gold
    if problems:
        raise ImportProblems(problems)
    return out


def render_gold(gold: GoldSet) -> str:
    """A gold file's text, in the shape `corpus/gold/build_gold.py` writes."""
    body = gold.model_dump(exclude_none=True, exclude_defaults=False)
    return json.dumps(body, ensure_ascii=False, indent=2) + "\n"
