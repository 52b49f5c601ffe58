#!/bin/sh
# Builds build/stub-ingest: the readers of src/ingest/ over test doubles of
# the ingest plumbing (tests/dev/stub_ingest.c). Development aid.
set -e
make -s
CF="$(pkg-config --cflags libxml-2.0 zlib libarchive libbrotlidec libcjson)"
LIBS="$(pkg-config --libs libxml-2.0 libpcre2-8 zlib libarchive libutf8proc libpsl libxxhash libcjson uchardet libbrotlidec yaml-0.1)"
OBJS=$(ls build/obj/ingest/*.o | grep -v -e /ingest.o -e /html.o -e /date.o -e /sniff.o)
cc -std=c11 -D_DEFAULT_SOURCE -D_XOPEN_SOURCE=700 -O1 -g -Iinclude $CF -o build/stub-ingest \
	tests/dev/stub_ingest.c $OBJS build/libnewsframe.a $LIBS -lstemmer -lm
# With DATE_SRC=dir holding date.c, date_cal.c, date_text.c (and inc/):
if [ -n "${DATE_SRC:-}" ]; then
	cc -std=c11 -D_DEFAULT_SOURCE -D_XOPEN_SOURCE=700 -DREAL_DATE -O1 -g -Iinclude -I"$DATE_SRC/inc" $CF -o build/stub-ingest \
		tests/dev/stub_ingest.c "$DATE_SRC"/date*.c $OBJS build/libnewsframe.a $LIBS -lstemmer -lm
fi
