"""More places where a text speaks of its own state: what it has as its own (X's commitment, X's
full support, X's foreign policy; el compromiso de X; l'engagement de X), what the speaker
expresses or reiterates for it (to express X's gratitude; reiterar; réitérer), what it became or
was elected to (X became a member; X was elected to the Council; X fue elegido; X a été élu),
'Mr President, X ...' without a full stop, 'back home in X', and the formal name 'the Union of the
Comoros' (a title before the name)."""

from __future__ import annotations

import pytest

from gcmextract.resources.submitter import detect_submitter

# Another state, named twice as a plain mention: more than a plain mention of the speaker's, less
# than a name where a text speaks of its own state.
OTHER_EN = "Many people like Norway. Many people like Norway. "
OTHER_ES = "Mucha gente quiere Noruega. Mucha gente quiere Noruega. "
OTHER_FR = "Beaucoup aiment la Norvège. Beaucoup aiment la Norvège. "


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        (OTHER_EN + "The peace plan is at the heart of Ghana's foreign policy.", "GHA"),
        (OTHER_EN + "We assure the President of Nepal's full support.", "NPL"),
        (OTHER_EN + "Allow me to express Guyana's gratitude to all donors.", "GUY"),
        (OTHER_EN + "In 1993, Andorra became a Member of the United Nations.", "AND"),
        (OTHER_EN + "In June, Kenya was elected to the Security Council.", "KEN"),
        (OTHER_EN + "Mr President, Latvia is concerned by the infodemic.", "LVA"),
        (OTHER_EN + "Gender equality is not yet achieved back home in Iceland.", "ISL"),
        (OTHER_ES + "Quiero reiterar el compromiso de Chile con la paz.", "CHL"),
        (OTHER_ES + "El año pasado, Uruguay fue elegido para el Consejo.", "URY"),
        (OTHER_FR + "Je tiens à réitérer l'engagement du Sénégal en faveur de la paix.", "SEN"),
        (OTHER_FR + "L'an dernier, le Bénin a été élu au Conseil.", "BEN"),
    ],
)
def test_a_text_speaking_of_its_own_state(text: str, iso3: str) -> None:
    assert detect_submitter(text).iso3 == iso3


def test_the_union_of_the_comoros_is_a_formal_name() -> None:
    text = OTHER_EN + "On behalf of the Union of the Comoros, I congratulate the President."
    assert detect_submitter(text).source == "text"


@pytest.mark.parametrize(
    "text",
    [
        # others' efforts and candidacies are what a speaker supports, not its own
        OTHER_EN + "We commend Peru's efforts and support Peru's candidacy to the Council.",
        # a state that joined a body is not always the speaker
        OTHER_EN + "Trade deficits grew after Peru joined the organization.",
    ],
)
def test_anothers_efforts_candidacy_or_joining_is_not_the_speakers(text: str) -> None:
    assert detect_submitter(text).iso3 == "NOR"
