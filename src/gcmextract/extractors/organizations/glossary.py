"""Acronym glossaries ("List of acronyms", "Siglas", "Sigles", or a run of short-form/long-form
rows): the pairs they define, with exact spans, including rows whose two columns were glued
together by a PDF or web copy ("DoFEDepartment of Foreign Employment" -> DoFE + Department of ...)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

# a short form: a capital, then letters, digits, '&' or '-' (at least two capitals, checked apart)
_SHORT = r"[A-Z][A-Za-z0-9&\-]{1,11}"
_SHORT_RE = re.compile(rf"{_SHORT}")
# a table or list decoration around a row: "| BI | Bureau |", "• BI ...", "1. BI ..."
_ROW_EDGE = re.compile(r"^[\s|•·*\-]*(?:\d{1,3}[.)]\s+)?|[\s|]*$")
# lower-case words that do not start a word of an acronym's long form
_MINOR = {
    "of",
    "for",
    "and",
    "the",
    "on",
    "in",
    "to",
    "de",
    "del",
    "la",
    "las",
    "los",
    "el",
    "des",
    "du",
    "et",
    "y",
    "pour",
    "le",
    "les",
    "en",
    "a",
    "d",
    "l",
}


@dataclass(frozen=True)
class GlossaryEntry:
    """One row of an acronym glossary: the short form and the long form, each with its span."""

    short: str
    short_start: int
    long: str
    long_start: int
    long_end: int

    @property
    def short_end(self) -> int:
        """End of the short form's span."""
        return self.short_start + len(self.short)


@lru_cache(maxsize=1)
def settings() -> dict:
    """glossary.json: headings, column separators, the shortest run of rows without a heading."""
    return json.loads(resources.files(__package__).joinpath("glossary.json").read_text("utf-8"))


@lru_cache(maxsize=1)
def _heading_re() -> re.Pattern[str]:
    alts = "|".join(re.escape(h) for h in sorted(settings()["headings"], key=len, reverse=True))
    return re.compile(rf"^[\s#*|]*(?:{alts})[\s:*|]*$", re.I)


def _capitals(short: str) -> str:
    return "".join(ch for ch in short if ch.isupper() or ch.isdigit())


def _initials(long: str) -> tuple[str, int]:
    """Initials of a long form's words and the capitals inside them ("UNHCR" in a long form), and
    how many of them start content words (minor words such as "of", "in" may or may not count:
    "UNMISS" spells "United Nations Mission in South Sudan")."""
    out = []
    content = 0
    for w in re.findall(r"[^\W_]\w*", long):  # "l'intégration": "l" and "intégration"
        out.append(w[0].upper())
        if w.lower() not in _MINOR:
            content += 1
        out.extend(ch for ch in w[1:] if ch.isupper())
    return "".join(out), content


def spells(short: str, long: str, strict: bool = True) -> bool:
    """Whether `long` is a plausible expansion of `short`: the short form's capitals are, in order,
    initials (or inner capitals) of the long form's words; `strict` also wants its first capital
    to be the long form's first initial and most content words used."""
    caps = _capitals(short)
    initials, content = _initials(long)
    if len(caps) < 2 or not initials or not long[:1].isupper():
        return False
    it = iter(initials)
    if not all(ch in it for ch in caps):
        return False
    if strict:
        return initials[0] == caps[0] and len(caps) * 2 >= content - 1
    return True


def _is_long_form(long: str) -> bool:
    """A long form: starts with a capital letter, has letters, is not an acronym itself."""
    return (
        bool(re.match(r"[A-ZÀ-Ý][^\W\d_]", long)) and len(long) <= 160 and "  " not in long.strip()
    )


# a glossary row: (short start, short, long start, long)
_Row = tuple[int, str, int, str]


def split_row(line: str, under_heading: bool = False) -> tuple[int, str, int, str] | None:
    """(short start, short, long start, long) of one glossary row, or None.

    Rows with a separator (tab, two spaces, dash, colon, '|') need the long form to spell the short
    form loosely (under a glossary heading, only to share its first letter: syllabic acronyms such
    as "MINEX"); rows glued together or split by one space need it strictly."""
    m = _ROW_EDGE.match(line)
    lead = m.end() if m else 0
    body = line[lead:]
    body_end = len(body.rstrip(" \t|"))
    body = body[:body_end]
    sm = _SHORT_RE.match(body)
    if not sm:
        return None
    return (
        _separated_row(body, lead, under_heading)
        or _spaced_row(body, lead)
        or _glued_row(body, lead, under_heading)
    )


def _separated_row(body: str, lead: int, under_heading: bool) -> _Row | None:
    """A row whose two columns a separator (tab, two spaces, dash, colon, '|') parts, or None."""
    for sep in settings()["separators"]:
        # the short form may be shorter than the regex match: "BI\tBureau"
        at = body.find(sep, 2)
        if 2 <= at <= 12:
            short = body[:at].strip()
            rest = body[at:].lstrip(sep).lstrip(" \t|:–—-=")
            long_start = lead + len(body) - len(rest)
            if not (_SHORT_RE.fullmatch(short) and _is_long_form(rest)):
                continue
            if spells(short, rest, False) or (
                under_heading and len(_capitals(short)) >= 2 and short[0] == rest[0]
            ):
                return lead, short, long_start, rest
    return None


def _spaced_row(body: str, lead: int) -> _Row | None:
    """A row whose short form one space parts from a long form that spells it strictly, or None."""
    space = re.match(rf"({_SHORT}) (?=[A-ZÀ-Ý])", body)
    if space and _is_long_form(body[space.end() :]) and spells(space.group(1), body[space.end() :]):
        return lead, space.group(1), lead + space.end(), body[space.end() :]
    return None


def _glued_row(body: str, lead: int, under_heading: bool) -> _Row | None:
    """A row whose two columns were glued together ("BIBureau" -> "BI" + "Bureau"), or None."""
    # try each place where a capital starts a word
    for k in range(2, min(len(body), 13)):
        if not (body[k].isupper() and k + 1 < len(body) and body[k + 1].islower()):
            continue
        short, rest = body[:k], body[k:]
        if not (_SHORT_RE.fullmatch(short) and _is_long_form(rest)):
            continue
        if spells(short, rest) or (under_heading and syllabic(short, rest)):
            return lead, short, lead + k, rest
    return None


def syllabic(short: str, long: str) -> bool:
    """Under a glossary heading, an acronym built from syllables ("COMAR" for "Comisión Mexicana de
    Ayuda a Refugiados", "OPEMS" for "Observatorio PEruano de Migración y Salud"): an all-capitals
    short form whose letters run, in order, through the long form from its first letter."""
    from gcmextract.extractors.organizations.acronyms import best_long_form

    return short.isupper() and short[0] == long[0] and best_long_form(short, long) == 0


def _lines(text: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in re.finditer(r"^[^\n]*", text, re.M)]


def _entry(lines: list[tuple[int, str]], i: int, under_heading: bool) -> GlossaryEntry | None:
    """The entry line `i` defines; a short form alone on its line followed by its long form on the
    next (two columns read one after the other) is one entry too."""
    offset, line = lines[i]
    row = split_row(line, under_heading)
    if row:
        a, short, b, long = row
        return GlossaryEntry(short, offset + a, long, offset + b, offset + b + len(long))
    alone = re.fullmatch(rf"[\s|•]*({_SHORT})[\s|]*", line)
    if alone and i + 1 < len(lines) and len(_capitals(alone.group(1))) >= 2:
        n_off, nxt = lines[i + 1]
        long = nxt.strip(" \t|")
        if (
            _is_long_form(long)
            and not split_row(nxt)
            and (
                spells(alone.group(1), long, False)
                or (under_heading and long[0] == line.strip(" |")[0])
            )
        ):
            b = n_off + nxt.find(long)
            return GlossaryEntry(alone.group(1), offset + alone.start(1), long, b, b + len(long))
    return None


def find_glossary(text: str) -> list[GlossaryEntry]:
    """Every glossary row of the document: rows under a glossary heading, and runs of at least
    `min_run` rows elsewhere (rows at most `max_gap_lines` non-blank lines apart)."""
    cfg = settings()
    lines = _lines(text)
    heading = _heading_re()
    out: list[GlossaryEntry] = []
    run: list[GlossaryEntry] = []
    under_heading = False
    gap = 0

    def flush() -> None:
        if under_heading or len(run) >= cfg["min_run"]:
            out.extend(run)
        run.clear()

    for i, (offset, line) in enumerate(lines):
        if heading.match(line):
            flush()
            under_heading, gap = True, 0
            continue
        if run and run[-1].long_start >= offset:
            continue  # the long form line of a two-line entry
        entry = _entry(lines, i, under_heading)
        if entry is not None:
            run.append(entry)
            gap = 0
        elif line.strip():
            gap += 1
            if gap > cfg["max_gap_lines"]:
                flush()
                under_heading = False
                gap = 0
    flush()
    return out
