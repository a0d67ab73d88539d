"""Organisation candidates rejected by what surrounds them or what they hold, each with its named
reason: a person beside a person cue, a run ending in a post, a place joined to a body by a
preposition, an English phrase with a lower-case word, a title line, a direction, an acronym the
text defines as a strategy; acronyms defined after a lower-case connector, a name ending "de la
ACRONYM" kept whole, long Spanish and French body names kept whole."""

from __future__ import annotations

import pytest
import spacy

from gcmextract.extractors.organizations.component import REJECTED_KEY
from gcmextract.ingest import read_data
from gcmextract.pipeline import extract_document


def _run(nlp, text: str, lang: str):  # type: ignore[no-untyped-def]
    doc = read_data(text.encode(), "t.txt", ".txt", "t", 10**7, "never", None)
    ex = extract_document(doc, nlp=nlp, language=lang, explain=True)
    kept = [o.text for o in ex.organizations]
    rejected = {r.text: r.reason for r in ex.rejected_organizations}
    return kept, rejected


def _with_org_span(text: str, lang: str, name: str):  # type: ignore[no-untyped-def]
    """The organisations component alone on `text`, `name` given as a statistical ORG span (what
    the model proposes on real text), rejections kept."""
    nlp = spacy.blank(lang)
    nlp.add_pipe("gcm_organizations", config={"explain": True})
    doc = nlp.make_doc(text)
    doc._.gcm_language = lang
    start = text.index(name)
    doc.ents = [doc.char_span(start, start + len(name), label="ORG", alignment_mode="expand")]
    doc = nlp.get_pipe("gcm_organizations")(doc)
    kept = [s.text for s in doc.spans["gcm_organizations"]]
    rejected = {s.text: s._.gcm_rejection["reason"] for s in doc.spans[REJECTED_KEY]}
    return kept, rejected


@pytest.mark.parametrize(
    ("text", "lang", "name", "reason"),
    [
        ("Lessons for Fiji from the scheme, writes MERE TUILAGI.", "en", "MERE TUILAGI", "person"),
        (
            "Tomas Okafor and colleagues examine the barriers to care.",
            "en",
            "Tomas Okafor",
            "person",
        ),
        (
            "The visit of Liberation Army Colonel Haddad drew crowds.",
            "en",
            "Liberation Army Colonel",
            "title",
        ),
        (
            "Sanctions were imposed on Venezuela on the Treasury Department's orders.",
            "en",
            "Venezuela on the Treasury Department",
            "phrase",
        ),
        (
            "Title: Migration: A Lasting Crisis in Southern Chile\nText.",
            "en",
            "Lasting Crisis in Southern Chile",
            "furniture",
        ),
        (
            "Migrant Workers won the case, and Pacific workers came.",
            "en",
            "Pacific workers",
            "phrase",
        ),
        (
            "Reaching Rural Workers Through Mobile Money Transfers\nThe text follows.",
            "en",
            "Mobile Money Transfers",
            "furniture",
        ),
        (
            "Training on Coastal Hazard Mapping was held, since coastal hazard mapping helps.",
            "en",
            "Coastal Hazard Mapping",
            "generic",
        ),
        (
            "Le Sénégal révise sa stratégie nationale pour l'emploi des jeunes (SNEJ). La SNEJ vise.",
            "fr",
            "SNEJ",
            "not-organisation-word",
        ),
        (
            "Le Niger est un pays de transit en direction du Nord.",
            "fr",
            "direction du Nord",
            "place",
        ),
        (
            "Le Sénégal a adopté la Stratégie nationale de migration (SNM). La SNM vise à agir.",
            "fr",
            "SNM",
            "not-organisation-word",
        ),
    ],
)
def test_organizations_context_rules_reject_with_reason(
    text: str, lang: str, name: str, reason: str
) -> None:
    kept, rejected = _with_org_span(text, lang, name)
    assert name not in kept, kept
    assert rejected.get(name) == reason, rejected


def test_organizations_context_rules_keep_credit_lines_and_cut_place_lists() -> None:
    """A short credit line names a body; a list with a place inside ends before the place."""
    kept, _ = _with_org_span("Selon Dakar Matin\nLe texte suit.", "fr", "Dakar Matin")
    assert kept == ["Dakar Matin"]
    text = "Leiden Institute of Physics, Netherlands, University of Ghana and IZA"
    kept, _ = _with_org_span(text, "en", text)
    assert "Leiden Institute of Physics" in kept and text not in kept


def test_organizations_context_rules_keep_bodies_beside_cues() -> None:
    """Not every name beside a cue is a person: a body with a head word stays."""
    kept, _ = _with_org_span(
        "Funding, writes Pacific Islands Forum, rose.", "en", "Pacific Islands Forum"
    )
    assert kept == ["Pacific Islands Forum"]
    kept, _ = _with_org_span("The Migration Council said it would act.", "en", "Migration Council")
    assert kept == ["Migration Council"]


@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        (
            "La Cellule Nationale de la CEDEAO, avec la Direction de la Sécurité Publique (DSP), "
            "a organisé un atelier. La DSP coordonne.",
            "fr",
            {"Cellule Nationale de la CEDEAO", "Direction de la Sécurité Publique", "DSP"},
        ),
        (
            "El proyecto del Equipo Peruano de Antropología Forense y del Senado de la Nación "
            "avanza; el Sistema de las Naciones Unidas apoya.",  # two bodies joined by "y del"
            "es",
            {"Equipo Peruano de Antropología Forense", "Sistema de las Naciones Unidas"},
        ),
        (
            "La ley fue aprobada por el Poder Ejecutivo y del Senado de la Nación en 2019.",
            "es",
            {"Senado de la Nación"},
        ),
        (
            "Intervención de: Mario Ruiz Secretario General Organización Andina de Cooperativas.",
            "es",
            {"Organización Andina de Cooperativas"},
        ),
        (
            "Participaron la Universidad Nacional de Ingeniería, ONUSIDA y la Cruz Roja.",
            "es",
            {"Universidad Nacional de Ingeniería", "ONUSIDA"},
        ),
        (
            "Elle enseigne à l'Université Cheikh Anta Diop depuis 2010.",
            "fr",
            {"Université Cheikh Anta Diop"},
        ),
        (
            "Training by Cedefop and Eurojust, and the IPCC report, were cited.",
            "en",
            {"Cedefop", "Eurojust", "IPCC"},
        ),
    ],
)
def test_organizations_context_rules_keep_names_whole(  # type: ignore[no-untyped-def]
    nlp, text: str, lang: str, names: set[str]
) -> None:
    kept, _ = _run(nlp, text, lang)
    assert names <= set(kept), kept


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        # invented names in several styles, proposed as organisations by the statistical model
        ("We pay tribute to Berta Caceres, murdered for defending rivers.", "en", "Berta Caceres"),
        ("The report was presented by Amina Diallo Traore in Dakar.", "en", "Amina Diallo Traore"),
        ("We honour Juan de la Cruz Ortega and his struggle.", "en", "Juan de la Cruz Ortega"),
        ("Le prix a été remis à Fatou Ndiaye Sow hier soir.", "fr", "Fatou Ndiaye Sow"),
        ("Nguyen Thi Lan spoke at the opening of the session.", "en", "Nguyen Thi Lan"),
        ("La defensora Rosa Quispe Huamán recibió amenazas.", "es", "Rosa Quispe Huamán"),
    ],
)
def test_person_name_is_not_an_organisation(text: str, lang: str, name: str) -> None:
    kept, rejected = _with_org_span(text, lang, name)
    assert name not in kept
    assert rejected.get(name) == "person-name"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # words the text also writes in lower case: a named body, not a person
        (
            "Human Rights Watch documented abuses of human rights and kept watch.",
            "Human Rights Watch",
        ),
        # a place inside the name
        ("Kenya Sisters Together runs shelters in Kenya.", "Kenya Sisters Together"),
    ],
)
def test_body_named_with_common_words_or_places_is_kept(text: str, name: str) -> None:
    kept, rejected = _with_org_span(text, "en", name)
    assert rejected.get(name) != "person-name"


def test_person_named_elsewhere_by_a_person_span() -> None:
    text = "Odile Marchetti Vance spoke first. Later Vance thanked the delegates for their trust."
    nlp = spacy.blank("en")
    nlp.add_pipe("gcm_organizations", config={"explain": True})
    doc = nlp.make_doc(text)
    doc._.gcm_language = "en"
    org = doc.char_span(0, len("Odile Marchetti Vance"), label="ORG")
    at = text.index("Vance thanked")
    person = doc.char_span(at, at + len("Vance"), label="PERSON")
    doc.ents = [org, person]
    doc = nlp.get_pipe("gcm_organizations")(doc)
    rejected = {s.text: s._.gcm_rejection["reason"] for s in doc.spans[REJECTED_KEY]}
    assert rejected.get("Odile Marchetti Vance") == "person-name"
