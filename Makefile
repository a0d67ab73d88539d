# Two commands for a newcomer: `make run` (install + extract + score the corpus), `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
CORPUS := corpus/canada-2021-annex.txt
GOLD := corpus/gold/canada-2021-annex.gold.json

.PHONY: run test install install-test constraints chromium tesseract lint format corpus model schema bench bench-install clean heldout

# Every dependency is pinned by constraints.txt (the versions the tests last passed with), so a new
# machine installs what this one has; `make constraints` refreshes the pins.
CONSTRAINTS := constraints.txt

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/python -m pip install --quiet -c $(CONSTRAINTS) -e .

install-test: $(BIN)/python
	$(BIN)/python -m pip install --quiet -c $(CONSTRAINTS) -e ".[test]"

# Refresh constraints.txt: resolve the newest versions pyproject.toml allows for the package and its
# test extra in a throw-away environment, and pin every one of them. Run `make test` after it.
constraints:
	rm -rf .venv-constraints
	$(PYTHON) -m venv .venv-constraints
	.venv-constraints/bin/python -m pip install --quiet --upgrade pip
	.venv-constraints/bin/python -m pip install --quiet -e ".[test]"
	{ echo "# Pinned versions of every dependency (make install, make install-test); refresh: make constraints"; \
	  .venv-constraints/bin/python -m pip freeze --exclude-editable; } > $(CONSTRAINTS).tmp
	mv $(CONSTRAINTS).tmp $(CONSTRAINTS)
	rm -rf .venv-constraints

run: install
	$(BIN)/gcmextract extract $(CORPUS) -o out/canada-2021-annex.json
	$(BIN)/gcmextract eval $(GOLD) $(CORPUS) --baseline
	@echo "Sections found and classified with every explicit objective list removed:"
	$(BIN)/gcmextract eval $(GOLD) $(CORPUS) --mask-objective-lists
	@if [ -f ../shared/passages/sources.json ]; then $(BIN)/gcmextract eval objectives; \
	else echo "eval objectives skipped: the real pages (../shared/passages/) are not here"; fi

# Scores on gold sets labelled independently of the extractors (other countries' statements).
heldout: install
	$(BIN)/gcmextract eval corpus/gold/bgd-2021-ungd.gold.json corpus/bgd-2021-ungd.txt --baseline
	$(BIN)/gcmextract eval corpus/gold/ecu-2022-ungd.gold.json corpus/ecu-2022-ungd.txt --baseline
	$(BIN)/gcmextract eval corpus/gold/ --baseline

# Two test workers on two cores: each numerical library (OpenBLAS, OpenMP in Tesseract) keeps to one
# thread, so that the workers' thread pools do not spin against each other (a model retrained under
# a busy neighbour took 75 s with the default threads and 29 s with one).
TEST_THREADS = OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 OMP_THREAD_LIMIT=1

test: install-test chromium tesseract
	$(MAKE) lint
	$(TEST_THREADS) $(BIN)/python -m pytest -q -n 2 --dist worksteal

# The report test renders HTML in headless Chromium (Debian package).
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium >/dev/null; \
	  else sudo apt-get update -qq && sudo apt-get install -y -qq chromium >/dev/null; fi; }

# The OCR test reads an image-only PDF with Tesseract (Debian packages, English, Spanish, French).
tesseract:
	@command -v tesseract >/dev/null 2>&1 || { \
	  pkgs="tesseract-ocr tesseract-ocr-eng tesseract-ocr-spa tesseract-ocr-fra"; \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq $$pkgs >/dev/null; \
	  else sudo apt-get update -qq && sudo apt-get install -y -qq $$pkgs >/dev/null; fi; }

# ruff (style, complexity, docstrings), mypy on src/, the architecture (the layer and no-cycle
# contracts: import-linter, [tool.importlinter] in pyproject.toml; no underscore name imported
# from another package: scripts/check_private_imports.py) and dead code (vulture, [tool.vulture])
lint:
	$(BIN)/ruff check src tests bench scripts corpus
	$(BIN)/ruff format --check src tests bench scripts corpus
	$(BIN)/mypy
	$(BIN)/lint-imports
	$(BIN)/python scripts/check_private_imports.py
	$(BIN)/vulture

format:
	$(BIN)/ruff format src tests bench scripts corpus
	$(BIN)/ruff check --fix src tests bench scripts corpus

corpus: install-test
	$(BIN)/python scripts/render_corpus.py

model: install
	$(BIN)/gcmextract train objectives -o models

# The committed JSON Schema of the output, generated from src/gcmextract/schema.py.
schema: install
	$(BIN)/gcmextract schema -o docs/schema.json

bench-install: $(BIN)/python
	$(BIN)/python -m pip install --quiet -c $(CONSTRAINTS) -e ".[test,bench]"

bench: bench-install
	cd bench && ../$(BIN)/python startup.py && ../$(BIN)/python pipeline.py && ../$(BIN)/python pdf.py && ../$(BIN)/python peers.py && ../$(BIN)/python batch.py

clean:
	rm -rf out build *.egg-info
