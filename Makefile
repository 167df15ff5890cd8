# Cohort: `make run` projects the bundled default, `make test` runs every test
# (and a short fuzzing run), `make fuzz` the long fuzzing run, `make data`
# rebuilds data/ from data-sources/ (the public tables, kept in the
# repository; `make sources FROM=DIR` replaces them with a newer copy).
# Both first install the system packages the build needs (OpenBLAS and
# pkg-config, from Debian's apt) when they are missing.

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" -ne 0 ] && command -v sudo)

.PHONY: run test bench deps build data fuzz sources docs lint examples

deps:
	@if command -v pkg-config >/dev/null 2>&1 && pkg-config --exists openblas; then \
		echo "OpenBLAS found: $$(pkg-config --modversion openblas)"; \
	else \
		echo "Installing libopenblas-dev and pkg-config with apt-get"; \
		$(SUDO) apt-get update && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y --no-install-recommends libopenblas-dev pkg-config; \
	fi

build: deps
	$(SWIFT) build

# Statically linked Swift runtime: the process starts in ~8 ms instead of ~20.
run: deps
	$(SWIFT) build -c release --product cohort --static-swift-stdlib
	.build/release/cohort

# Rebuild data/taiwan and seeds/taiwan.json from the public tables (deterministic).
SOURCES ?= data-sources
data: deps
	$(SWIFT) build --product cohort-data
	.build/debug/cohort-data --sources $(SOURCES) --root .

# Replace data-sources/ (the public tables, kept in the repository so that a
# clone stands alone; never edited by hand) with a newer copy: make sources FROM=DIR.
# Nothing outside the repository is read unless FROM names it.
sources:
	@test -n "$(FROM)" || { echo "make sources needs FROM=DIR, the folder of public tables to copy into data-sources/"; exit 2; }
	@test -f "$(FROM)/SOURCES.md" || { echo "$(FROM) has no SOURCES.md; it is not a data-sources folder"; exit 2; }
	rm -rf data-sources.new && cp -r "$(FROM)" data-sources.new && chmod -R u+w data-sources.new
	rm -rf data-sources && mv data-sources.new data-sources

# The short fuzzing run (200 mutated cases, well under 2 minutes), the floor
# plan and documentation checks and the Examples/ program go first, so that
# the test suite's summary is the last thing printed.
test: deps
	$(SWIFT) build --build-tests
	python3 Scripts/fuzz.py --cases 200 --seed 1
	python3 Scripts/floors.py
	python3 Scripts/public_api.py
	$(MAKE) --no-print-directory examples
	$(SWIFT) test

# Examples/ is its own package using only CohortKit's public API; its program
# must print what the cohort command prints for the same run.
examples: deps
	$(SWIFT) build --product cohort
	cd Examples && $(SWIFT) build
	python3 Scripts/check_examples.py --cohort .build/debug/cohort --example Examples/.build/debug/waves-and-intervals

# The DocC catalog of CohortKit (Sources/CohortKit/CohortKit.docc), built with
# swift-docc-plugin; a warning (a broken symbol link, an undocumented parameter) fails.
docs: deps
	$(SWIFT) package --allow-writing-to-directory .build/docs generate-documentation --target CohortKit \
		--output-path .build/docs --warnings-as-errors
	@echo "Documentation in .build/docs (open .build/docs/documentation/cohortkit/index.html through a web server)"

# Formatting (.swift-format: 120 columns, 4 spaces), the floor plan of
# CohortKit (no folder uses a floor above it) and doc comments on every public symbol.
lint:
	$(SWIFT) format lint --strict --recursive Sources Tests Examples/Sources
	python3 Scripts/floors.py
	python3 Scripts/public_api.py

# The long fuzzing run: 5,000 mutated input sets and scenario files against
# validate and project --out, on the release build (see Scripts/fuzz.py).
FUZZ_CASES ?= 5000
fuzz: deps
	$(SWIFT) build -c release --product cohort
	python3 Scripts/fuzz.py --cases $(FUZZ_CASES) --seed 7 --cohort .build/release/cohort --keep

# Benchmarks/ is its own package (ordo-one/benchmark); the ratios script prints each
# workload's median against the scalar baseline of the same run.
bench: deps
	cd Benchmarks && swift package --disable-sandbox benchmark --no-progress | python3 Scripts/ratios.py
