"""The objective and principle classifiers: `stage` (classify: the classify stage of the chain),
`predict` (scoring with the shipped models), `model` (the classifier and its training), `component`
(the `gcm_objectives` spaCy component)."""
