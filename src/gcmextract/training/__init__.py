"""Training the classifiers and writing their model card: `train` (train_models: fit, measure on
the held-out material and the real test split, write models and metrics) and `card` (model_card:
the card rendered from metrics.json). It sits above `evaluate`, whose scorers it uses."""
