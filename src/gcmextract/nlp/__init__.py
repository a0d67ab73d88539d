"""What the NLP sees and runs on: `load` (spaCy pipelines loaded offline), `language` (fastText
language identification per block and document), `bounds` (limits that keep time and memory
linear in the input: tokens tamed, long texts cut into pieces, contexts capped)."""
