# The two set-up commands: `make demo` and `make test`. Both install any
# missing Debian package first (scripts/install-deps.sh).
JOBS ?= $(shell nproc)
BUILD ?= build/release
TEST_BUILD ?= build/asan
OUT ?= out

.PHONY: deps demo test build clean

deps:
	@scripts/install-deps.sh

build: deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release -DAKHBAR_BUILD_TESTS=OFF
	cmake --build $(BUILD) -j $(JOBS)

demo: build
	@mkdir -p $(OUT)
	$(BUILD)/akhbar extract --rules rules --manifest samples/manifest.json samples \
	  -o $(OUT)/extractions.jsonl
	@echo "wrote $(OUT)/extractions.jsonl"

test: deps
	cmake -S . -B $(TEST_BUILD) -DCMAKE_BUILD_TYPE=Debug -DAKHBAR_SANITIZE=ON
	cmake --build $(TEST_BUILD) -j $(JOBS)
	cd $(TEST_BUILD) && ctest --output-on-failure -j $(JOBS)

clean:
	rm -rf build
