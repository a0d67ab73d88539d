"""Extractor for amounts."""
