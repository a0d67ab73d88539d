"""gcmextract.evaluate."""
