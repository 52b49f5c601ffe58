# newsframe: the only build file. `make` builds build/newsframe; `make check`
# runs every test twice (plain, then under ASan+UBSan); `make demo` runs the
# main job on corpora/sample; `make deps` installs the Debian packages.

PREFIX	?= /usr/local
CC	?= cc
SAN	?=

PKGS	= libxml-2.0 libpcre2-8 zlib libarchive libutf8proc libpsl libxxhash \
	  libcjson uchardet libbrotlidec yaml-0.1
# Debian packages: build dependencies, then tools used by tests and benches.
DEB_BUILD = build-essential pkg-config libxml2-dev libpcre2-dev zlib1g-dev \
	  libarchive-dev libutf8proc-dev libstemmer-dev libpsl-dev \
	  libxxhash-dev libcjson-dev libuchardet-dev libbrotli-dev libyaml-dev \
	  libcmocka-dev
DEB_TEST = python3 mandoc parallel jq clang libclang-rt-14-dev chromium bzip2 xz-utils
DEB_BENCH = python3-readability python3-feedparser python3-sklearn hyperfine time
# Node.js for Readability.js, unless a node with its own npm is there.
DEB_NODE = nodejs npm

ifeq ($(FUZZ),1)
CC	= clang
BUILD	= build/fuzz
SANFLAGS = -fsanitize=fuzzer-no-link,address,undefined \
	   -fno-omit-frame-pointer -fno-sanitize-recover=all
OPT	= -O1 -g
else ifeq ($(SAN),1)
BUILD	= build/san
SANFLAGS = -fsanitize=address,undefined -fno-omit-frame-pointer \
	   -fno-sanitize-recover=all
OPT	= -O1 -g
else
BUILD	= build
SANFLAGS =
OPT	= -O2 -g
endif

WARN	= -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
	  -Wformat=2
ifdef WERROR
WARN	+= -Werror
endif
VERSION	= 0.1.0
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null)
CFLAGS	+= -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE $(OPT) $(WARN) \
	   $(SANFLAGS) -Iinclude $(PKG_CFLAGS) -DNF_VERSION='"$(VERSION)"' -MMD -MP
LDLIBS	+= $(PKG_LIBS) -lstemmer -lpthread -lm
LDFLAGS	+= $(SANFLAGS)

SRCS	:= $(sort $(wildcard src/*/*.c))
OBJS	:= $(SRCS:src/%.c=$(BUILD)/obj/%.o)
MAIN_OBJ := $(BUILD)/obj/main.o
LIB	:= $(BUILD)/libnewsframe.a
# Stop-word lists are compiled in (see src/text/gen-stopwords.sh).
STOPWORDS := $(sort $(wildcard corpora/stopwords/*.txt))
GEN_OBJS := $(BUILD)/obj/gen/stopwords-data.o
# Attribution cue lists are compiled in (see src/text/gen-cues.sh).
CUES	:= $(sort $(wildcard corpora/cues/*.txt))
GEN_OBJS += $(BUILD)/obj/gen/cues-data.o
UNIT_SRCS := $(sort $(wildcard tests/unit/test_*.c))
UNIT_BINS := $(UNIT_SRCS:tests/unit/%.c=$(BUILD)/tests/%)
MANS	:= $(sort $(wildcard man/*.[15]))

.PHONY: all check check-pass unit cli lint devsets demo deps bench clean \
	install format fuzz fuzz-smoke fuzz-bins

all: $(BUILD)/newsframe

$(BUILD)/newsframe: $(MAIN_OBJ) $(LIB)
	$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

$(LIB): $(OBJS) $(GEN_OBJS)
	@rm -f $@
	ar rcs $@ $^

$(BUILD)/gen/stopwords-data.c: $(STOPWORDS) src/text/gen-stopwords.sh
	@mkdir -p $(dir $@)
	sh src/text/gen-stopwords.sh $(STOPWORDS) > $@.tmp && mv $@.tmp $@

$(BUILD)/gen/cues-data.c: $(CUES) src/text/gen-cues.sh
	@mkdir -p $(dir $@)
	sh src/text/gen-cues.sh $(CUES) > $@.tmp && mv $@.tmp $@

$(BUILD)/obj/gen/%.o: $(BUILD)/gen/%.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -c -o $@ $<

$(BUILD)/obj/%.o: src/%.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -c -o $@ $<

$(BUILD)/tests/%: tests/unit/%.c $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(shell pkg-config --cflags cmocka) -o $@ $< $(LIB) \
		$(LDFLAGS) $(LDLIBS) $(shell pkg-config --libs cmocka)

FUZZ_SRCS := $(sort $(wildcard tests/fuzz/fuzz_*.c))
FUZZ_BINS := $(FUZZ_SRCS:tests/fuzz/%.c=build/fuzz/bin/%)
FUZZ_TIME ?= 60

build/fuzz/bin/%: tests/fuzz/%.c $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -fsanitize=fuzzer -o $@ $< $(LIB) $(LDFLAGS) $(LDLIBS)

# A development tool: runs the HTML extractor on files (bench/, tests).
$(BUILD)/extract-file: bench/extract-file.c $(LIB)
	$(CC) $(CFLAGS) -o $@ $< $(LIB) $(LDFLAGS) $(LDLIBS)

-include $(OBJS:.o=.d) $(MAIN_OBJ:.o=.d) $(FUZZ_BINS:=.d) $(UNIT_BINS:=.d)

# Install the Debian packages when a library is missing (needs root).
deps:
	@if ! pkg-config --exists $(PKGS) cmocka || \
	    ! test -f /usr/include/libstemmer.h || \
	    ! command -v mandoc >/dev/null || ! command -v python3 >/dev/null || \
	    ! command -v parallel >/dev/null || \
	    ! command -v chromium >/dev/null; then \
		echo "newsframe: installing Debian packages"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
		apt-get install -y -qq $(DEB_BUILD) $(DEB_TEST); \
	fi

deps-bench: deps
	@pkgs=; for p in $(DEB_BENCH); do \
		dpkg -s $$p >/dev/null 2>&1 || pkgs="$$pkgs $$p"; \
	done; \
	command -v npm >/dev/null || pkgs="$$pkgs $(DEB_NODE)"; \
	if [ -n "$$pkgs" ]; then \
		echo "newsframe: installing Debian packages:$$pkgs"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
		apt-get install -y -qq $$pkgs; \
	fi

check: deps
	$(MAKE) WERROR=1 check-pass
	$(MAKE) WERROR=1 SAN=1 check-pass
	$(MAKE) fuzz-smoke
	@echo "make check: all passes succeeded"

check-pass: $(BUILD)/newsframe $(UNIT_BINS)
	@tests/run-unit $(UNIT_BINS)
	@NEWSFRAME=$(BUILD)/newsframe tests/cli/run
	@tests/lint-man $(MANS)
	@NEWSFRAME=$(BUILD)/newsframe python3 tests/fixtures/sources/score.py \
		tests/fixtures/sources/labeled-*.txt \
		tests/fixtures/sources/heldout*.txt
	@if [ "$(SAN)" != 1 ]; then NEWSFRAME=$(BUILD)/newsframe tests/devsets; fi
	@if [ "$(SAN)" != 1 ]; then tests/browser/report.sh $(BUILD)/newsframe; fi

unit: $(UNIT_BINS)
	@tests/run-unit $(UNIT_BINS)

cli: $(BUILD)/newsframe
	@NEWSFRAME=$(BUILD)/newsframe tests/cli/run

demo: deps
	$(MAKE) all
	@sh corpora/demo.sh $(BUILD)/newsframe

bench: deps-bench all $(BUILD)/extract-file
	@EXTRACT_FILE=$(BUILD)/extract-file sh bench/run

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1 \
		$(DESTDIR)$(PREFIX)/share/man/man5
	install -m 755 $(BUILD)/newsframe $(DESTDIR)$(PREFIX)/bin/newsframe
	install -m 644 man/*.1 $(DESTDIR)$(PREFIX)/share/man/man1/
	install -m 644 man/*.5 $(DESTDIR)$(PREFIX)/share/man/man5/

# libFuzzer harnesses (clang): `make fuzz` runs each for FUZZ_TIME seconds;
# `make fuzz-smoke` (part of `make check`) for a few seconds each.
fuzz:
	$(MAKE) FUZZ=1 fuzz-bins
	@tests/fuzz/run $(FUZZ_TIME) $(FUZZ_SRCS:tests/fuzz/%.c=build/fuzz/bin/%)

fuzz-smoke:
	$(MAKE) FUZZ=1 fuzz-bins
	@tests/fuzz/run 5 $(FUZZ_SRCS:tests/fuzz/%.c=build/fuzz/bin/%)

fuzz-bins: $(FUZZ_BINS)

format:
	clang-format -i src/*.c src/*/*.c include/*/*.h tests/unit/*.c

clean:
	rm -rf build
