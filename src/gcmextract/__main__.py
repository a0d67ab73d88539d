"""`python -m gcmextract`: the same command line as the `gcmextract` script."""

from gcmextract.cli import main

if __name__ == "__main__":
    main()
