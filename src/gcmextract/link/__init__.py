"""Linking mentions to their surroundings after extraction: `stage` (link: the link stage of the
chain, handing on `Linked`), `locate` (Places: source offsets, page, sentence, place in the file),
`objectives` (link_amounts: each amount to GCM objectives once), `table_cells` (annotate_tables: a
cell's row label, column header and the currency or scale its header states)."""
