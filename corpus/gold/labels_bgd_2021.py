"""Hand labels of corpus/bgd-2021-ungd.txt (Bangladesh's statement in the 2021 UN General Debate,
a byte-for-byte copy of BGD_76_2021.txt of the UN General Debate corpus (2021)), written by reading it paragraph by
paragraph, independently of the extractors and their output.

Each label: (surface text, `after`, attributes). The mention is the first occurrence of its text at or
after the first occurrence of `after` ("" = from the start of the document). build_gold.py turns
them into offsets; no offset is typed by hand. Rules: docs/annotation.md.
"""

UN = "United Nations"
UNGA = "United Nations General Assembly"
PREPCOM = (
    "Preparatory Committee for the Fifth United Nations Conference on the Least Developed Countries"
)
IPCC_WG1 = "Intergovernmental Panel on Climate Change Working Group I"
V20 = "Vulnerable Twenty Group of Ministers of Finance"
OPT = {"optional": True}
M = {"kind": "money"}
USD = {"currency": "USD", "currency_inferred": True}

ORGANIZATIONS = [
    # opening: congratulations to the President of the General Assembly
    (
        "General Assembly",
        "",
        {"canonical": UNGA, "type": "igo", **OPT, "note": "inside a job title"},
    ),
    (
        "General Assembly",
        "the previous President of the ",
        {"canonical": UNGA, "type": "igo", **OPT, "note": "inside a job title"},
    ),
    ("General Assembly", "seventy-fifth session of the ", {"canonical": UNGA, "type": "igo"}),
    ("General Assembly", "seventeenth time at the ", {"canonical": UNGA, "type": "igo"}),
    # multilateralism
    ("United Nations", "multilateralism and the ", {"canonical": UN, "type": "igo"}),
    (
        "Organization",
        "would like to see the ",
        {"canonical": UN, "type": "igo", **OPT, "note": "back-reference"},
    ),
    # the Father of the Nation and the United Nations
    ("United Nations", "and called the ", {"canonical": UN, "type": "igo"}),
    ("United Nations", "our journey in the ", {"canonical": UN, "type": "igo"}),
    ("General Assembly", "maiden speech before the ", {"canonical": UNGA, "type": "igo"}),
    # development progress
    ("World Economic Forum", "", {"canonical": "World Economic Forum", "type": "ngo"}),
    # vaccines
    ("General Assembly", "At the previous session of the ", {"canonical": UNGA, "type": "igo"}),
    (
        "Assembly",
        "I urged the ",
        {"canonical": UNGA, "type": "igo", **OPT, "note": "back-reference"},
    ),
    ("World Bank", "", {"canonical": "World Bank", "type": "igo"}),
    # climate
    (IPCC_WG1, "", {"canonical": IPCC_WG1, "type": "igo"}),
    (
        "Climate Vulnerable Forum",
        "",
        {
            "canonical": "Climate Vulnerable Forum",
            "type": "igo",
            **OPT,
            "note": "inside a title held by Bangladesh (As Chair of ...)",
        },
    ),
    (
        V20,
        "",
        {
            "canonical": V20,
            "type": "igo",
            **OPT,
            "note": "inside a title held by Bangladesh (As Chair of ...)",
        },
    ),
    (
        "United Nations",
        "Conference of the Parties to the ",
        {"canonical": UN, "type": "igo", **OPT, "note": "inside the name of a treaty"},
    ),
    # education
    (
        "UNICEF",
        "",
        {"canonical": "United Nations Children's Fund", "acronym": "UNICEF", "type": "igo"},
    ),
    ("United\nNations", "We also call on the ", {"canonical": UN, "type": "igo"}),
    # LDC graduation
    (
        PREPCOM,
        "",
        {"canonical": PREPCOM, "type": "igo", **OPT, "note": "inside a title (Co-Chairs of ...)"},
    ),
    # Rohingya crisis
    (
        "Association of Southeast Asian Nations",
        "",
        {"canonical": "Association of Southeast Asian Nations", "type": "igo"},
    ),
    # closing
    (
        "United Nations",
        "right here at the ",
        {"canonical": UN, "type": "igo", **OPT, "note": "used as a place"},
    ),
    ("United Nations", "At this critical juncture, the ", {"canonical": UN, "type": "igo"}),
    (
        "organ",
        "remind this ",
        {"canonical": UNGA, "type": "igo", **OPT, "note": "body named without a proper name"},
    ),
]

AMOUNTS = [
    ("five", "among the ", {"kind": "count", "value": 5, "unit": "economies"}),
    ("31.5 per cent", "", {"kind": "percent", "value": 31.5}),
    ("20.5 per cent", "", {"kind": "percent", "value": 20.5}),
    ("$2,227", "", {**M, "value": 2227, **USD}),
    ("$48 billion", "", {**M, "value": 48_000_000_000, **USD}),
    (
        "23.67 per 1,000",
        "",
        {"kind": "count", "value": 23.67, **OPT, "note": "rate (infant mortality per 1,000)"},
    ),
    (
        "173 per 100,000",
        "",
        {"kind": "count", "value": 173, "unit": "births", **OPT, "note": "rate"},
    ),
    ("28", "Those decisions included ", {"kind": "count", "value": 28, "unit": "packages"}),
    ("$14.6 billion", "", {**M, "value": 14_600_000_000, **USD}),
    ("4.44 per cent", "", {"kind": "percent", "value": 4.44}),
    ("$1.61 billion", "", {**M, "value": 1_610_000_000, **USD}),
    (
        "40 million",
        "",
        {"kind": "count", "value": 40_000_000, "unit": "people", "qualifier": "nearly"},
    ),
    ("5 per cent", "achieve more than ", {"kind": "percent", "value": 5, "qualifier": "more than"}),
    ("84 per cent", "", {"kind": "percent", "value": 84}),
    (
        "1 per cent",
        "have received less than ",
        {"kind": "percent", "value": 1, "qualifier": "less than"},
    ),
    (
        "millions",
        "by leaving ",
        {"kind": "count", "value": 1_000_000, "unit": "people", **OPT, "note": "vague size"},
    ),
    (
        "half",
        "close to ",
        {
            "kind": "percent",
            "value": 50,
            "qualifier": "close to",
            **OPT,
            "note": "fraction (half of the world's students)",
        },
    ),
    (
        "Millions",
        "school closures. ",
        {"kind": "count", "value": 1_000_000, "unit": "students", **OPT, "note": "vague size"},
    ),
    ("three", "Sheikh Fazilutunnesa Mujib; my ", {"kind": "count", "value": 3, "unit": "brothers"}),
    ("Eighteen", "", {"kind": "count", "value": 18, "unit": "members"}),
]

DATES = [
    ("25 September 1974", "", {"kind": "date", "value": "1974-09-25"}),
    ("2014", "", {"kind": "date", "value": "2014", "modifier": "since"}),
    ("2021", "Sustainable Development Report ", {"kind": "date", "value": "2021"}),
    ("2015", "", {"kind": "date", "value": "2015", "modifier": "since"}),
    ("2041", "", {"kind": "date", "value": "2041", "modifier": "by"}),
    ("2100", "", {"kind": "date", "value": "2100", "modifier": "by"}),
    ("2020", "economic growth in ", {"kind": "date", "value": "2020"}),
    ("2030", "Decade ", {"kind": "date", "value": "2030"}),
    ("15 August 1975", "", {"kind": "date", "value": "1975-08-15"}),
]

OBJECTIVE_REFS: list = []

SECTIONS: list = []

DOCUMENT = {
    "source": "corpus/bgd-2021-ungd.txt",
    "country": "Bangladesh",
    "period": None,
    "language": "en",
}
