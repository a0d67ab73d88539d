"""Hand labels of corpus/ken-2024-ungd-acronyms.txt: Kenya's statement in the 2024 UN General Debate
(79th session; the body is a byte-for-byte copy of KEN_79_2024.txt of the UN General Debate corpus),
preceded by a title and a "LIST OF ACRONYMS" whose two columns are glued together as PDF-to-text copies
print them ("AUAfrican Union"). Written by reading the document line by line and paragraph by
paragraph, independently of the extractors: they were not run on this text and their source and output
were not consulted.

Each label: (surface text, `after`, attributes). The mention is the first occurrence of its text at or
after the first occurrence of `after` ("" = from the start of the document). build_gold.py turns
them into offsets; no offset is typed by hand. Rules: docs/annotation.md; conventions: README.md.

Glossary rows that name an organisation give two mentions: the acronym, and the long form glued to it
(its span starts right after the acronym's last letter, so its `after` hint is the glued row itself).
Rows naming non-organisations (COP a conference, GW a unit, SDG a goal) give no mention.
Kenya's currency (the shilling) is not written with "$", so a bare "$" is USD with currency_inferred.
"""

UN = "United Nations"
UNGA = "United Nations General Assembly"
UNSC = "United Nations Security Council"
AU = "African Union"
ATMIS = "African Union Transition Mission in Somalia"
MSS = "Multinational Security Support Mission"
IDA = "International Development Association"
UNEP = "United Nations Environment Programme"
UNON = "United Nations Office at Nairobi"
OPT = {"optional": True}
M = {"kind": "money"}
USD = {"currency": "USD", "currency_inferred": True}


def _un(**extra: object) -> dict:
    return {"canonical": UN, "acronym": "UN", "type": "igo", **extra}


def _au(**extra: object) -> dict:
    return {"canonical": AU, "acronym": "AU", "type": "igo", **extra}


def _unga(**extra: object) -> dict:
    return {"canonical": UNGA, "type": "igo", **extra}


def _unsc(**extra: object) -> dict:
    return {"canonical": UNSC, "type": "igo", **extra}


def _unep() -> dict:
    return {"canonical": UNEP, "acronym": "UNEP", "type": "igo"}


def _unon() -> dict:
    return {"canonical": UNON, "acronym": "UNON", "type": "igo"}


def _ida() -> dict:
    return {"canonical": IDA, "acronym": "IDA", "type": "igo"}


def _atmis() -> dict:
    return {"canonical": ATMIS, "acronym": "ATMIS", "type": "igo"}


def _mss() -> dict:
    return {"canonical": MSS, "acronym": "MSS", "type": "igo"}


ORGANIZATIONS = [
    # title: the General Assembly named inside the name of the event (the General Debate)
    ("United Nations General Assembly", "Statement at the General Debate", _unga()),
    # LIST OF ACRONYMS (glued columns). COP, GW and SDG rows are not organisations.
    ("ATMIS", "LIST OF ACRONYMS", _atmis()),
    (ATMIS, "ATMISAfrican", _atmis()),
    ("AU", "\nAUAfrican Union", _au()),
    (AU, "\nAUAfrican Union", _au()),
    ("IDA", "\nIDAInternational", _ida()),
    (IDA, "\nIDAInternational", _ida()),
    ("MSS", "\nMSSMultinational", _mss()),
    (MSS, "\nMSSMultinational", _mss()),
    ("UN", "\nUNUnited Nations", _un()),
    (UN, "\nUNUnited Nations", _un()),
    ("UNEP", "\nUNEPUnited", _unep()),
    (UNEP, "\nUNEPUnited", _unep()),
    ("UNON", "\nUNONUnited", _unon()),
    (UNON, "\nUNONUnited", _unon()),
    # salutation: bodies named inside job titles
    (
        "UN General Assembly",
        "President of the 79th Session of the ",
        _unga(**OPT, note="inside a job title (President of the ... General Assembly)"),
    ),
    (
        UN,
        "Philemon Yang,  ",
        _un(**OPT, note="inside a job title (United Nations Secretary-General)"),
    ),
    # 1
    (
        "General Assembly",
        "President of this Session of the ",
        _unga(**OPT, note="inside a job title"),
    ),
    # 2
    (UN, "core values and mission of the ", _un()),
    # 3 the UN named inside a document's name (Ecuador convention)
    (UN, "The promise of the ", _un()),
    # 9
    ("UN", "reaffirming the core values of the ", _un()),
    # 11
    ("UN", "regional peace operations and ", _un()),
    (ATMIS, "participation in the ", _atmis()),
    ("ATMIS", "Transition Mission in Somalia (", _atmis()),
    (
        "Al Shabaab",
        "",
        {
            "canonical": "Al-Shabaab",
            "type": "other",
            **OPT,
            "note": "an armed group: a named organisation, but none of the guideline's kinds of body",
        },
    ),
    ("Security Council", "non-permanent member of the ", _unsc()),
    ("UN", "The UN must, however", _un()),
    # 12
    ("Security Council", "welcomes the adoption of the ", _unsc()),
    ("AU", "framework for financing ", _au()),
    ("UN", "support operations through ", _un()),
    ("AU", "Well-funded ", _au()),
    # 14
    (
        "General Assembly",
        "At the last ",
        _unga(**OPT, note="names a session of the Assembly (an event) rather than the body"),
    ),
    (MSS, "readiness to lead a ", _mss()),
    ("MSS", "Support Mission (", _mss()),
    (
        "Haitian government",
        "to Haiti, at the ",
        {
            "canonical": "Government of Haiti",
            "type": "government",
            **OPT,
            "note": "a government described (nationality adjective), not named",
        },
    ),
    ("Security Council", "Following the ", _unsc()),
    (
        "Haitian National Police",
        "",
        {"canonical": "Haitian National Police", "type": "government"},
    ),
    # 15
    ("MSS", "This has been critical to the ", _mss()),
    ("MSS", "either directly to ", _mss()),
    (
        "UN Trust Fund",
        "",
        {"canonical": "UN Trust Fund", "type": "igo", **OPT, "note": "a fund"},
    ),
    # 16
    (
        "General Assembly",
        "Since the last ",
        _unga(**OPT, note="names a session of the Assembly (an event) rather than the body"),
    ),
    # 17
    ("UN Security Council", "", _unsc()),
    ("Council", "continues to hamper", _unsc(**OPT, note="back-reference")),
    ("Security Council", "We must urgently seek to make the ", _unsc()),
    # 18
    ("UN", "collective action solely at the ", _un()),
    ("AU", "comprehensively reforming the ", _au()),
    # 26
    (
        "Accelerated Partnerships for Renewals in Africa",
        "",
        {
            "canonical": "Accelerated Partnership for Renewables in Africa",
            "type": "igo",
            **OPT,
            "note": "an inter-state partnership launched as an initiative: close to a programme",
        },
    ),
    # 27
    (
        "SDG Stimulus Fund",
        "",
        {"canonical": "SDG Stimulus Fund", "type": "igo", **OPT, "note": "a fund"},
    ),
    (IDA, "replenishing the ", _ida()),
    ("IDA", "Development Association (", _ida()),
    ("IDA", "I hosted the ", _ida()),
    ("IDA", "critical importance of ", _ida()),
    # 28
    ("Africa Club", "", {"canonical": "Africa Club", "type": "igo"}),
    # 29
    ("Afrexim Bank", "", {"canonical": "African Export-Import Bank", "type": "igo"}),
    (
        "Trade and Development Bank",
        "",
        {"canonical": "Trade and Development Bank", "type": "igo"},
    ),
    (
        "Africa Finance Corporation",
        "",
        {"canonical": "Africa Finance Corporation", "type": "igo"},
    ),
    # 35-36
    ("UNEP", "thereby reinforcing ", _unep()),
    ("UNEP", "regrettable that ", _unep()),
    ("UNEP", "carved away and located elsewhere. ", _unep()),
    ("UN", "one of only two ", _un()),
    # 37
    ("UNEP", "As the host country for ", _unep()),
    (
        "UN-Habitat",
        "",
        {
            "canonical": "United Nations Human Settlements Programme",
            "acronym": "UN-Habitat",
            "type": "igo",
        },
    ),
    ("Assembly", "opportunity to thank the ", _unga(**OPT, note="back-reference")),
    ("United Nations Office in Nairobi", "", _unon()),
    ("UNON", "Office in Nairobi (", _unon()),
    ("UN", "the largest ", _un()),
    (
        "Secretariat",
        "accessibility of the ",
        {
            "canonical": "United Nations Secretariat",
            "type": "igo",
            **OPT,
            "note": "short name / back-reference",
        },
    ),
    ("Assembly", "We look forward to the ", _unga(**OPT, note="back-reference")),
    ("UNON", "critical to ensure that ", _unon()),
    # 38
    ("UNON", "play its part in ensuring that ", _unon()),
    (
        "government of Kenya",
        "",
        {"canonical": "Government of Kenya", "type": "government"},
    ),
    (UN, "humanitarian hub for the ", _un()),
    # 41
    (UN, "true spirit of the ", _un()),
]

AMOUNTS = [
    # 14-15 police officers deployed to Haiti
    ("382", "", {"kind": "count", "value": 382, "unit": "officers"}),
    ("2500", "", {"kind": "count", "value": 2500, "unit": "officers"}),
    # 17
    ("54", "excludes ", {"kind": "count", "value": 54, "unit": "countries"}),
    ("1.4 billion", "", {"kind": "count", "value": 1_400_000_000, "unit": "people"}),
    (
        "one",
        "while allowing ",
        {"kind": "count", "value": 1, "unit": "nation", **OPT, "note": "rhetorical cardinal"},
    ),
    ("193", "", {"kind": "count", "value": 193, "unit": "states"}),
    # 19
    ("17%", "", {"kind": "percent", "value": 17}),
    (
        "half",
        "on track; nearly ",
        {"kind": "percent", "value": 50, "qualifier": "nearly", **OPT, "note": "fraction"},
    ),
    (
        "one-third",
        "",
        {"kind": "percent", "value": 33.33, "qualifier": "over", **OPT, "note": "fraction"},
    ),
    # 21
    (
        "billions",
        "normal experience of ",
        {"kind": "count", "value": 1_000_000_000, "unit": "people", **OPT, "note": "vague size"},
    ),
    # 25 physical measures (gigawatts)
    (
        "500",
        "out of the ",
        {"kind": "count", "value": 500, "unit": "gw", **OPT, "note": "physical measure"},
    ),
    (
        "3",
        "Africa accounted for less than ",
        {
            "kind": "count",
            "value": 3,
            "unit": "gw",
            "qualifier": "less than",
            **OPT,
            "note": "physical measure",
        },
    ),
    # 27
    ("$120 billion", "", {**M, "value": 120_000_000_000, **USD}),
    # 31
    (
        "110 million",
        "",
        {"kind": "count", "value": 110_000_000, "unit": "people", "qualifier": "over"},
    ),
    ("$8.5 billion", "", {**M, "value": 8_500_000_000, **USD, "qualifier": "more than"}),
    (
        "5,000",
        "",
        {"kind": "count", "value": 5000, "unit": "fatalities", "qualifier": "approximately"},
    ),
    # 36
    ("two", "one of only ", {"kind": "count", "value": 2, "unit": "headquarters"}),
]

DATES = [
    # 2, 20: a year inside a name is still a date
    ("2030", "core principles of the ", {"kind": "date", "value": "2030"}),
    ("2024", "the post-", {"kind": "date", "value": "2024", "modifier": "post"}),
    ("2024", "Yet, the ", {"kind": "date", "value": "2024"}),
    ("2030", "efforts to realise the ", {"kind": "date", "value": "2030"}),
    ("2023", "added to the global mix in ", {"kind": "date", "value": "2023"}),
    ("2023", "by the Secretary-General in ", {"kind": "date", "value": "2023"}),
    ("2022", "31. In ", {"kind": "date", "value": "2022"}),
    ("2025", "as construction begins in ", {"kind": "date", "value": "2025"}),
]

OBJECTIVE_REFS: list = []

SECTIONS: list = []

DOCUMENT = {
    "source": "corpus/ken-2024-ungd-acronyms.txt",
    "country": "Kenya",
    "language": "en",
}
