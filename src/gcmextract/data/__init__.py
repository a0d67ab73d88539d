"""Shared data files (countries)."""
