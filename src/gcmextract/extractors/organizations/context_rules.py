"""Rejection rules that read a candidate's surroundings or its inner words: a person named beside
a person cue ("writes NIC MACLELLAN", "Helena Legido-Quigley and colleagues"), a run ending in a
post ("Freedom Fighter Captain"), a phrase joining a place to a body ("Cuba on the State
Department") or holding a lower-case word in English, a document's title line, a direction ("en
direction du Nord"), and an acronym the text defines as a programme or a strategy (SNIA)."""

from __future__ import annotations

import re
from functools import lru_cache

from gcmextract.extractors.organizations.candidates import Candidate, Context
from gcmextract.extractors.organizations.head_rules import HEAD_RULES, LAST_RULES
from gcmextract.extractors.organizations.lexicon import alternation, gazetteer, name_key, patterns
from gcmextract.extractors.organizations.lexicon import vocab as org_vocab
from gcmextract.extractors.organizations.rules import has_org_head, head_phrase, vocabulary

# languages whose names capitalise every content word ("Office of the Prime Minister")
TITLE_CASE_LANGUAGES = (None, "en")
# how far before and after a candidate a person cue is looked for
CUE_WINDOW = 30
_DEFINED = re.compile(r"\(\s*([A-Z][A-Za-z0-9&\-]{1,11})\s*\)")


@lru_cache(maxsize=1)
def compiled() -> dict[str, re.Pattern[str]]:
    """The vocabulary of these rules as patterns."""
    v = vocabulary()
    return {
        "cue_before": re.compile(
            rf"(?:^|\W)(?:{alternation(v['person_cues_before'])})[\s,:]+$", re.I
        ),
        "cue_after": re.compile(rf"^[\s,]+(?:{alternation(v['person_cues_after'])})\b", re.I),
        "title_end": re.compile(rf"(?<![\w-])(?:{alternation(v['title_end_words'])})$"),
        "title_line": re.compile(rf"^\s*(?:{alternation(v['title_line_labels'])})\s*:", re.I),
        "compass": re.compile(rf"^(?:{alternation(v['compass'])})$"),
    }


def _name(c: Candidate, ctx: Context) -> str:
    return ctx.text[c.start : c.end]


def _known(name: str) -> bool:
    names, acronyms = gazetteer()
    return name_key(name) in names or name in acronyms


def reject_person_cue(c: Candidate, ctx: Context) -> str | None:
    """A name beside a person cue, without an organisation head: "writes NIC MACLELLAN"."""
    name = _name(c, ctx)
    if has_org_head(name) or _known(name) or not 2 <= len(name.split()) <= 4:
        return None
    pats = compiled()
    before = ctx.text[max(0, c.start - CUE_WINDOW) : c.start]
    after = ctx.text[c.end : c.end + CUE_WINDOW]
    return "person" if pats["cue_before"].search(before) or pats["cue_after"].match(after) else None


# a person's name has two to four capitalised words (particles such as "de" or "van" between them)
NAME_WORDS = (2, 4)
_WORDLIKE = re.compile(r"[\w-]")


def stands_alone(word: str, text: str) -> bool:
    r"""Whether `word` occurs in `text` with no word character or hyphen on either side (what
    `(?<![\w-])word(?![\w-])` finds, without compiling a pattern for every word)."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if not (at and _WORDLIKE.match(text, at - 1)) and not _WORDLIKE.match(text, end):
            return True
        at = text.find(word, at + 1)
    return False


_NAME_WORD = re.compile(r"[A-ZÀ-Þ][a-zß-ÿ]+(?:['’\-][A-ZÀ-Þa-zß-ÿ]+)*")


@lru_cache(maxsize=1)
def _particles() -> frozenset[str]:
    return frozenset(vocabulary()["name_particles"])


def _named_by_person_span(name: str, ctx: Context) -> bool:
    """Whether a statistical PERSON span elsewhere in the text is this name or ends in its last
    word (the surname alone: "Caceres")."""
    last = name.split()[-1]
    people, last_words = ctx.person_names
    return name in people or (len(last) > 3 and last in last_words)


def _name_shaped(name: str, ctx: Context) -> bool:
    """Two to four capitalised words (particles between them), none a place, a people or a word
    the text also writes in lower case (a name's words are not common words of the text)."""
    from gcmextract.resources.country import country_names

    words = name.split()
    capitalised = [w for w in words if w not in _particles()]
    if not NAME_WORDS[0] <= len(capitalised) <= NAME_WORDS[1]:
        return False
    if words[0] in _particles() or not all(_NAME_WORD.fullmatch(w) for w in capitalised):
        return False
    for word in capitalised:
        low = word.lower()
        if low in ctx.places or word in country_names() or word in ctx.groups:
            return False
        if stands_alone(low, ctx.text):
            return False
    return True


def reject_person_name(c: Candidate, ctx: Context) -> str | None:
    """A statistical span that is a person's name, without an organisation head: one a PERSON span
    elsewhere names, or one shaped as a name in running text ("Berta Caceres", "Juan de la Cruz
    Ortega")."""
    name = _name(c, ctx)
    if c.source != "ner" or has_org_head(name) or _known(name) or name.lower() in ctx.places:
        return None
    if _named_by_person_span(name, ctx):
        return "person-name"
    # in running text only: a short line ("Selon Dakar Matin") credits a source
    lo, hi = _line(ctx.text, c.start, c.end)
    short_line = len(ctx.text[lo:hi].split()) < HEADING_MIN_WORDS
    return "person-name" if not short_line and _name_shaped(name, ctx) else None


def reject_title_end(c: Candidate, ctx: Context) -> str | None:
    """A run ending in a post, without an organisation head: "Freedom Fighter Captain"."""
    name = _name(c, ctx)
    return "title" if compiled()["title_end"].search(name) and not has_org_head(name) else None


def reject_place_phrase(c: Candidate, ctx: Context) -> str | None:
    """A place joined to a body by a preposition: "Cuba on the State Department" is a phrase."""
    name = _name(c, ctx)
    head = head_phrase(name)
    if head != name and head.strip().lower() in ctx.places and not has_org_head(head):
        return "phrase"
    return None


def reject_lowercase_word(c: Candidate, ctx: Context) -> str | None:
    """In English a name capitalises its words but connectors: a statistical span holding a
    lower-case word ("Pacific workers", "Cuba is ...") is a phrase."""
    if ctx.language not in TITLE_CASE_LANGUAGES or c.source != "ner":
        return None
    connectors = {w.lower() for w in org_vocab()["connectors"]}
    for word in re.findall(r"[^\W\d_][\w'’\-]*", _name(c, ctx)):
        if word[0].islower() and word.lower() not in connectors:
            return "phrase"
    return None


def reject_title_line(c: Candidate, ctx: Context) -> str | None:
    """A candidate on the document's title line ("Title: Xenophobia: A Pervasive Crisis ...")."""
    line_start, _ = _line(ctx.text, c.start, c.end)
    return "furniture" if compiled()["title_line"].match(ctx.text[line_start : c.start]) else None


def reject_direction(c: Candidate, ctx: Context) -> str | None:
    """A head with only a direction after its connector: "direction du Nord"."""
    name = _name(c, ctx)
    rest = name[len(head_phrase(name)) :].split()
    return "place" if rest and compiled()["compass"].match(rest[-1]) and len(rest) <= 3 else None


@lru_cache(maxsize=2)
def defined_things(text: str) -> frozenset[str]:
    """Acronyms the text defines as a programme, strategy, event or document: "Stratégie nationale
    d'immigration et d'asile (SNIA)", "sa stratégie nationale pour l'emploi des jeunes (SNEJ)":
    the definition's words before the bracket hold a programme word with the acronym's initial,
    and no organisation head after it."""
    not_org = re.compile(patterns()["not_org"].pattern, re.I)
    heads = patterns()["heads"]
    out = set()
    for m in _DEFINED.finditer(text):
        short = m.group(1)
        words = list(re.finditer(r"[^\W\d_][\w\-]*", text[max(0, m.start() - 160) : m.start()]))
        words = words[-(len(short) + 5) :]
        for i in range(len(words) - 1, -1, -1):
            word = words[i].group()
            if word[0].lower() != short[0].lower() or not not_org.fullmatch(word):
                continue
            rest = " ".join(w.group() for w in words[i:])
            if not heads.search(rest) and not _known(rest):
                out.add(short)
            break
    return frozenset(out)


def reject_defined_thing(c: Candidate, ctx: Context) -> str | None:
    """An acronym this text defines as a programme or a strategy, not as a body."""
    name = _name(c, ctx)
    if name.isupper() and name not in ctx.acronyms.canon and name in defined_things(ctx.text):
        return "not-organisation-word"
    return None


_JOINED_BODY = re.compile(
    r"\s+(?:and|y|et|&)\s+(?:the|of the|del|de la|de los|de las|du|de l['’]|des|al|a la|au|aux)\s+"
    r"(?P<head>[A-ZÀ-Ý][\w’'\-]*)"
)


def fix_joined_body(c: Candidate, ctx: Context) -> str | None:
    """Two bodies joined by "and the" / "y del" / "et du" are two names: "Equipo ... y del Senado
    de la Nación" ends before "y" when the word after the article is an organisation head."""
    from gcmextract.extractors.organizations.language_names import has_name_head

    name = _name(c, ctx)
    heads = patterns()["heads"]
    for m in _JOINED_BODY.finditer(name):
        word = m.group("head")
        if heads.fullmatch(word) or has_name_head(ctx.language, word):
            c.end = c.start + m.start()
            break
    return None


# a line is looked for this far around a candidate: a longer line is running text, no heading
LINE_WINDOW = 400
# at most this many places of a phrase's first word are checked
MAX_LOOKUPS = 200


def _line(text: str, start: int, end: int) -> tuple[int, int]:
    """The line around [start, end), or a window of LINE_WINDOW characters when it is longer."""
    lo = text.rfind("\n", max(0, start - LINE_WINDOW), start) + 1
    lo = lo if lo > 0 or start <= LINE_WINDOW else max(0, start - LINE_WINDOW)
    hi = text.find("\n", end, end + LINE_WINDOW)
    return lo, hi if hi >= 0 else min(len(text), end + LINE_WINDOW)


# a heading: at most this many words, most of them capitalised, no sentence end
HEADING_WORDS = 16
HEADING_CAPS = 0.6
HEADING_MIN_WORDS = 4


def _heading_line(line: str) -> bool:
    """A line that is a heading or a title: short, mostly capitalised words, no full stop."""
    words = re.findall(r"[^\W\d_][\w'’\-]*", line)
    if not words or len(words) > HEADING_WORDS or line.rstrip().endswith((".", "!", "?", ";")):
        return False
    if line.isupper():
        return True  # "THE WHITE HOUSE"
    # a short line ("D'après Tunis Hebdo", "Source: X") credits a body rather than titling a text
    caps = sum(w[0].isupper() for w in words)
    return len(words) >= HEADING_MIN_WORDS and caps >= HEADING_CAPS * len(words)


def reject_heading(c: Candidate, ctx: Context) -> str | None:
    """A statistical guess without an organisation head on a heading or title line ("Leave No One
    Behind in Accessing Digital Remittances and Financial Inclusion", "THE WHITE HOUSE")."""
    name = _name(c, ctx)
    if c.source != "ner" or has_org_head(name) or _known(name):
        return None
    line_start, line_end = _line(ctx.text, c.start, c.end)
    return "furniture" if _heading_line(ctx.text[line_start:line_end]) else None


def reject_common_phrase(c: Candidate, ctx: Context) -> str | None:
    """A capitalised phrase the same text also writes in lower case is a common noun phrase, not a
    name ("Integrated Border Management" beside "integrated border management")."""
    name = _name(c, ctx)
    if c.source != "ner" or len(name.split()) < 2 or has_org_head(name) or _known(name):
        return None
    low = name.lower()
    return "generic" if low != name and stands_alone(low, ctx.text) else None


def fix_comma_place(c: Candidate, ctx: Context) -> str | None:
    """A name followed by ", <place>," in one run ends before the place: "Austrian Academy of
    Sciences, Austria, University of ..." is a list."""
    name = _name(c, ctx)
    for m in re.finditer(r",\s*([^,]+?)\s*(?=,|$)", name):
        if m.group(1).lower() in ctx.places:
            c.end = c.start + m.start()
            break
    return None


def fix_inner_title(c: Candidate, ctx: Context) -> str | None:
    """A person and a post before a body in one run ("Adolfo Pérez Secretario General Organización
    Iberoamericana de ..."): the name starts after the post when an organisation head follows."""
    from gcmextract.extractors.organizations.rules import compiled as rule_patterns

    name = _name(c, ctx)
    titles = rule_patterns()["title_start"]
    for m in re.finditer(r"(?<=\s)\S", name):
        title = titles.match(name[m.start() :])
        if not title:
            continue
        rest = name[m.start() + title.end() :]
        lead = re.match(r"\s+(?:(?:of|de|del|de la|du|des)\s+)?", rest)
        if lead and has_org_head(rest[lead.end() :]):
            c.start += m.start() + title.end() + lead.end()
        break
    return None


CONTEXT_RULES = (
    fix_inner_title,
    fix_joined_body,
    fix_comma_place,
    reject_heading,
    reject_common_phrase,
    reject_title_line,
    reject_person_cue,
    reject_title_end,
    reject_place_phrase,
    reject_lowercase_word,
    reject_direction,
    reject_defined_thing,
    *HEAD_RULES,  # before the name-shape test: a class or an activity is no person either
    reject_person_name,
    *LAST_RULES,
)
