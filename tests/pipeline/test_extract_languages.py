"""Documents in Spanish, French, Arabic and mixed English/French through the pipeline: the right
`document.language`, the language's own pipeline, and the stance on unsupported languages."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_cli
from gcmextract.ingest import read_document
from gcmextract.pipeline import extract_document

SPANISH = """Informe de Honduras sobre el Pacto Mundial

El 12 de abril de 2021, la Secretaría de Relaciones Exteriores y Cooperación Internacional firmó
con la Organización Internacional para las Migraciones (OIM) un acuerdo para atender a 1.250.000
personas retornadas entre 2019 y 2021, con una inversión de mil millones de lempiras (objetivos 21 y 22).
El Alto Comisionado de las Naciones Unidas para los Refugiados apoyó a cinco municipios.
"""

FRENCH = """Rapport du Niger sur le Pacte mondial

Depuis 2018, le ministère de l'Intérieur et l'Organisation internationale pour les migrations
ont accueilli 45.300 migrants de retour. Un budget de 3 milliards de francs CFA est prévu d'ici 2030
pour trois millions de personnes (objectifs 1 à 3). La CEDEAO appuie le dispositif.
"""

ENGLISH_PART = """The Government of Cameroon presents its review of the Global Compact. In March 2022 the
Ministry of External Relations and IOM assisted 2,300 returnees with USD 4 million. The review was
prepared with civil society organisations, local authorities and the private sector, and it covers
the years 2019 to 2021 in detail, objective by objective.
"""

FRENCH_PART = """Le Gouvernement du Cameroun présente également ce résumé en français pour les partenaires
régionaux: le ministère des Relations extérieures a accompagné les migrants de retour.
"""

ARABIC = """تقرير المملكة الأردنية الهاشمية عن الاتفاق العالمي من أجل الهجرة

في 2021-03-15 وقعت الحكومة اتفاقا مع المنظمة الدولية للهجرة لتقديم الدعم إلى العمال المهاجرين.
وبلغت قيمة البرنامج USD 2.5 million خلال الفترة الممتدة حتى 2022-06-30 (objectives 6 and 15).
وتعمل الوزارات المعنية على تحسين ظروف العمل وحماية حقوق العمال المهاجرين وأسرهم في جميع المحافظات.
"""


def _extract(tmp_path: Path, name: str, text: str):  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    document = read_document(path)
    return document, extract_document(document)


def test_extract_spanish_document(tmp_path: Path) -> None:
    _, ex = _extract(tmp_path, "hnd.txt", SPANISH)
    assert ex.document.language == "es"
    assert ex.document.languages == {"es": 1.0}
    amounts = {a.text: a for a in ex.amounts}
    assert amounts["1.250.000"].value == pytest.approx(1_250_000)
    assert amounts["mil millones de lempiras"].currency == "HNL"
    assert amounts["mil millones de lempiras"].value == pytest.approx(1e9)
    assert amounts["cinco"].value == pytest.approx(5)
    assert {d.value for d in ex.dates} >= {"2021-04-12", "2019/2021"}
    assert [r.objectives for r in ex.objective_refs] == [[21, 22]]
    orgs = {o.text: o for o in ex.organizations}
    oim = orgs["Organización Internacional para las Migraciones"]
    assert oim.canonical == "International Organization for Migration" and oim.language == "es"
    assert orgs["OIM"].canonical == oim.canonical
    acnur = orgs["Alto Comisionado de las Naciones Unidas para los Refugiados"]
    assert acnur.canonical == "United Nations High Commissioner for Refugees"


def test_extract_french_document(tmp_path: Path) -> None:
    _, ex = _extract(tmp_path, "ner.txt", FRENCH)
    assert ex.document.language == "fr"
    amounts = {a.text: a for a in ex.amounts}
    assert amounts["45.300"].value == pytest.approx(45_300)
    cfa = amounts["3 milliards de francs CFA"]
    assert (cfa.kind, cfa.currency, cfa.value) == ("money", "XOF", pytest.approx(3e9))
    assert amounts["trois millions"].kind == "count"
    dates = {(d.value, d.modifier) for d in ex.dates}
    assert {("2018", "since"), ("2030", "by")} <= dates
    assert [r.objectives for r in ex.objective_refs] == [[1, 2, 3]]
    canon = {o.text: o.canonical for o in ex.organizations}
    assert canon["CEDEAO"] == "Economic Community of West African States"
    assert canon["Organisation internationale pour les migrations"] == (
        "International Organization for Migration"
    )


def test_extract_mixed_english_french_document(tmp_path: Path) -> None:
    _, ex = _extract(tmp_path, "cmr.txt", ENGLISH_PART + "\n" + FRENCH_PART)
    assert ex.document.language == "en"
    assert set(ex.document.languages) == {"en", "fr"}
    assert ex.document.languages["en"] > ex.document.languages["fr"] > 0


def test_extract_arabic_document_warns_and_keeps_neutral_fields(tmp_path: Path) -> None:
    document, ex = _extract(tmp_path, "jor.txt", ARABIC)
    assert ex.document.language == "ar"
    assert any("Arabic" in w for w in document.warnings)
    assert {d.value for d in ex.dates} >= {"2021-03-15", "2022-06-30"}
    usd = [a for a in ex.amounts if a.currency == "USD"]
    assert [(a.text, a.value) for a in usd] == [("USD 2.5 million", pytest.approx(2.5e6))]
    assert [r.objectives for r in ex.objective_refs] == [[6, 15]]
    assert ex.organizations == []


def test_extract_cli_prints_one_line_language_warning(tmp_path: Path) -> None:
    src = tmp_path / "jor.txt"
    src.write_text(ARABIC, encoding="utf-8")
    proc = run_cli("extract", str(src), "-o", str(tmp_path / "jor.json"))
    assert proc.returncode == 0, proc.stderr
    lines = [ln for ln in proc.stderr.splitlines() if "Arabic" in ln]
    assert len(lines) == 1 and lines[0].startswith("gcmextract: warning: ")
