"""Extractor for organizations."""
