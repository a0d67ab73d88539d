"""The submitting state is the one the text speaks as, not the one it talks about most; how it was
found is recorded, and a file name that disagrees is a warning."""

from __future__ import annotations

import pytest

from gcmextract.ingest.document import Block, Document
from gcmextract.resources.submitter import (
    FILENAME,
    OPTION,
    TEXT_MENTIONS,
    TEXT_SELF,
    detect_submitter,
    found_country,
)


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        # named often as the state under discussion, the speaker named once in its own voice
        (
            "The war in Ukraine must end. Russia's aggression against Ukraine violates the Charter. "
            "We stand with Ukraine and the people of Ukraine. Sanctions on Russia are needed. "
            "Ghana, my country, has sent humanitarian aid.",
            "GHA",
        ),
        (
            "On behalf of the Government and people of Fiji, I greet the Assembly. The conflict in "
            "Yemen and the crisis in Yemen and Syria worry us. Peace in Yemen is urgent.",
            "FJI",
        ),
        (
            "Climate change is real. In Norway, we have cut emissions by a third. The floods in "
            "Pakistan, the drought in Somalia, and the fires in Canada and in Greece show it.",
            "NOR",
        ),
        (
            "Señor Presidente: mi país, Chile, reafirma su compromiso con el multilateralismo. La "
            "crisis en Venezuela y en Haití y la situación en Venezuela nos preocupan.",
            "CHL",
        ),
        (
            "Au nom de la République du Sénégal, je salue l'Assemblée. La crise au Mali, au Mali "
            "encore, et la situation en Libye nous préoccupent.",
            "SEN",
        ),
        (
            "La guerre en Ukraine et la crise en Ukraine nous inquiètent. Au Maroc, nous avons "
            "ouvert 12 centres d'accueil pour les migrants.",
            "MAR",
        ),
    ],
)
def test_speaking_state_beats_the_state_discussed(text: str, iso3: str) -> None:
    found = detect_submitter(text)
    assert (found.iso3, found.source) == (iso3, TEXT_SELF)


def test_the_speaker_by_title_not_the_president_congratulated() -> None:
    text = (
        "I congratulate the President of Turkey on the summit, and Turkey on its election. Turkey "
        "has hosted talks. As the President of Honduras, I have raised my voice for the region."
    )
    assert detect_submitter(text) == ("HND", TEXT_SELF)


def test_accused_state_is_not_the_speaker() -> None:
    text = (
        "Estonia is committed to the Charter. Russia invaded its neighbour. Russia is waging a war "
        "of aggression. Russia's attacks on civilians are war crimes."
    )
    assert detect_submitter(text).iso3 == "EST"


def test_no_self_reference_says_so() -> None:
    found = detect_submitter("Trade between Japan and Korea grew. Japan exported cars.")
    assert found == (found.iso3, TEXT_MENTIONS) and found.iso3 == "JPN"
    assert detect_submitter("No country is named here.") == (None, None)


def _doc(text: str, source: str) -> Document:
    return Document(
        id="d",
        source=source,
        sha256="0",
        format="txt",
        text=text,
        clean=text,
        blocks=[Block(kind="paragraph", start=0, end=len(text))],
    )


def test_option_wins_silently_and_filename_disagreement_warns() -> None:
    text = "On behalf of the Government of Peru, I thank the Assembly. Peru is committed."
    doc = _doc(text, "KEN_77_2022.txt")
    assert found_country(doc, "KEN", None) == ("KEN", OPTION) and not doc.warnings
    assert found_country(doc, "KEN", FILENAME) == ("KEN", FILENAME)
    assert len(doc.warnings) == 1 and "PER" in doc.warnings[0] and "KEN" in doc.warnings[0]
    plain = _doc(text, "KEN_77_2022.txt")
    assert found_country(plain, None, None) == ("PER", TEXT_SELF)
    assert "file name says KEN" in plain.warnings[0]
    agreeing = _doc(text, "peru-review.txt")
    assert found_country(agreeing, None, None) == ("PER", TEXT_SELF) and not agreeing.warnings


def test_own_people_by_demonym_but_not_peoples_stood_with() -> None:
    text = (
        "The crisis in Thailand and the floods in Thailand and Viet Nam concern us. Our Lao people "
        "have worked hard. We stand with our Cambodian brothers and sisters."
    )
    assert detect_submitter(text) == ("LAO", TEXT_SELF)
    others = "Trade with Chile grew. Chile exported copper. We salute our Peruvian friends."
    assert detect_submitter(others) == ("CHL", TEXT_MENTIONS)


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        # a curly apostrophe inside a formal name: not the shorter name it contains
        (
            "The Democratic People’s Republic of Korea will defend itself. The United States "
            "keeps up its hostile policy against the Democratic People’s Republic of Korea.",
            "PRK",
        ),
        ("The Government of Côte d’Ivoire has adopted a national plan.", "CIV"),
        # a statement typed in capitals
        (
            "ON BEHALF OF THE KINGDOM OF LESOTHO, I CONGRATULATE YOU. THE CONFLICT IN SUDAN "
            "AND THE WAR IN SUDAN CONCERN US.",
            "LSO",
        ),
        # an abbreviation, found by its case
        ("My country, the UAE, supports the talks in Yemen.", "ARE"),
    ],
)
def test_names_in_other_spellings(text: str, iso3: str) -> None:
    assert detect_submitter(text).iso3 == iso3


def test_lower_case_abbreviation_is_not_a_country() -> None:
    from gcmextract.resources.country import find_countries

    assert [c for c, _, _ in find_countries("let us talk about dprk and uae")] == []
    assert [c for c, _, _ in find_countries("THE UAE AND THE DPRK", ignore_case=True)] == []


def test_own_people_in_a_named_state() -> None:
    text = (
        "The United States and the United States Congress must act. The United States leads. "
        "I speak for the dispossessed, including my own people in Tuvalu."
    )
    assert detect_submitter(text) == ("TUV", TEXT_SELF)


def test_institution_named_by_demonym_counts_for_its_state() -> None:
    text = (
        "The conflict in Myanmar worries the region. The Nauruan Government has adopted a plan, "
        "and the Nauruan Parliament passed the law on climate migration."
    )
    assert detect_submitter(text).iso3 == "NRU"


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        (
            "Relations with the Republic of Tajikistan, trade with the Republic of Tajikistan, "
            "talks with the Republic of Tajikistan and borders with the Republic of Tajikistan "
            "matter. Kyrgyzstan is committed to peace.",
            "KGZ",
        ),
        (
            "Las relaciones con la República de Colombia, el comercio con la República de "
            "Colombia, el diálogo con la República de Colombia y la frontera con la República de "
            "Colombia importan. Ecuador reafirma su compromiso.",
            "ECU",
        ),
        (
            "Les relations avec la République du Mali, le commerce avec la République du Mali, "
            "le dialogue avec la République du Mali et la frontière avec la République du Mali "
            "comptent. Le Niger réaffirme son engagement.",
            "NER",
        ),
    ],
)
def test_formal_name_after_a_preposition_is_a_state_talked_about(text: str, iso3: str) -> None:
    assert detect_submitter(text).iso3 == iso3


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        (
            "Cuba is committed to dialogue. Without trust in the United States, we cannot move "
            "on. We hope trade with the United States grows.",
            "CUB",
        ),
        (
            "Panamá reafirma su compromiso. Sin confianza en los Estados Unidos, nosotros no "
            "podemos avanzar.",
            "PAN",
        ),
        (
            "Le Tchad réaffirme son engagement. Sans progrès au Soudan, nous ne pourrons rien "
            "faire.",
            "TCD",
        ),
    ],
)
def test_in_a_state_we_only_where_the_clause_opens_with_it(text: str, iso3: str) -> None:
    assert detect_submitter(text).iso3 == iso3


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        (
            "Trade with Peru grew. Let me conclude by saying that, in Bolivia, we never gave up.",
            "BOL",
        ),
        ("El comercio con Perú creció. Quiero decir que, en Bolivia, nosotros resistimos.", "BOL"),
        ("Le commerce avec le Ghana a crû. Je dirai qu'au Togo, nous avons tenu bon.", "TGO"),
    ],
)
def test_in_a_state_we_after_a_clause_opening(text: str, iso3: str) -> None:
    assert detect_submitter(text) == (iso3, TEXT_SELF)


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        # the state defended is the subject of many sentences; the speaker of its stance verbs
        (
            "The war in Ukraine must end. Ukraine is fighting for its freedom. Ukraine is fighting "
            "for us all. Ukraine will need more support. Lithuania calls on all States to help. "
            "Lithuania firmly supports the sanctions.",
            "LTU",
        ),
        (
            "La guerra en Ucrania debe terminar. Ucrania resiste cada día. Ucrania lucha por "
            "todos. Ucrania necesita apoyo. Uruguay reafirma su compromiso con la Carta. Uruguay "
            "condena la agresión.",
            "URY",
        ),
        (
            "La guerre en Ukraine doit cesser. L'Ukraine résiste chaque jour. L'Ukraine se bat "
            "pour nous tous. L'Ukraine a besoin d'aide. La Belgique réaffirme son engagement. La "
            "Belgique soutient fermement les sanctions.",
            "BEL",
        ),
    ],
)
def test_the_state_of_the_stance_verbs_is_the_speaker(text: str, iso3: str) -> None:
    assert detect_submitter(text).iso3 == iso3


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        (
            "Turkey, which systematically violates international law, calls on the world to "
            "recognize its entity. Turkey, the occupying power, ignores the resolutions. Cyprus "
            "remains committed to a settlement.",
            "CYP",
        ),
        (
            "Israel, que viola el derecho internacional, exhorta al mundo a callar. Israel, la "
            "potencia ocupante, ignora las resoluciones. Qatar reafirma su compromiso.",
            "QAT",
        ),
    ],
)
def test_an_aside_that_accuses_makes_the_state_accused(text: str, iso3: str) -> None:
    assert detect_submitter(text).iso3 == iso3


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        (
            "Extremism in northern Mozambique, floods in southern Mozambique and drought in "
            "central Mozambique worry the region. Zambia is ready to help.",
            "ZMB",
        ),
        (
            "La crisis en la hermana Venezuela, la inflación en la hermana Venezuela y el éxodo "
            "desde la hermana Venezuela nos preocupan. Bolivia es solidaria.",
            "BOL",
        ),
    ],
)
def test_a_state_after_an_adjective_of_place_or_kinship_is_talked_about(
    text: str, iso3: str
) -> None:
    assert detect_submitter(text).iso3 == iso3


def test_the_congo_of_kinshasa_in_its_other_spellings() -> None:
    from gcmextract.resources.country import find_countries

    text = "DRC; Democratic Republic of Congo; République démocratique du Congo; Congo"
    assert [c for c, _, _ in find_countries(text)] == ["COD", "COD", "COD", "COG"]


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        (
            "The aggression by Israel, the occupation by Israel and the crimes perpetrated by "
            "Israel must end, as agreed at the talks held in Jordan.",
            "JOR",
        ),
        (
            "La ocupación por Israel, los crímenes cometidos por Israel y la agresión por Israel "
            "deben cesar; lo dijimos en Egipto.",
            "EGY",
        ),
        (
            "L'occupation par Israël, les crimes commis par Israël et l'agression par Israël "
            "doivent cesser ; nous l'avons dit au Liban.",
            "LBN",
        ),
    ],
)
def test_the_author_of_an_attack_or_occupation_is_not_the_speaker(text: str, iso3: str) -> None:
    assert detect_submitter(text).iso3 == iso3


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        (
            "The war of Russia and the crimes of Russia must be punished, not only for us, "
            "Ukrainians, but for the world.",
            "UKR",
        ),
        (
            "The troops of Armenia and the claims of Armenia must go, for the sake of us, "
            "Azerbaijanis, and of peace.",
            "AZE",
        ),
    ],
)
def test_us_comma_demonym_is_the_speakers_people(text: str, iso3: str) -> None:
    assert detect_submitter(text) == (iso3, TEXT_SELF)


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        # a curly apostrophe inside a formal title or a cue reads as a straight one
        (
            "The development of the People’s Republic of China draws attention. The invaders "
            "were expelled from Nicaragua. Trade with Nicaragua grew.",
            "NIC",
        ),
        ("Le commerce avec le Ghana a crû. Je dirai qu’au Togo, nous avons tenu bon.", "TGO"),
    ],
)
def test_curly_apostrophes_in_cues(text: str, iso3: str) -> None:
    assert detect_submitter(text).iso3 == iso3


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        (
            "The floods in Fiji and the drought in Fiji worry us. God bless Tuvalu. God bless the "
            "United Nations.",
            "TUV",
        ),
        ("La crisis en Haití y en Haití nos preocupa. ¡Viva Bolivia! ¡Viva la paz!", "BOL"),
        ("La crise au Mali et au Mali nous préoccupe. Vive le Sénégal ! Vive la paix !", "SEN"),
    ],
)
def test_closing_wishes_name_the_speaker(text: str, iso3: str) -> None:
    assert detect_submitter(text) == (iso3, TEXT_SELF)


def test_america_is_the_united_states_but_latin_america_is_not() -> None:
    from gcmextract.resources.submitter import detect_submitter as detect

    text = (
        "China's trade abuses hurt the world, and China's emissions keep rising. America will "
        "always be a leader. America is fulfilling its destiny."
    )
    assert detect(text).iso3 == "USA"
    region = (
        "Trade with Latin America, Central America and South America grew. Mexico is ready to "
        "lead in our America."
    )
    assert detect(region).iso3 == "MEX"


def test_a_stance_told_in_the_past_is_not_the_speakers() -> None:
    text = (
        "In the United States, we acted fast. China condemned my travel ban, and China "
        "reiterated its claims."
    )
    assert detect_submitter(text).iso3 == "USA"


def test_commits_acts_of_aggression_is_no_pledge() -> None:
    text = (
        "Israel also commits acts of aggression. Israel also commits crimes against our people. "
        "The State of Palestine is looking forward to peace."
    )
    assert detect_submitter(text).iso3 == "PSE"


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        (
            "The crises in Sudan, Ukraine, Haiti, Ukraine, Yemen, Ukraine and Gaza worry us. "
            "Ireland sends aid.",
            "IRL",
        ),
        (
            "Las crisis en Sudán, Ucrania, Haití, Ucrania, Yemen, Ucrania y Gaza nos preocupan. "
            "Irlanda está lista para ayudar.",
            "IRL",
        ),
        (
            "Nos échanges avec la Russie, l'Ukraine, la Chine, l'Ukraine, le Japon, l'Ukraine, "
            "le Kenya et l'Ukraine comptent. Le Bénin envoie de l'aide.",
            "BEN",
        ),
        # a name after the list that opens the main clause is its subject, not a list item
        (
            "From Syria to Afghanistan, to Yemen and to Ukraine, Timor-Leste is an oasis of peace.",
            "TLS",
        ),
    ],
)
def test_names_listed_after_a_preposition_are_talked_about(text: str, iso3: str) -> None:
    assert detect_submitter(text).iso3 == iso3
