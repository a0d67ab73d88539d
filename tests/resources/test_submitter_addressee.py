"""A state named as the country of the person addressed or spoken of (your country, X; her
friendly country, the Republic of X; su país, X; votre beau pays, le X), as in the greeting to the
President of the Assembly, is not the speaker's: it counts as an object, not as a mention."""

from __future__ import annotations

import pytest

from gcmextract.resources.submitter import detect_submitter


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        (
            "Madam President, I congratulate you and your friendly country, the Republic of "
            "Ecuador, on your election. The reforms that Fiji has made are working.",
            "FJI",
        ),
        (
            "I thank the outgoing President and her country, Hungary, for their work. Reforms "
            "that Mongolia has made protect herders.",
            "MNG",
        ),
        (
            "Señor Presidente, felicito a usted y a su país, Turquía, por su elección. Las "
            "reformas que Uruguay ha hecho avanzan.",
            "URY",
        ),
        (
            "Monsieur le Président, je vous félicite, ainsi que votre beau pays, le Cameroun, "
            "de votre élection. Les réformes que Madagascar a menées avancent.",
            "MDG",
        ),
    ],
)
def test_the_addressees_country_is_not_the_speaker(text: str, iso3: str) -> None:
    assert detect_submitter(text).iso3 == iso3


def test_my_country_is_still_the_speaker() -> None:
    text = "Trade with Chile grows. My country, Nepal, congratulates you on your election."
    assert detect_submitter(text).iso3 == "NPL"
