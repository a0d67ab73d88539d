"""Gold-set tooling: pre-annotated Label Studio tasks, importing corrected exports, annotator agreement."""
