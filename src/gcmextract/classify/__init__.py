"""gcmextract.classify."""
