"""`gcmextract review`: one self-contained offline HTML file showing a document's pages (PDF: as
images) with every mention and every objective's evidence drawn as a coloured box, a side list
grouped by field and by objective that leads to the page, and a confidence filter. Document text
enters the page only as escaped JSON read by the page's own script (Content-Security-Policy)."""

from __future__ import annotations

from importlib import resources
from typing import Any

from gcmextract.ingest.document import Document
from gcmextract.schema import Extraction

FIELDS = ("organizations", "amounts", "dates", "objective_refs")


def _places(boxes: list[Any] | None, document: Document) -> list[list[float]]:
    from gcmextract.review.pages import placed

    layout = document.layout
    if layout is None or not boxes:
        return []
    return [placed(b, layout.frame(b[0])) for b in boxes if layout.frame(b[0]) is not None]


def _label(field: str, m: Any) -> str:
    """A short description of a mention's values."""
    if field == "organizations":
        return f"{m.canonical} ({m.type})"
    if field == "amounts":
        unit = m.currency or m.unit or ("%" if m.kind == "percent" else "")
        return f"{m.kind}: {m.value:,.6g} {unit}".strip()
    if field == "dates":
        return f"{m.kind}: {m.value}"
    return "objectives " + ", ".join(str(n) for n in m.objectives)


def items(extraction: Extraction, document: Document) -> list[dict[str, Any]]:
    """Every mention and every evidence passage of the document's objectives, as the page draws
    them: group, text, label, confidence, offsets and boxes (percentages of the page)."""
    out: list[dict[str, Any]] = []
    for field in FIELDS:
        for m in getattr(extraction, field):
            out.append(
                {
                    "group": field,
                    "text": m.text,
                    "label": _label(field, m),
                    "confidence": m.confidence,
                    "start": m.start,
                    "end": m.end,
                    "page": m.page,
                    "boxes": _places(m.boxes, document),
                }
            )
    for o in extraction.objectives:
        for e in o.evidence:
            out.append(
                {
                    "group": f"objective {o.objective}: {o.title}",
                    "objective": o.objective,
                    "text": e.text,
                    "label": f"score {e.score:.2f} ({', '.join(o.basis)})",
                    "confidence": e.score,
                    "start": e.start,
                    "end": e.end,
                    "page": e.page,
                    "boxes": _places(e.boxes, document),
                }
            )
    for i, item in enumerate(out):
        item["id"] = i
    return out


def review_data(extraction: Extraction, document: Document, pdf: bytes | None) -> dict[str, Any]:
    """What the page's script draws: pages (images for a PDF, else the text), items, groups."""
    from gcmextract.review.pages import page_images

    info = extraction.document
    data: dict[str, Any] = {
        "title": f"{info.id} ({info.format})",
        "country": info.country,
        "items": items(extraction, document),
        "objectives_note": extraction.objectives_note,
    }
    if pdf is not None and document.layout is not None:
        frames = document.layout.frames
        data["pages"] = [
            {"number": i + 1, "image": uri, "ratio": _ratio(frames, i)}
            for i, uri in enumerate(page_images(pdf))
        ]
    else:
        data["text"] = document.text
    return data


def _ratio(frames: list[Any], i: int) -> float:
    """Height over width of page i as shown."""
    if i >= len(frames):
        return 1.414
    x0, top, x1, bottom = frames[i].crop
    return round((bottom - top) / ((x1 - x0) or 1.0), 5)


def build_review(extraction: Extraction, document: Document, pdf: bytes | None = None) -> str:
    """The review page's HTML."""
    from jinja2 import Environment
    from markupsafe import Markup

    from gcmextract.report import content_security_policy, json_for_html

    package = resources.files(__package__)
    script = package.joinpath("review.js").read_text("utf-8")
    template = Environment(autoescape=True).from_string(
        package.joinpath("template.html").read_text("utf-8")
    )
    return template.render(
        title=f"{extraction.document.id}: review",
        csp=content_security_policy(script),
        script=Markup(script),
        data_json=Markup(json_for_html(review_data(extraction, document, pdf))),
    )


def write_review(path: str, dest: str, ocr: str = "auto") -> tuple[Extraction, int]:
    """Read and extract `path` and write its review page to `dest` atomically; returns the
    extraction and the page's size in bytes."""
    from pathlib import Path

    from gcmextract.ingest import read_document
    from gcmextract.io import write_atomic
    from gcmextract.pipeline import extract_document

    document = read_document(path, ocr=ocr)
    extraction = extract_document(document)
    pdf = Path(path).read_bytes() if document.format == "pdf" else None
    html = build_review(extraction, document, pdf).encode("utf-8")
    write_atomic(dest, html)
    return extraction, len(html)
