"""The data layer every stage reads: `lexicon` (load_json, load_model: JSON data files validated at
load), `vocabularies` (the extractors' vocabulary models), `country` (names, ISO codes),
`submitter` (the state a text speaks as), `currency` (ISO 4217 aliases, a country's currency,
currency families) and the shared data files in `data/`."""
