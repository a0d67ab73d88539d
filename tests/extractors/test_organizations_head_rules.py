"""Head-noun rules for organisation candidates, in several countries' styles: a plural acronym or a
long form headed by an activity defines no body, a plural English name without a connector is a
class, an English statistical guess without a head word needs a cue, well-known events are not
bodies; real bodies defined the same way stay."""

from __future__ import annotations

import pytest

from gcmextract.extractors.organizations.resolve import explain_organizations


def _ner(text: str, *names: str, label: str = "ORG") -> list[tuple[int, int, str]]:
    out = []
    for name in names:
        start = text.index(name)
        out.append((start, start + len(name), label))
    return out


def _kept(text: str, ner: list[tuple[int, int, str]], lang: str = "en") -> list[str]:
    return [o.text for o in explain_organizations(text, ner, set(), language=lang).organizations]


def _reasons(text: str, ner: list[tuple[int, int, str]], lang: str = "en") -> dict[str, str]:
    found = explain_organizations(text, ner, set(), language=lang)
    return {text[r.candidate.start : r.candidate.end]: r.reason for r in found.rejected}


@pytest.mark.parametrize(
    ("text", "lang", "bodies"),
    [
        (
            "The Ministry of Labour and Social Protection (MLSP) issued rules for Private "
            "Employment Agencies (PEAs). The MLSP inspects PEAs.",
            "en",
            ["Ministry of Labour and Social Protection", "MLSP", "MLSP"],
        ),
        (
            "Nepal's Migrant Resource Centres (MRCs) inform workers; the Department of Foreign "
            "Employment (DoFE) licenses agencies.",
            "en",
            ["Department of Foreign Employment", "DoFE"],
        ),
        (
            "La Secretaría de Relaciones Exteriores (SRE) apoya a las Oficinas Consulares (OCs).",
            "es",
            ["Secretaría de Relaciones Exteriores", "SRE"],
        ),
    ],
)
def test_plural_acronym_defines_a_class_not_a_body(text: str, lang: str, bodies: list[str]) -> None:
    assert _kept(text, [], lang) == bodies


@pytest.mark.parametrize(
    ("text", "lang", "long_form", "body"),
    [
        (
            "The Ghana Immigration Service (GIS) received Integrated Border Management (IBM) "
            "training.",
            "en",
            "Integrated Border Management",
            "Ghana Immigration Service",
        ),
        (
            "The Commission on Filipinos Overseas (CFO) runs the Pre-Departure Orientation "
            "Seminar (PDOS).",
            "en",
            "Pre-Departure Orientation Seminar",
            "Commission on Filipinos Overseas",
        ),
        (
            "El Instituto Nacional de Migración (INM) coordina el Retorno Asistido Voluntario "
            "(RVA).",
            "es",
            "Retorno Asistido Voluntario",
            "Instituto Nacional de Migración",
        ),
        (
            "L'Office français de l'immigration et de l'intégration (OFII) finance la Gestion "
            "intégrée des frontières (GIF).",
            "fr",
            "Gestion intégrée des frontières",
            "Office français de l'immigration et de l'intégration",
        ),
    ],
)
def test_long_form_headed_by_an_activity_is_no_body(
    text: str, lang: str, long_form: str, body: str
) -> None:
    # the statistical model often ends an ORG span there: that alone does not make it a body
    kept = _kept(text, _ner(text, long_form, body), lang)
    assert body in kept
    assert long_form not in kept
    acronym = text[text.index(long_form) + len(long_form) :].split("(")[1].split(")")[0]
    assert acronym not in kept


def test_acronym_of_a_rejected_definition_is_no_body() -> None:
    text = "The Pre-Departure Orientation Seminar (PDOS) is compulsory. PDOS sessions last a day."
    second = text.rindex("PDOS")
    ner = [(second, second + 4, "ORG")]
    assert _kept(text, ner) == []
    assert _reasons(text, ner)["PDOS"] == "not-organisation-acronym"


@pytest.mark.parametrize(
    "name", ["Migrant Resource Centres", "Technical Training Centres", "Forum Island Countries"]
)
def test_plural_english_name_without_connector_is_a_class(name: str) -> None:
    text = f"Workers visited the {name} last year."
    assert _kept(text, _ner(text, name)) == []
    assert _reasons(text, _ner(text, name))[name] == "group-of-people"


@pytest.mark.parametrize(
    "name", ["Catholic Relief Services", "Mercy Corps", "Lawyers for Human Rights"]
)
def test_plural_names_of_one_body_stay(name: str) -> None:
    text = f"Support came from {name} last year."
    assert _kept(text, _ner(text, name)) == [name]


def test_unconfirmed_english_guess_is_rejected_but_a_cue_confirms() -> None:
    text = "The campaign Telling the Real Story reached Eritreans."
    assert (
        _reasons(text, _ner(text, "Telling the Real Story"))["Telling the Real Story"]
        == "unconfirmed"
    )
    text = "Remittance companies such as Western Union charge high fees."
    assert _kept(text, _ner(text, "Western Union")) == ["Western Union"]
    text = "Asylum Access, an NGO, helps refugees gain access to work."
    assert _kept(text, _ner(text, "Asylum Access")) == ["Asylum Access"]


def test_body_named_after_its_country_stays() -> None:
    text = "Figures were published by Statistics Norway in May."
    assert _kept(text, _ner(text, "Statistics Norway")) == ["Statistics Norway"]


def test_unconfirmed_rule_reads_english_phrases_only() -> None:
    text = "Le Conseil a entendu Telling the Real Story hier."
    name = "Telling the Real Story"
    assert _reasons(text, _ner(text, name), "fr").get(name) == "unconfirmed"
    assert _reasons(text, _ner(text, name), "en").get(name) == "unconfirmed"
    text = "Selon Dakar Matin, les envois augmentent chaque année."
    assert _reasons(text, _ner(text, "Dakar Matin"), "fr").get("Dakar Matin") != "unconfirmed"


def test_review_forum_is_an_event() -> None:
    text = "States met at the International Migration Review Forum in New York."
    name = "International Migration Review Forum"
    assert _kept(text, _ner(text, name)) == []


@pytest.mark.parametrize(
    ("text", "lang", "office"),
    [
        ("UNICEF México y ACNUR apoyan a los niños.", "es", "UNICEF México"),
        ("Aid came from Caritas Mali and others.", "en", "Caritas Mali"),
        ("Partners included Caritas International last year.", "en", "Caritas International"),
    ],
)
def test_country_office_of_a_known_body_is_one_mention(text: str, lang: str, office: str) -> None:
    assert office in _kept(text, [], lang)


def test_member_states_after_a_known_acronym_are_not_its_office() -> None:
    text = "Several UNECA Member States replied."
    assert _kept(text, _ner(text, "Member States", label="GPE")) == ["UNECA"]


def test_field_of_work_in_a_body_chain_keeps_the_body_and_its_acronym() -> None:
    text = "The Executive Office for Immigration Review (EOIR) hears cases; EOIR judges rule."
    assert _kept(text, []) == ["Executive Office for Immigration Review", "EOIR", "EOIR"]


def test_list_of_companies_is_cut_at_its_first_comma() -> None:
    text = "Remittance firms such as Western Union, MoneyGram and Remitly compete."
    name = "Western Union, MoneyGram and Remitly"
    assert _kept(text, _ner(text, name)) == ["Western Union"]


def test_list_inside_one_name_stays_whole() -> None:
    text = "The Bureau of Manpower, Employment and Training (BMET) trains workers."
    assert _kept(text, [])[0] == "Bureau of Manpower, Employment and Training"


def test_statistical_span_joining_a_body_and_a_known_name_is_split() -> None:
    text = "The Office of Inspector General and Human Rights Watch criticised the centres."
    name = "Office of Inspector General and Human Rights Watch"
    assert _kept(text, _ner(text, name)) == ["Office of Inspector General", "Human Rights Watch"]


def test_acronym_before_a_programme_word_names_the_programme() -> None:
    text = "The Pacific Climate Change Migration and Human Security (PCCMHS) programme began."
    start = text.index("PCCMHS")
    assert _kept(text, [(start, start + 6, "ORG")]) == []


@pytest.mark.parametrize(
    ("text", "lang", "bodies"),
    [
        (
            "Le texte a été adopté par le gouvernement du Québec en 2019.",
            "fr",
            ["gouvernement du Québec"],
        ),
        (
            "La Mesa Nacional contra la Trata de Personas se reunió en Asunción.",
            "es",
            ["Mesa Nacional contra la Trata de Personas"],
        ),
        (
            "El Sistema Nacional para el Desarrollo Integral de la Familia (SNDIF) atiende a "
            "niños. El SNDIF informó.",
            "es",
            [
                "Sistema Nacional para el Desarrollo Integral de la Familia",
                "SNDIF",
                "SNDIF",
            ],
        ),
    ],
)
def test_spanish_and_french_bodies_named_by_their_own_heads(
    text: str, lang: str, bodies: list[str]
) -> None:
    assert _kept(text, [], lang) == bodies


def test_french_government_needs_its_country() -> None:
    assert _kept("Le gouvernement fédéral a décidé de agir.", [], "fr") == []


def test_long_form_does_not_run_back_over_a_sentence_end() -> None:
    text = (
        "The State Department publishes the Trafficking in Persons Report. The Senior Policy "
        "Operating Group (SPOG) meets quarterly."
    )
    assert _kept(text, [])[-2:] == ["Senior Policy Operating Group", "SPOG"]


def test_long_form_before_a_database_word_names_the_database() -> None:
    text = "Costs come from the Remittance Prices Worldwide (RPW) database of the World Bank."
    name = "Remittance Prices Worldwide"
    assert _kept(text, _ner(text, name)) == ["World Bank"]


def test_head_left_out_of_the_acronym_letters_starts_the_long_form() -> None:
    text = "The Ministry of Social Welfare (SW) and the Commission on Human Rights (CHR) met."
    assert _kept(text, [])[:2] == ["Ministry of Social Welfare", "SW"]
