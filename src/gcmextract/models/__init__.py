"""The trained classifiers (plain JSON and NumPy `.npz` files), shipped inside the package so that an
installed wheel classifies; `gcmextract train objectives` rewrites them."""
