"""The trained classifiers (plain JSON and NumPy `.npz` files), kept in the repository's top-level
models/ folder and installed as `gcmextract.models` (setup.py), so that an installed wheel
classifies; `gcmextract train objectives` rewrites them."""
