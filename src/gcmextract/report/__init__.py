"""gcmextract.report."""
