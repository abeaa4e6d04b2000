# The two commands a newcomer needs: `make run` and `make test`.
BUILD ?= build
DATA ?= var
PORT ?= 8080
CMAKE_FLAGS ?=
MOTCUA := $(BUILD)/src/app/motcua

# Share the compiler cache between build directories and clones.
export CCACHE_BASEDIR := $(CURDIR)
export CCACHE_NOHASHDIR := 1

.PHONY: all deps build run test test-unit bench fuzz clean

all: build

deps:
	@scripts/install-deps.sh

$(BUILD)/build.ninja:
	cmake -S . -B $(BUILD) -G Ninja $(CMAKE_FLAGS)

build: deps $(BUILD)/build.ninja
	ninja -C $(BUILD)
	scripts/build-web.sh

run: build
	@if [ ! -e $(DATA)/motcua.db ]; then $(MOTCUA) init --data $(DATA) --demo >/dev/null; fi
	@echo "motcua: http://127.0.0.1:$(PORT)/"
	@if [ -f $(DATA)/demo-logins.txt ]; then cat $(DATA)/demo-logins.txt; fi
	$(MOTCUA) serve --data $(DATA) --port $(PORT)

# Everything: unit tests, both storage backends (a throw-away PostgreSQL on 127.0.0.1),
# API and system tests, and a bounded fuzzing run.
test: build
	@MOTCUA_TEST_PG_URL=$$(scripts/test-postgres.sh start) && export MOTCUA_TEST_PG_URL && \
	  cd $(BUILD) && ctest --output-on-failure -j2 --timeout 600

bench: build
	$(MOTCUA) bench --out docs/benchmarks.md

clean:
	rm -rf $(BUILD)
