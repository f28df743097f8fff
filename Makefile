# Two commands for a newcomer:  `make run`  and  `make test`.
# Both first install the system libraries Qt and the tests need when missing (build/system_deps.sh:
# apt-get as root, otherwise it prints the one command to run), then create .venv on first use.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test venv clean dist i18n forms smoke sysdeps-test sysdeps-run sysdeps-dist
.NOTPARALLEL:

sysdeps-test sysdeps-run sysdeps-dist: sysdeps-%:
	@PYTHON=$(PYTHON) VENV=$(VENV) sh build/system_deps.sh $*

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --upgrade pip
	$(PY) -m pip install -e ".[test]"
	touch $(STAMP)

venv: $(STAMP)

# Start the app (GUI). Try it with demo data: make run ARGS="--demo"
run: sysdeps-run $(STAMP)
	$(PY) -m inspector_app $(ARGS)

test: sysdeps-test $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

clean:
	rm -rf $(VENV) build/out dist

# Release build: the one-folder app in dist/inspector-app/ (see docs/building.md), then its smoke test.
BUILD_STAMP := $(VENV)/.installed-build
$(BUILD_STAMP): $(STAMP) pyproject.toml
	$(PY) -m pip install -e ".[build]"
	touch $(BUILD_STAMP)

dist: sysdeps-dist $(BUILD_STAMP)
	$(PY) build/dist.py

smoke: sysdeps-dist $(STAMP)
	$(PY) build/smoke_frozen.py

# Update translations (pyside6-lupdate over inspector_app/ui, English filled, .qm compiled; .qm are committed)
i18n: $(STAMP)
	$(PY) build/i18n.py
