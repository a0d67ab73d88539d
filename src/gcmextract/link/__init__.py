"""Linking mentions to their surroundings after extraction: `objectives` (link_amounts: each amount
to GCM objectives once), `table_cells` (annotate_tables: a cell's row label, column header and the
currency or scale its header states)."""
