"""From found mentions to the output: `stage` (assemble: the last stage of the chain, making the
`Extraction`), `confidence` (assign: a confidence per mention from its rule), `objectives`
(summarise: the document-level objectives and their evidence) and `serialize` (json_parts, to_json:
an `Extraction` as JSON bytes in bounded parts)."""
