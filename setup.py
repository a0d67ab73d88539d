"""Packaging: the package from src/, and the shipped models from the top-level models/ folder as
`gcmextract.models`; everything else about the distribution is in pyproject.toml."""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages("src"), "gcmextract.models"],
    package_dir={"": "src", "gcmextract.models": "models"},
)
