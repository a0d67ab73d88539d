"""The state that speaks or submits a text, told apart from the states it talks about.

Every country name is a mention; where it stands says how much it counts (rules and weights in
data/speaker_cues.json): a name the text speaks as ("my country, X", "on behalf of X", "the
Government of X", "we in X", "In X, we ...", "God bless X") counts most, then a name before a verb
of stance ("X reaffirms", "X firmly supports"), a name opening a sentence as its subject ("X is",
"The X views") more than one, a name after a preposition, an adjective of place or kinship or in a
list after one ("against X", "in eastern X", "in Sudan, Yemen, X and ...") less than one, and a
state accused ("X's war", "aggression by X", "X, the occupying power") less than nothing; a national
institution named by its demonym ("the Lao Government", "el Gobierno mexicano", "les autorités
sénégalaises") counts as a mention of that state ("nuestro pueblo dominicano" speaks as it), and a
capital city (data/capitals.json) as a weak one, read where it stands like a name ("here in Accra",
"aggression by Moscow"), unless it names an instrument or meeting ("the Paris Agreement"); a
sentence inviting others to join a state in an action speaks as it. What a state does and will do
("X will continue", "X has always") is a stance; its view, aims and support ("For X, ...", "a
priority for X", "count on X") make a subject; the addressee's country ("your country, X") and a
condemned government ("we condemn ... the Government of X") are not the speaker's. A name that
opens its sentence before an aside ("X, as a small island State ...") is its subject, however long
the aside; a state's bare title ("The Kingdom will continue", "la Principauté":
data/state_titles.json) counts for the state of that title the text names most. Names are read
through letters a PDF or OCR reading misread ("Saint Ki>s and Nevis", "Tiirkiye"). The state with
the highest total wins; how it won is the document's `country_source`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple, Protocol

from gcmextract.resources import demonym_forms
from gcmextract.resources.country import country_from_filename, find_countries
from gcmextract.resources.lexicon import load_json
from gcmextract.resources.scan import finditer_before, guarded_finditer

# How a document's country was found (DocumentInfo.country_source).
OPTION = "option"  # --country
FILENAME = "filename"  # --country-from-filename
TEXT_SELF = "text"  # the text speaks as that state
TEXT_MENTIONS = "text-mentions"  # no self-reference: the state named most, weighted by position


class Submission(Protocol):
    """What the country of a document is found from: its text, its file name, its warnings (an
    `ingest.document.Document`)."""

    clean: str
    source: str
    warnings: list[str]


class Found(NamedTuple):
    """A detected state (ISO alpha-3, or None when no country is named) and how it was found."""

    iso3: str | None
    source: str | None


class _Cues(NamedTuple):
    self_before: re.Pattern[str]
    office_before: re.Pattern[str]
    first_person: re.Pattern[str]
    verb_only: re.Pattern[str]
    self_after: re.Pattern[str]
    named_before: re.Pattern[str]
    title_before: re.Pattern[str]
    accused_after: re.Pattern[str]
    accused_before: re.Pattern[str]
    object_before: re.Pattern[str]
    subject_lead: re.Pattern[str]
    local_first_person: re.Pattern[str]
    local_before: re.Pattern[str]
    we_did_in: re.Pattern[str]
    stance_after: re.Pattern[str]
    listed_object: re.Pattern[str]
    clause_next: re.Pattern[str]
    invited_before: re.Pattern[str]
    invited_after: re.Pattern[str]
    addressee_before: re.Pattern[str]
    condemning: re.Pattern[str]
    stance_phrase: re.Pattern[str]
    given: re.Pattern[str]
    voice_lead: re.Pattern[str]
    voice_before: re.Pattern[str]
    named_thanked: re.Pattern[str]
    obliged: re.Pattern[str]
    institution_next: re.Pattern[str]
    possessed_voice: re.Pattern[str]
    aside_subject: re.Pattern[str]
    accused_word: re.Pattern[str]
    weights: dict[str, float]
    min_self: float
    self_outweighs: float


def _alternation(phrases: list[str]) -> str:
    return "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))


def _article() -> str:
    """An optional article between a cue and a name (the, la, el, l')."""
    words = load_json("gcmextract.resources.data", "speaker_cues.json")["articles"]
    spaced = "|".join(re.escape(w) for w in words if w[-1].isalpha())
    glued = "|".join(re.escape(w) for w in words if not w[-1].isalpha())
    return rf"(?:(?:{spaced})\s+|(?:{glued}))?"


def _before(phrases: list[str], between: list[str] | None = None) -> re.Pattern[str]:
    """A pattern for one of `phrases` (whole words) ending a string, then an optional article and,
    given `between`, optional words of those (a formal title: the Republic of; an adjective: in
    eastern X) and an article."""
    art = _article()
    words = rf"(?:(?:{_alternation(between)})\s+{art})?" if between else ""
    return re.compile(rf"(?:^|\W)(?:{_alternation(phrases)})\s+{art}{words}$", re.I)


@lru_cache(maxsize=1)
def _cues() -> _Cues:
    data = load_json("gcmextract.resources.data", "speaker_cues.json")
    first = _alternation(data["first_person"])
    lead = _alternation(data["subject_lead"])
    return _Cues(
        _before(data["self_before"], data["title_before"]),
        _office(data),
        re.compile(rf"\b(?:{first})\b", re.I),
        re.compile(
            rf"^\s+(?!(?:{_alternation(data['object_before'] + data['list_joiners'])})\b)[a-zà-ÿ]"
        ),
        re.compile(rf"^(?:{_alternation(data['self_after'])})\b", re.I),
        _before(data["named_before"], data["title_before"]),
        _before(data["title_before"]),
        re.compile(
            rf"^(?:'s|’s)?(?:,(?=\s+(?:{_alternation(data['aside_lead'])})\b))?"
            rf"(?:\s+[\w-]+){{0,3}}?\s+(?:{_alternation(data['accused_after'])})",
            re.I,
        ),
        _before(data["accused_before"], data["title_before"]),
        _before(data["object_before"], data["adjective_between"]),
        re.compile(rf"^\W*(?:(?:{lead})\W*)*$", re.I),
        re.compile(rf"^,?\s+(?:{first})\b", re.I),
        re.compile(
            rf"(?:^|[,;—–]|\b(?:{_alternation(data['clause_lead'])}))\W*"
            rf"(?:{_alternation(data['local_before'])})\s+{_article()}$",
            re.I,
        ),
        re.compile(
            rf"\b(?:{_alternation(data['we_did_subject'])})\s+(?:[\w'’-]+\s+){{0,3}}?"
            rf"(?!(?:{_alternation(data['we_did_not'])})\s)[\w'’-]*?"
            rf"(?:{_alternation(data['we_did_endings'])})\s+"
            rf"(?:{_alternation(data['we_did_in'])})\s+{_article()}$",
            re.I,
        ),
        _stance(data),
        _listed(data),
        re.compile(rf"^(?:'s|’s)?\s+(?!(?:{_alternation(data['list_joiners'])})\b)[a-zà-ÿ]"),
        re.compile(
            rf"\b(?:{_alternation(data['invite_lead'])})\b[^.;!?]{{0,120}}?"
            rf"(?:^|\s)(?:{_alternation(data['join_before'])})\s+{_article()}$",
            re.I,
        ),
        re.compile(rf"^\s+(?:{_alternation(data['join_after'])})\b", re.I),
        re.compile(
            rf"(?:^|\W)(?:{_alternation(data['addressee_possessive'])})(?:\s+[\w-]+){{0,2}}?"
            rf"\s+(?:{_alternation(data['addressee_country'])}),?\s+{_article()}$",
            re.I,
        ),
        re.compile(rf"\b(?:{_alternation(data['condemning_lead'])})", re.I),
        re.compile(
            rf"^(?:['’]s)?(?:,[^,.]{{1,80}},)?\s+(?:{_alternation(data['stance_phrase_after'])})"
            r"(?!\w)",
            re.I,
        ),
        _given(data),
        re.compile(rf"^\W*(?:{_alternation(data['voice_lead'])})\s+{_article()}$", re.I),
        _before(data["voice_before"]),
        re.compile(rf"^\s+(?:{_alternation(data['named_not_before'])})\b", re.I),
        re.compile(rf"^(?:,[^,.]{{1,80}},)?\s+(?:{_alternation(data['obliged_after'])})\b", re.I),
        re.compile(rf"^(?:['’]s)?\s+(?:{_alternation(data['institution_after_name'])})\b"),
        re.compile(
            rf"^['’]s\s+(?:(?:{_alternation(data['possessed_voice_adjectives'])})\s+)?"
            rf"(?:{_alternation(data['possessed_voice_after'])})\b",
            re.I,
        ),
        re.compile(rf"^,\s+(?:{_alternation(data['subject_aside_lead'])})\b(?!\s+well\b)", re.I),
        re.compile(rf"\b(?:{_alternation(data['accused_after'])})", re.I),
        dict(data["weights"]),
        float(data["min_self"]),
        float(data["self_outweighs"]),
    )


def _office(data: dict) -> re.Pattern[str]:
    """An office held before a name, after up to two lowercase words (as President of X; as the
    newly elected Prime Minister of X; como presidente de X), then an article or a formal title."""
    art = _article()
    title = rf"(?:(?:{_alternation(data['title_before'])})\s+{art})?"
    return re.compile(
        rf"(?:^|\W)(?:{_alternation(data['office_lead'])})\s+(?:[a-zà-ÿ][\w-]*\s+){{0,2}}?"
        rf"(?:{_alternation(data['offices'])})\s+{art}{title}$",
        re.I,
    )


def _listed(data: dict) -> re.Pattern[str]:
    """A sentence prefix ending in a list of capitalised names after an object_before cue (in
    Sudan, the Middle East, ...), up to the separator before the next name."""
    art = _article()
    item = r"[A-Z][\w'’.-]*(?:\s+(?:of\s+|de\s+|du\s+)?(?:the\s+)?[A-Z][\w'’.-]*){0,4}"
    joiner = rf"(?:\s*,\s*|\s*,?\s+(?:{_alternation(data['list_joiners'])})\s+)"
    cue = _alternation(data["object_before"])
    return re.compile(rf"(?:^|\W)(?i:{cue})\s+{art}{item}(?:{joiner}{art}{item})*{joiner}{art}$")


def _given(data: dict) -> re.Pattern[str]:
    """What a state gave, right after its name, and an amount a few words on (X alone has
    provided more than 360 million euro; X pledged $3 billion; X a versé 5 millions d'euros)."""
    lead = _alternation(data["given_lead"])
    money = rf"(?:(?:{_alternation(data['given_currency'])})\s?)?\d[\d.,]*\s*"
    return re.compile(
        rf"^(?:['’]s)?(?:,[^,.]{{1,80}},)?(?:\s+(?:{lead}))*\s+"
        rf"(?:{_alternation(data['given_after'])})\s+(?:[\w-]+\s+){{0,4}}?{money}"
        rf"(?:{_alternation(data['given_scale'])})(?!\w)",
        re.I,
    )


def _stance(data: dict) -> re.Pattern[str]:
    """A verb of a state's stance right after its name (X reaffirms, X firmly supports, X has
    always called for), past an aside between commas."""
    aux = _alternation(data["stance_aux"])
    adverb = rf"\w+(?:{_alternation(data['adverb_endings'])})"
    return re.compile(
        rf"^(?:['’]s)?(?:,[^,.]{{1,80}},)?(?:\s+(?:{aux}|{adverb}))*\s+"
        rf"(?:{_alternation(data['stance_after'])})\b",
        re.I,
    )


_VERB_NEXT = re.compile(r"^(?:['’]s)?(?:,[^,.]{1,80},)?\s+[a-zà-ÿ]")


@lru_cache(maxsize=1)
def _abbreviation() -> re.Pattern[str]:
    """An abbreviation ending a string (Mr, St), whose full stop ends no sentence."""
    words = load_json("gcmextract.resources.data", "speaker_cues.json")["abbreviations"]
    return re.compile(rf"(?:^|\W)(?:{_alternation(words)})\Z")


def _sentence_prefix(text: str, start: int) -> str:
    """The text from the start of the sentence holding `start` up to it: after the last full
    stop (not after an abbreviation: Mr., St.), !, ?, ;, : or line break, and the white space
    after it."""
    before = text[max(0, start - 200) : start]
    cut = max(before.rfind(c) for c in "!?;:\n")
    dot = before.rfind(".")
    while dot > cut and _abbreviation().search(before, max(0, dot - 8), dot):
        dot = before.rfind(".", 0, dot)
    cut = max(cut, dot)
    return before[cut + 1 :].lstrip() if cut >= 0 else before


def _past_title(text: str, start: int, before: str) -> tuple[str, int]:
    """`before` and `start` moved before a formal title (the Republic of X), where the cues stand
    (the space before the title kept)."""
    title = _cues().title_before.search(before)
    if not title:
        return before, start
    before = before[: title.start() + (0 if title.group()[:1].isalpha() else 1)]
    return before, start - (len(text[max(0, start - 60) : start]) - len(before))


def _invited(text: str, start: int, after: str) -> bool:
    """Whether the sentence invites others to join the state named at `start` in an action (I call
    on all countries to join X in ...; invito a todos a sumarse a X en; j'invite ... à se joindre à
    X dans): the speaker's own state."""
    cues = _cues()
    return bool(cues.invited_before.search(_sentence_prefix(text, start))) and bool(
        cues.invited_after.match(after)
    )


def _weight(text: str, start: int, end: int) -> tuple[float, bool]:
    """What one mention counts, and whether the text speaks as that state there."""
    cues = _cues()
    w = cues.weights
    before, after = text[max(0, start - 60) : start], text[end : end + 120]
    if _spoken_as(text, start, before, after):
        return w["self"], True
    before, start = _past_title(text, start, before)
    if cues.accused_before.search(before):
        return w["accused"], False
    if cues.named_before.search(before):  # the Government of X, unless accused (... X invaded)
        return _named(text, start, after), False
    if cues.addressee_before.search(before):  # your country, X: the addressee's state
        return w["object"], False
    if _voiced(text, start, before, after):  # For X, ...; a priority for X; X's commitment
        return w["subject"], False
    if cues.object_before.search(before):
        return _object(_sentence_prefix(text, start), after)
    listed = cues.listed_object.search(_sentence_prefix(text, start))
    if listed and not cues.clause_next.match(after):  # in Sudan, Yemen, X and ...
        return w["object"], False
    if cues.self_after.match(after):
        return w["self"], True
    if cues.institution_next.match(after):  # the X Administration: mostly another state's
        return w["object"], False
    return _as_subject(text, start, after), False


def _object(prefix: str, after: str) -> tuple[float, bool]:
    """What a name after a preposition counts, given its sentence up to it and the text after it:
    the object of the phrase (in X), unless the text speaks from X (In X, we ...) or tells what it
    does there (the road we are building in X)."""
    cues = _cues()
    if cues.local_before.search(prefix) and cues.local_first_person.match(after):  # In X, we
        return cues.weights["local_first_person"], True
    if cues.we_did_in.search(prefix[-90:]):  # what we built in X (a few words before it)
        return cues.weights["local_first_person"], False
    return cues.weights["object"], False


def _spoken_as(text: str, start: int, before: str, after: str) -> bool:
    """Whether the text speaks as the state named at `start` (my country, X; on behalf of X; as
    President of X; I call on all to join X in ...)."""
    cues = _cues()
    if cues.self_before.search(before) or _invited(text, start, after):
        return True
    office = cues.office_before.search(before)
    return office is not None and _own_office(before[: office.start() + 1], after)


_APPOSITION = re.compile(r"^,\s+(?:[A-Z][\w.'-]*\s+){1,4}[A-Z][\w.'-]*,")


def _own_office(lead: str, after: str) -> bool:
    """Whether an office before a name (as President of X) is the speaker's, given the text
    before the office (`lead`) and after the name: not with a person's name after it between
    commas (as the President of X, Mr. Y, has said), nor with a verb right after the name (not a
    preposition: as Minister of X on behalf of ...) unless a first-person word stands just before
    the office (my mandate as President of X has ...; not: the world witnessed as the President of
    X made threats)."""
    if _APPOSITION.match(after):
        return False
    return not _cues().verb_only.match(after) or bool(_cues().first_person.search(lead[-30:]))


def _voiced(text: str, start: int, before: str, after: str) -> bool:
    """Whether the name at `start` stands where a text speaks of its own state's view, aims or
    support (For X, ...; That is why X ...; a priority for X; count on X; X's commitment)."""
    cues = _cues()
    return (
        bool(cues.voice_before.search(before))
        or bool(cues.possessed_voice.match(after))
        or bool(cues.voice_lead.match(_sentence_prefix(text, start)))
    )


def _named(text: str, start: int, after: str) -> float:
    """What 'the Government of X' counts: the speaker's cue (weights.named), unless an accusation
    follows it (the Government of X invaded ...) or the sentence condemns it before (we condemn
    the crimes that the Government of X ...)."""
    cues = _cues()
    if cues.accused_after.match(after) or cues.condemning.search(_sentence_prefix(text, start)):
        return cues.weights["accused"]
    if cues.named_thanked.match(after):  # grateful to the Government of X for ...
        return cues.weights["object"]
    return cues.weights["named"]


def _as_subject(text: str, start: int, after: str) -> float:
    """What a name that is neither spoken as nor an object counts: a stance verb after it (X
    reaffirms) most, a state accused (X's war, X invaded) less than nothing, whichever comes first
    (X condemns the aggression; X, which violates the law, calls on ...); the subject of its
    sentence (X is, The X views) more than a plain mention."""
    cues = _cues()
    if cues.obliged.match(after):  # X must withdraw: another state's duty
        return cues.weights["object"]
    stance, accused = cues.stance_after.match(after), cues.accused_after.match(after)
    if accused and (not stance or accused.end() < stance.end()):
        return cues.weights["accused"]
    if stance or cues.stance_phrase.match(after) or cues.given.match(after):  # X reaffirms
        return cues.weights["stance"]
    if cues.subject_lead.match(_sentence_prefix(text, start)) and (
        _VERB_NEXT.match(after) or _aside_subject(after)
    ):
        return cues.weights["subject"]
    return cues.weights["mention"]


def _aside_subject(after: str) -> bool:
    """Whether the text after a name opens an aside that keeps the name the subject of its
    sentence (X, as a small island State ...; X, in assuming its responsibilities ...), with no
    accusation in the aside (X, being responsible for the aggression ...)."""
    cues = _cues()
    m = cues.aside_subject.match(after)
    if m is None:
        return False
    aside = re.split(r"[,.;!?]", after[m.end() :], maxsplit=1)[0]
    return not cues.accused_word.search(aside)


@lru_cache(maxsize=1)
def _demonyms() -> tuple[re.Pattern[str], dict[str, list[str]]]:
    """The pattern of a first-person word before a demonym, and the states of each demonym."""
    states: dict[str, list[str]] = {}
    for iso3, forms in load_json("gcmextract.resources.data", "demonyms.json")["demonyms"].items():
        for form in forms:
            states.setdefault(form.lower(), []).append(iso3)
    lead = _alternation(
        load_json("gcmextract.resources.data", "speaker_cues.json")["demonym_before"]
    )
    pattern = re.compile(rf"\b(?:{lead})\s+({_alternation(sorted(states))})\b", re.I)
    return pattern, states


@lru_cache(maxsize=1)
def _others_after() -> re.Pattern[str]:
    """What after a demonym makes it another people (our Libyan brothers, our Turkish Cypriot),
    also past another demonym it is listed with (our British and European partners)."""
    data = load_json("gcmextract.resources.data", "speaker_cues.json")
    words, joiners = _alternation(data["demonym_not_before"]), _alternation(data["list_joiners"])
    return re.compile(rf"^(?:,?\s+(?:{joiners})\s+[A-Z][\w-]*)?\s+(?:(?i:{words})\b|[A-Z])")


def _own_people(text: str) -> dict[str, float]:
    """What the text's first-person demonyms (our Lao people, we Rwandans) add per state."""
    pattern, states = _demonyms()
    weight = _cues().weights["self"]
    out: dict[str, float] = {}
    for m in pattern.finditer(text):
        after = text[m.end() : m.end() + 30]
        # a demonym is capitalised ("our american" is not one); not our Libyan brothers
        if m.group(1)[0].isupper() and not _others_after().match(after):
            for iso3 in states[m.group(1).lower()]:
                out[iso3] = out.get(iso3, 0.0) + weight
    return _merged(out, demonym_forms.own_people(text, weight))


def _merged(one: dict[str, float], other: dict[str, float]) -> dict[str, float]:
    """The sums per state of `one` and `other`, in the order they name them."""
    return {k: one.get(k, 0.0) + other.get(k, 0.0) for k in [*one, *other]}


def _in_capitals(text: str) -> bool:
    """Whether most letters of `text` are capitals (a statement typed in upper case)."""
    letters = [c for c in text[:20000] if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) > 0.6 * len(letters)


@lru_cache(maxsize=1)
def _institutions() -> tuple[re.Pattern[str], re.Pattern[str], int]:
    """A demonym before a national institution (the Lao Government, the Czech Parliament), the white
    space before an institution word, and the longest demonym (for `finditer_before`)."""
    _, states = _demonyms()
    words = _alternation(
        load_json("gcmextract.resources.data", "speaker_cues.json")["institution_after"]
    )
    return (
        re.compile(rf"\b((?i:{_alternation(sorted(states))}))\s+(?:{words})\b"),
        re.compile(rf"\s+(?=(?:{words})\b)"),
        max(map(len, states)),
    )


def _institutions_named(text: str) -> dict[str, float]:
    """What the text's national institutions named by a demonym (the Lao Government) add per state:
    weights.institution each, as a mention (another state's government is named that way too)."""
    _, states = _demonyms()
    weight = _cues().weights["institution"]
    out: dict[str, float] = {}
    pattern, cue, reach = _institutions()
    for m in finditer_before(pattern, text, cue, reach):
        for iso3 in states.get(m.group(1).lower(), []):
            out[iso3] = out.get(iso3, 0.0) + weight
    return _merged(out, demonym_forms.institutions_named(text, weight))


@lru_cache(maxsize=1)
def _accused_people() -> re.Pattern[str]:
    """A capitalised demonym before a word of an attack or occupation (Russian aggression, the
    Israeli occupation)."""
    _, states = _demonyms()
    words = load_json("gcmextract.resources.data", "speaker_cues.json")["accused_after_demonym"]
    return re.compile(
        rf"(?<![\w-])(?=[A-Z])((?i:{_alternation(sorted(states))}))\s+(?:{_alternation(words)})\b"
    )


def _peoples_accused(text: str) -> dict[str, float]:
    """What the attacks and occupations the text ascribes to a people (Russian aggression, la
    ocupación israelí, l'agression russe) add per state: weights.accused each, for a demonym of one
    state only (not Korean, Congolese)."""
    _, states = _demonyms()
    weight = _cues().weights["accused"]
    out: dict[str, float] = {}
    for m in _accused_people().finditer(text):
        iso3s = states[m.group(1).lower()]
        if m.group(1)[0].isupper() and len(iso3s) == 1:
            out[iso3s[0]] = out.get(iso3s[0], 0.0) + weight
    return _merged(out, demonym_forms.accused(text, weight))


@lru_cache(maxsize=1)
def _misreadings() -> tuple[re.Pattern[str], dict[str, str]]:
    """Letters a PDF or OCR reading turned into other characters inside a word (Ki>s, Tiirkiye)."""
    table = dict(load_json("gcmextract.resources.data", "speaker_cues.json")["misread_letters"])
    return re.compile(rf"(?<=[^\W\d_])(?:{_alternation(list(table))})(?=[^\W\d_])"), table


def _repaired(text: str) -> str:
    """`text` with the letters of misread_letters restored inside words and equivalent_characters
    made one (only names are read from it)."""
    pattern, table = _misreadings()
    same = load_json("gcmextract.resources.data", "speaker_cues.json")["equivalent_characters"]
    return pattern.sub(lambda m: table[m.group()], text).translate(str.maketrans(same))


@lru_cache(maxsize=1)
def _short_names() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    """The pattern of short_names, the words that make one part of a longer name, and each name's
    state."""
    data = load_json("gcmextract.resources.data", "speaker_cues.json")
    states = {name: iso3 for iso3, names in data["short_names"].items() for name in names}
    words = _alternation(data["short_name_not_after"])
    return (
        # GUARD in front, by `guarded_finditer`
        re.compile(rf"({_alternation(list(states))})(?![\w-])"),
        re.compile(rf"(?:^|\W)(?:{words})[\s-]+$"),
        states,
    )


def _mentions(text: str) -> list[tuple[str, int, int]]:
    """Every state named in `text`, by a gazetteer name or a short name (not inside a longer name:
    the United States of America, Latin America), in order."""
    found = list(find_countries(text, ignore_case=_in_capitals(text)))
    inside = {i for _, start, end in found for i in range(start, end)}
    pattern, longer, states = _short_names()
    for m in guarded_finditer(pattern, text):
        if m.start() not in inside and not longer.search(text[max(0, m.start() - 30) : m.start()]):
            found.append((states[m.group(1)], m.start(), m.end()))
    return sorted(found, key=lambda f: f[1])


@lru_cache(maxsize=1)
def _capitals() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], dict[str, str]]:
    """The pattern of capital cities (data/capitals.json), what after or before one makes it part
    of the name of an instrument, meeting or group (the Paris Agreement, l'Accord de Paris), and
    each city's state."""
    rows = load_json("gcmextract.resources.data", "capitals.json")["capitals"]
    cities = {city: iso3 for iso3, names in rows.items() for city in names}
    data = load_json("gcmextract.resources.data", "speaker_cues.json")
    named = _alternation(data["capital_not_before"])
    return (
        re.compile(rf"({_alternation(list(cities))})(?![\w-])"),  # GUARD: `guarded_finditer`
        re.compile(rf"^(?:['’]s)?[\s-]+(?:[A-Z]|(?i:{named})\b)"),
        re.compile(rf"(?i:\b(?:{named})\s+(?:{_alternation(data['capital_not_after'])})\s*)$"),
        cities,
    )


def _capital_mentions(text: str) -> list[tuple[str, int, int]]:
    """Every capital city named in `text` outside the name of an instrument, meeting or group."""
    pattern, named_after, named_before, cities = _capitals()
    return [
        (cities[m.group(1)], m.start(), m.end())
        for m in guarded_finditer(pattern, text)
        if not named_after.match(text[m.end() : m.end() + 40])
        and not named_before.search(text[max(0, m.start() - 40) : m.start()])
    ]


def _score_mentions(
    text: str, mentions: list[tuple[str, int, int]], factor: float
) -> tuple[dict[str, float], dict[str, float]]:
    """What the `mentions` count per state (each weighted where it stands, times `factor`), and
    what of it the text speaks as that state."""
    scores: dict[str, float] = {}
    selves: dict[str, float] = {}
    data = load_json("gcmextract.resources.data", "speaker_cues.json")
    head_chars, head_factor = int(data["head_chars"]), float(data["head_factor"])
    for iso3, start, end in mentions:
        weight, is_self = _weight(text, start, end)
        weight *= factor * (head_factor if start < head_chars else 1.0)
        scores[iso3] = scores.get(iso3, 0.0) + weight
        selves[iso3] = selves.get(iso3, 0.0) + (weight if is_self else 0.0)
    return scores, selves


@lru_cache(maxsize=1)
def _titles() -> tuple[re.Pattern[str], dict[str, list[str]]]:
    """The pattern of a state's bare title (the Kingdom, el Reino, la Principauté; not the Kingdom
    of God, the United Kingdom, le Royaume-Uni) and the states of each title
    (data/state_titles.json)."""
    data = load_json("gcmextract.resources.data", "state_titles.json")
    titles: dict[str, list[str]] = data["titles"]
    of = _alternation(
        load_json("gcmextract.resources.data", "speaker_cues.json")["capital_not_after"]
    )
    return (
        re.compile(
            rf"(?<![\w-])(?i:{_alternation(data['articles'])})\s+({_alternation(list(titles))})"
            rf"(?![\w-])(?!\s+(?:(?i:{of})\b|[A-Z]))"
        ),
        titles,
    )


def _titled(text: str, scores: dict[str, float]) -> list[tuple[str, int, int]]:
    """Each bare title in `text` (The Kingdom will continue ...) as a mention of the state of that
    title that `scores` rank first among those the text names; none where it names none of them."""
    pattern, titles = _titles()
    out = []
    for m in pattern.finditer(text):
        named = [iso3 for iso3 in titles[m.group(1)] if scores.get(iso3, 0.0) > 0]
        if named:
            out.append((max(named, key=scores.__getitem__), m.start(1), m.end(1)))
    return out


def _add(
    scores: dict[str, float],
    selves: dict[str, float],
    more: tuple[dict[str, float], dict[str, float]],
) -> None:
    """Add the scores and self-references of `more` to `scores` and `selves`."""
    for iso3, weight in more[0].items():
        scores[iso3] = scores.get(iso3, 0.0) + weight
        selves[iso3] = selves.get(iso3, 0.0) + more[1][iso3]


def _totals(text: str) -> tuple[dict[str, float], dict[str, float]]:
    """What every kind of evidence in `text` counts per state, and what of it speaks as that
    state."""
    weights = _cues().weights
    scores, selves = _score_mentions(text, _mentions(text), 1.0)
    _add(scores, selves, _score_mentions(text, _capital_mentions(text), weights["capital"]))
    for iso3, weight in _own_people(text).items():
        scores[iso3] = scores.get(iso3, 0.0) + weight
        selves[iso3] = selves.get(iso3, 0.0) + weight
    for iso3, weight in _merged(_institutions_named(text), _peoples_accused(text)).items():
        scores[iso3] = scores.get(iso3, 0.0) + weight
        selves.setdefault(iso3, 0.0)
    _add(scores, selves, _score_mentions(text, _titled(text, scores), weights["title"]))
    return scores, selves


def detect_submitter(text: str) -> Found:
    """The state `text` speaks as (or, when it never does, the one it names most by position)."""
    scores, selves = _totals(_repaired(text))
    if not scores:
        return Found(None, None)
    best = max(scores, key=scores.__getitem__)  # the first named on a tie
    cues = _cues()
    voiced = [iso3 for iso3 in scores if selves[iso3] >= cues.min_self]
    if voiced and best not in voiced:  # a state the text speaks as, against one it never does
        speaker = max(voiced, key=scores.__getitem__)
        if scores[best] <= cues.self_outweighs * scores[speaker]:
            best = speaker
    source = TEXT_SELF if selves[best] >= cues.min_self else TEXT_MENTIONS
    return Found(best, source)


def detect_country(text: str) -> str | None:
    """ISO alpha-3 of the submitting state (the state the text speaks as), or None."""
    return detect_submitter(text).iso3


def found_country(document: Submission, country: str | None, source: str | None) -> Found:
    """The country of `document`: the `country` given (from `source`, default the --country option)
    or the one detected from its text; a disagreement between the text's self-reference and the
    given country or the file name is added to the document's warnings."""
    if country and (source or OPTION) == OPTION:
        return Found(country, OPTION)
    detected = detect_submitter(document.clean)
    named = country or (country_from_filename(document.source) if document.source else None)
    if named and detected.source == TEXT_SELF and detected.iso3 != named:
        document.warnings.append(
            f"the text speaks as {detected.iso3} but the file name says {named}"
            + (f" (using {named})" if country else f" (using {detected.iso3})")
        )
    return Found(country, source) if country else detected
