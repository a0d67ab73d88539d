"""Extractor for objective_refs."""
