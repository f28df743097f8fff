# Two commands for a newcomer:  `make run`  and  `make test`.
# Both first install the system libraries Qt and the tests need when missing (build/system_deps.sh:
# apt-get as root, otherwise it prints the one command to run), then create .venv on first use.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test venv shell constraints clean dist i18n forms smoke sysdeps-test sysdeps-run sysdeps-dist
.NOTPARALLEL:

sysdeps-test sysdeps-run sysdeps-dist: sysdeps-%:
	@PYTHON=$(PYTHON) VENV=$(VENV) sh build/system_deps.sh $*

# Exact versions from constraints.txt, the same for make test, CI and the release build.
PIP_INSTALL := $(PY) -m pip install -c constraints.txt

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --upgrade pip
	$(PIP_INSTALL) -e ".[test]"
	touch $(STAMP)

venv: $(STAMP)

# A shell with .venv/bin (inspector, inspector-gui) on PATH; leave it with `exit`.
shell: $(STAMP)
	@echo "inspector is on PATH in this shell; type exit to leave it."
	@PATH="$(CURDIR)/$(VENV)/bin:$$PATH" VIRTUAL_ENV="$(CURDIR)/$(VENV)" $${SHELL:-/bin/sh}

# After changing dependencies in pyproject.toml: install them, then pin what is installed.
constraints: $(STAMP)
	$(PY) -m pip install -e ".[test,build]"
	( sed -n '1,2p' constraints.txt; $(PY) -m pip freeze --exclude-editable ) > constraints.new
	mv constraints.new constraints.txt

# Start the app (GUI). Try it with demo data: make run ARGS="--demo"
run: sysdeps-run $(STAMP)
	$(PY) -m inspector_app $(ARGS)

# Lint (ruff), types of the core (mypy), then every test. Settings: pyproject.toml.
test: sysdeps-test $(STAMP)
	$(PY) -m ruff check
	$(PY) -m mypy
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

clean:
	rm -rf $(VENV) build/out dist

# Release build: the one-folder app in dist/inspector-app/ (see docs/building.md), then its smoke test.
BUILD_STAMP := $(VENV)/.installed-build
$(BUILD_STAMP): $(STAMP) pyproject.toml constraints.txt
	$(PIP_INSTALL) -e ".[build]"
	touch $(BUILD_STAMP)

dist: sysdeps-dist $(BUILD_STAMP)
	$(PY) build/dist.py

smoke: sysdeps-dist $(STAMP)
	$(PY) build/smoke_frozen.py

# Update translations: pyside6-lupdate over inspector_app/ui (new strings unfinished), lrelease -> .qm (committed).
# English is translated in i18n/inspector_en.ts with Qt Linguist: docs/translations.md
i18n: $(STAMP)
	$(PY) build/i18n.py
