"""Extractor for dates."""
