# Reception Desk - developer tasks.
#
#   make run [ARGS=...]          start the app (checks system libs, sets up .venv)
#   make test [PYTEST_ARGS=...]  run the test suite headless (Qt offscreen)
#   make lint                    ruff check, the layer rules (lint-imports), mypy
#   make bench [BENCH_ARGS=...]  start-up, latency, memory, search... on 3 years of history
#                                (bench-results.json; BENCH_ARGS='--days 90 --quick')
#   make soak [SOAK_ARGS=...]    both windows through a compressed busy day (default 10 min)
#   make demo                    start the app with demo data
#   make build                   one-folder bundle in dist/reception-desk/ (PyInstaller)
#   make test-slow               make build, then start the built app (tests marked bundle)
#   make translations            update the zh_CN .ts from the sources and compile the .qm
#   make sounds / make icon      regenerate resources/sounds/*.wav, resources/icons/app.png
#   make clean                   remove build output and caches (distclean: also .venv)
#
# The venv is (re)installed only when pyproject.toml changes: the stamp files
# .venv/.stamp-* record which extras were installed.

PYTHON      ?= python3
VENV        := .venv
VPY         := $(VENV)/bin/python
PIP         := $(VPY) -m pip
ARGS        ?=
PYTEST_ARGS ?=
SOAK_ARGS   ?=
BENCH_ARGS  ?=

TS := resources/translations/reception_desk_zh_CN.ts
QM := $(TS:.ts=.qm)
# English is the source language: its catalogue holds only the plural forms
# ("%n person(s)" -> "1 person" / "2 people").
TS_EN := resources/translations/reception_desk_en.ts
QM_EN := $(TS_EN:.ts=.qm)

.DEFAULT_GOAL := help
.PHONY: help venv venv-test run test test-slow lint bench soak demo build translations sounds icon \
        sysdeps-run sysdeps-test clean distclean

help:
	@sed -n '3,15s/^# \{0,1\}//p' $(firstword $(MAKEFILE_LIST))

# --- system packages (Debian/Ubuntu; a no-op elsewhere) ----------------------

sysdeps-run:
	@scripts/system_deps.sh run

sysdeps-test:
	@scripts/system_deps.sh test

# --- virtual environment ------------------------------------------------------

$(VPY):
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null || { \
	  echo "error: Reception Desk needs Python >= 3.11, but '$(PYTHON)' is:" \
	       "$$($(PYTHON) --version 2>/dev/null || echo 'not found')." \
	       "Run e.g. 'make PYTHON=python3.12 ...'." >&2; exit 1; }
	$(PYTHON) -m venv $(VENV) || { rm -rf $(VENV); \
	  echo "error: could not create $(VENV) (on Debian/Ubuntu: apt-get install python3-venv)" >&2; \
	  exit 1; }

$(VENV)/.stamp-run: pyproject.toml | $(VPY)
	$(PIP) install -e '.[postgres]'
	@touch $@

$(VENV)/.stamp-test: pyproject.toml | $(VPY)
	$(PIP) install -e '.[test,postgres]'
	@touch $@

$(VENV)/.stamp-build: pyproject.toml | $(VPY)
	$(PIP) install -e '.[build,postgres]'
	@touch $@

venv: $(VENV)/.stamp-run
venv-test: $(VENV)/.stamp-test

# --- everyday tasks -------------------------------------------------------------

run: sysdeps-run $(VENV)/.stamp-run
	$(VPY) -m reception_desk $(ARGS)

demo: sysdeps-run $(VENV)/.stamp-run
	$(VPY) -m reception_desk demo

test: sysdeps-test $(VENV)/.stamp-test
	QT_QPA_PLATFORM=offscreen $(VPY) -m pytest $(PYTEST_ARGS)

# lint-imports checks pyproject.toml's [tool.importlinter] contracts (the layer rules);
# mypy type-checks what [tool.mypy] lists (strict for the package, see there).
lint: $(VENV)/.stamp-test
	$(VPY) -m ruff check .
	$(VENV)/bin/lint-imports
	$(VPY) -m mypy

# Not tests: figures as ratios to baselines taken in the same run (reception_desk/bench/).
# The older sheet timings stay callable: $(VPY) benchmarks/bench_request_sheet.py
bench: sysdeps-test $(VENV)/.stamp-test
	QT_QPA_PLATFORM=offscreen $(VPY) -m reception_desk.bench $(BENCH_ARGS)

soak: sysdeps-test $(VENV)/.stamp-run
	QT_QPA_PLATFORM=offscreen $(VPY) scripts/soak.py $(SOAK_ARGS)

build: sysdeps-run $(VENV)/.stamp-build
	$(VPY) build_spec.py

# Not part of `make test` (CI): the build alone takes 2-3 minutes on two cores.
test-slow: build sysdeps-test $(VENV)/.stamp-test
	RECEPTION_DESK_TEST_BUNDLE=1 QT_QPA_PLATFORM=offscreen $(VPY) -m pytest -m bundle $(PYTEST_ARGS)

# lupdate only scans .py files it is given explicitly (.py is not among its
# default extensions), so pass the list; paths in the .ts are relative to it.
translations: $(VENV)/.stamp-run
	@mkdir -p $(dir $(TS))
	$(VENV)/bin/pyside6-lupdate -no-obsolete $$(find reception_desk -name '*.py' | LC_ALL=C sort) -ts $(TS)
	$(VENV)/bin/pyside6-lrelease $(TS) -qm $(QM)
	$(VENV)/bin/pyside6-lupdate -no-obsolete -pluralonly -target-language en \
		$$(find reception_desk -name '*.py' | LC_ALL=C sort) -ts $(TS_EN)
	$(VENV)/bin/pyside6-lrelease $(TS_EN) -qm $(QM_EN)

sounds:
	$(PYTHON) scripts/make_sounds.py

icon: $(VENV)/.stamp-run
	QT_QPA_PLATFORM=offscreen $(VPY) scripts/render_icon.py

clean:
	rm -rf build dist .pytest_cache .ruff_cache .mypy_cache .import_linter_cache .hypothesis *.egg-info
	find . -path ./$(VENV) -prune -o -name __pycache__ -type d -prune -exec rm -rf {} +

distclean: clean
	rm -rf $(VENV)
