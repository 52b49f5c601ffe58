#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The baseline of bench/ingest-html.sh: readability-lxml (Debian
python3-readability) extracting the title and main content of every file
in the given directories, in one process, as a user would script it.
Prints the number of pages and of bytes read.

Usage: bench/readability_lxml.py DIR...
"""
import os
import sys

from readability import Document


def main():
    pages = size = 0
    for top in sys.argv[1:]:
        for root, dirs, files in os.walk(top):
            dirs.sort()
            for name in sorted(files):
                with open(os.path.join(root, name), "rb") as f:
                    data = f.read()
                size += len(data)
                try:
                    doc = Document(data)
                    doc.title()
                    doc.summary()
                except Exception:  # a page it cannot read: go on, as ingest does
                    pass
                pages += 1
    print("%d pages, %d bytes" % (pages, size))


if __name__ == "__main__":
    main()
