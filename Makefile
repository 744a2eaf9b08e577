# tp-intake — two commands do all the set-up on a fresh machine:
#   make run    install what is missing, process the bundled samples, print a summary, start the desk
#   make test   install what is missing, run the whole test suite
SHELL := /bin/bash
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEBS := tesseract-ocr tesseract-ocr-fra libtesseract-dev libleptonica-dev pkg-config poppler-utils libtiff-tools qpdf ghostscript fonts-dejavu-core \
        dovecot-imapd chromium chromium-driver
export OMP_THREAD_LIMIT := 1

.PHONY: setup debs venv run process web test bench samples lint clean-data

setup: debs venv

debs:
	@missing=$$(for p in $(DEBS); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages: $$missing"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	fi

venv: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	@test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --disable-pip-version-check -U pip
	$(BIN)/pip install -q --disable-pip-version-check --no-binary tesserocr -e '.[dev]'
	@touch $@

run: setup process
	@if [ -t 0 ] && [ -z "$$CI" ]; then $(MAKE) --no-print-directory web; \
	 else echo "Bureau de revue : lancez 'make web' pour l'ouvrir (http://127.0.0.1:8000)."; fi

process:
	$(BIN)/intake process samples/emails --fax samples/fax

web:
	@echo demo-clerk-2026 | $(BIN)/intake user add demo --role clerk --update >/dev/null
	@echo "Bureau de revue : http://127.0.0.1:8000  (identifiant : demo, mot de passe : demo-clerk-2026)"
	$(BIN)/intake web --host 127.0.0.1 --port 8000

test: setup
	bash scripts/ensure-services.sh
	$(BIN)/pytest -q -p no:cacheprovider

bench: setup
	bash scripts/ensure-services.sh
	$(BIN)/python -m bench --e2e

samples: venv
	$(BIN)/python samples/generate.py --out samples

lint: venv
	$(BIN)/ruff check intake parsers classifiers workers tests
	$(BIN)/mypy

clean-data:
	rm -rf var
