# Jinan Pathways. Two commands set everything up on a fresh machine (see README.md):
#   make serve   installs what is missing, builds dist/, serves it on http://127.0.0.1:8080/
#   make test    installs what is missing, runs every test, prints a last line of counts
# Also: make dist (build only), make bench (sizes and timings).

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

TOOLS := $(CURDIR)/.tools
CARGO_BIN := $(HOME)/.cargo/bin
export PATH := $(TOOLS)/binaryen/node_modules/.bin:$(CARGO_BIN):$(PATH)

TRUNK_VERSION := 0.21.14
BINARYEN_VERSION := 132
# wasm-bindgen-cli must equal the wasm-bindgen in Cargo.lock exactly.
WASM_BINDGEN_VERSION := $(shell awk '/^name = "wasm-bindgen"$$/{getline; gsub(/[^0-9.]/,""); print; exit}' Cargo.lock)
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)
HOST ?= 127.0.0.1
PORT ?= 8080

# Tools are built for speed of building, not of running: they spend their time waiting on
# cargo and wasm-opt. A shared target dir lets trunk and wasm-bindgen-cli share dependencies.
TOOL_BUILD_ENV := CARGO_TARGET_DIR=$(TOOLS)/target CARGO_PROFILE_RELEASE_OPT_LEVEL=1 \
	CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 CARGO_PROFILE_RELEASE_DEBUG=0

SOURCES := $(shell find src style crates/model/src -type f) crates/model/Cargo.toml index.html Cargo.toml Cargo.lock build.rs Trunk.toml \
	data/jinan.json $(wildcard static/*) examples/article.html examples/article.css examples/postbuild.rs .cargo/config.toml

.PHONY: help serve test dist bench og-image setup-build setup-test check-fmt clippy native-tests browser-tests clean

help:
	@echo "make serve   build and serve the app on http://$(HOST):$(PORT)/"
	@echo "make test    run every test (installs what is missing)"
	@echo "make dist    build dist/ only"
	@echo "make bench   print sizes and timings"

# --- installing what is missing ------------------------------------------------------------

setup-build:
	@rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
	@trunk --version 2>/dev/null | grep -qx "trunk $(TRUNK_VERSION)" || \
		{ echo "installing trunk $(TRUNK_VERSION)"; $(TOOL_BUILD_ENV) cargo install --locked trunk --version $(TRUNK_VERSION); }
	@# No --locked: its lock file names a webpki-roots the registry here does not serve.
	@wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $(WASM_BINDGEN_VERSION)" || \
		{ echo "installing wasm-bindgen-cli $(WASM_BINDGEN_VERSION)"; $(TOOL_BUILD_ENV) cargo install --force wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION); }
	@wasm-opt --version 2>/dev/null | grep -q "version_$(BINARYEN_VERSION)" || \
		{ echo "installing binaryen $(BINARYEN_VERSION)"; mkdir -p $(TOOLS)/binaryen; \
		  npm install --prefix $(TOOLS)/binaryen --no-save --no-audit --no-fund --no-package-lock binaryen@$(BINARYEN_VERSION) >/dev/null; }
	@cargo fetch --quiet

setup-test: setup-build
	@# Three engines: Chromium, Firefox ESR and WebKitGTK (its driver's MiniBrowser needs a display: xvfb);
	@# a Java runtime for the Nu HTML checker (npm vnu-jar). grep reads fc-list to its end: with
	@# pipefail, `grep -q` would stop early and fail the pipe.
	@command -v chromium >/dev/null && command -v firefox-esr >/dev/null && command -v WebKitWebDriver >/dev/null && \
		command -v xvfb-run >/dev/null && command -v java >/dev/null && fc-list 2>/dev/null | grep -i "noto.*cjk" >/dev/null || \
		{ echo "installing chromium, firefox-esr, webkit2gtk-driver, xvfb, a Java runtime and a CJK font"; $(SUDO) apt-get update -qq; \
		  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium firefox-esr webkit2gtk-driver xvfb default-jre-headless fonts-noto-cjk >/dev/null; }
	@[ -d node_modules/playwright-core ] && [ node_modules/.package-lock.json -nt package-lock.json ] || npm ci --no-audit --no-fund

# --- building ------------------------------------------------------------------------------

dist: setup-build dist/_headers

# Trunk's post_build hook runs examples/postbuild.rs (Trunk.toml): the first screen, _headers
# and sw.js are written before the staging folder becomes dist/.
dist/_headers: $(SOURCES)
	trunk build --release --offline

# The link preview's image: the default view as a social card (the test share_card checks it is
# current; run this and commit static/og-image.png when the data or the drawing change).
og-image: setup-test
	@mkdir -p target
	cargo run --quiet --example share_card > target/share-card.svg
	node tools/og-image.mjs target/share-card.svg static/og-image.png

serve: dist
	node tools/serve.mjs --dir dist --host $(HOST) --port $(PORT)

# --- testing -------------------------------------------------------------------------------

test: setup-test
	@mkdir -p test-output
	cargo fmt --all --check
	cargo clippy --workspace --all-targets -- -D warnings
	cargo test --workspace 2>&1 | tee test-output/native.log
	cargo run --quiet --example audit | tee test-output/audit.txt
	$(MAKE) --no-print-directory dist/_headers
	node tools/budget.mjs dist | tee test-output/budget.txt
	npm test 2>&1 | tee test-output/browser.log
	@native=$$(awk '/^test result:/{s+=$$4} END{print s+0}' test-output/native.log); \
	 browser=$$(awk '/^# pass /{print $$3}' test-output/browser.log); \
	 failed=$$(awk '/^# fail /{print $$3}' test-output/browser.log); \
	 audit=$$(head -n1 test-output/audit.txt); \
	 echo "make test: $$native native tests passed, $$browser browser tests passed ($$failed failed); audit: $$audit"; \
	 head -n1 test-output/budget.txt

LIGHTHOUSE_VERSION := 12.2.3

bench: setup-test dist/_headers
	@[ -x $(TOOLS)/lighthouse/node_modules/.bin/lighthouse ] || { echo "installing lighthouse $(LIGHTHOUSE_VERSION)"; \
		mkdir -p $(TOOLS)/lighthouse; npm install --prefix $(TOOLS)/lighthouse --no-save --no-audit --no-fund --no-package-lock lighthouse@$(LIGHTHOUSE_VERSION) >/dev/null; }
	cargo run --quiet --release --example bench
	node bench/browser.mjs

clean:
	rm -rf dist target test-output
