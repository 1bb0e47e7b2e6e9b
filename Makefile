# The two set-up commands: `make demo` and `make test`. Both install any
# missing Debian package first (scripts/install-deps.sh).
JOBS ?= $(shell nproc)
BUILD ?= build/release
TEST_BUILD ?= build/asan
OUT ?= out

FUZZ_BUILD ?= build/fuzz
FUZZ_SECONDS ?= 600

.PHONY: deps demo test build bench fuzz clean

deps:
	@scripts/install-deps.sh

build: deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release -DAKHBAR_BUILD_TESTS=OFF
	cmake --build $(BUILD) -j $(JOBS)

# akhbar build prints the paths it writes ("akhbar: wrote out/graph.json" ...).
demo: build
	$(BUILD)/akhbar build --rules rules --manifest samples/manifest.json samples --out $(OUT)

test: deps
	cmake -S . -B $(TEST_BUILD) -DCMAKE_BUILD_TYPE=Debug -DAKHBAR_SANITIZE=ON
	cmake --build $(TEST_BUILD) -j $(JOBS)
	cd $(TEST_BUILD) && ctest --output-on-failure -j $(JOBS)

# The benchmark (bench/run.sh: real and synthetic corpora, threads, names,
# ripgrep and Python baselines, in one run) and the micro-benchmarks. The
# report goes to build/bench-data/report.md.
bench: deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release -DAKHBAR_BUILD_TESTS=OFF -DAKHBAR_BUILD_BENCH=ON
	cmake --build $(BUILD) -j $(JOBS)
	bench/run.sh $(BUILD)

# libFuzzer targets, each run for FUZZ_SECONDS on a scratch copy of the seed
# corpus in tests/fuzz/corpus (see tests/fuzz/README.md).
fuzz: deps
	CC=clang CXX=clang++ cmake -S . -B $(FUZZ_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DAKHBAR_BUILD_FUZZERS=ON -DAKHBAR_BUILD_TESTS=OFF
	cmake --build $(FUZZ_BUILD) -j $(JOBS) --target extract_fuzzer rules_fuzzer json_record_fuzzer \
	  entity_events_fuzzer graph_fuzzer
	for target in extract rules json_record entity_events graph; do \
	  mkdir -p $(FUZZ_BUILD)/corpus/$$target $(FUZZ_BUILD)/crashes/$$target && \
	  $(FUZZ_BUILD)/$${target}_fuzzer $(FUZZ_BUILD)/corpus/$$target tests/fuzz/corpus/$$target \
	    -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -timeout=20 -rss_limit_mb=4096 \
	    -artifact_prefix=$(FUZZ_BUILD)/crashes/$$target/ -print_final_stats=1 \
	    $$(test -f tests/fuzz/$$target.dict && echo -dict=tests/fuzz/$$target.dict) \
	    2>&1 | tee $(FUZZ_BUILD)/$$target.log | tail -n 25 || exit 1; \
	done

clean:
	rm -rf build
