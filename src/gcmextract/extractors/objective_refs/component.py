"""spaCy component `gcm_objective_refs`: explicit objective references as spans in `doc.spans`."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from gcmextract.extractors.base import MentionComponent
from gcmextract.extractors.objective_refs.parse import find_objective_refs
from gcmextract.schema import Mention


class ObjectiveRefsComponent(MentionComponent):
    """References such as "Objectives: 1, 5, 7" or "objetivos 2 a 4"."""

    field = "objective_refs"
    package = "gcmextract.extractors.objective_refs"

    def find(self, doc: Doc) -> list[Mention]:
        """Objective references of `doc.text`."""
        return list(find_objective_refs(doc.text))


@Language.factory(
    "gcm_objective_refs", assigns=["doc.spans"], default_config={"spans_key": "gcm_objective_refs"}
)
def make_objective_refs(nlp: Language, name: str, spans_key: str) -> ObjectiveRefsComponent:
    """Create the `gcm_objective_refs` component."""
    return ObjectiveRefsComponent(nlp, name, spans_key)
