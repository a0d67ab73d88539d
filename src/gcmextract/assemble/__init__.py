"""From found mentions to the output: `confidence` (assign: a confidence per mention from its rule)
and `serialize` (json_parts, to_json: an `Extraction` as JSON bytes in bounded parts)."""
