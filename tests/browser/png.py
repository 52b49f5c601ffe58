#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Minimal PNG reading for the browser test, Python standard library only.

Usage:
  png.py stats FILE             distinct colours, share of non-white pixels
  png.py region FILE X Y W H    the same for a rectangle (CSS pixels)
  png.py crop FILE X Y W H OUT  writes the rectangle as a new PNG
  png.py find FILE RRGGBB...    pixels of each colour and their bounding box

Reads 8-bit RGB/RGBA, non-interlaced PNGs (what Chromium writes).
"""
import struct
import sys
import zlib


def read(path):
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG file")
    pos, idat, hdr = 8, [], None
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        if kind == b"IHDR":
            hdr = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
        elif kind == b"IEND":
            break
        pos += 12 + n
    w, h, depth, ctype, _, _, interlace = hdr
    if depth != 8 or ctype not in (2, 6) or interlace:
        raise ValueError("unsupported PNG (depth %d, type %d)" % (depth, ctype))
    bpp = 3 if ctype == 2 else 4
    raw = zlib.decompress(b"".join(idat))
    stride = w * bpp
    rows, prev, i = [], bytearray(stride), 0
    for _ in range(h):
        ftype = raw[i]
        line = bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b = prev[x]
            c = prev[x - bpp] if x >= bpp else 0
            if ftype == 1:
                line[x] = (line[x] + a) & 255
            elif ftype == 2:
                line[x] = (line[x] + b) & 255
            elif ftype == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif ftype == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pr = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[x] = (line[x] + pr) & 255
        rows.append(bytes(line))
        prev = line
    return w, h, bpp, rows


def pixels(img, x0, y0, w, h):
    width, height, bpp, rows = img
    for y in range(max(0, y0), min(height, y0 + h)):
        row = rows[y]
        for x in range(max(0, x0), min(width, x0 + w)):
            yield row[x * bpp:x * bpp + 3]


def stats(img, x0, y0, w, h):
    colours, total, ink, saturated = set(), 0, 0, 0
    for px in pixels(img, x0, y0, w, h):
        total += 1
        colours.add(px)
        if min(px) < 235:
            ink += 1
        if max(px) - min(px) > 40:
            saturated += 1
    return len(colours), ink / max(total, 1), saturated / max(total, 1)


def write(path, w, h, rows):
    def chunk(kind, body):
        return (struct.pack(">I", len(body)) + kind + body +
                struct.pack(">I", zlib.crc32(kind + body) & 0xffffffff))
    raw = b"".join(b"\x00" + r for r in rows)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n")
        f.write(chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)))
        f.write(chunk(b"IDAT", zlib.compress(raw, 6)))
        f.write(chunk(b"IEND", b""))


def find(img, colours):
    want = {bytes.fromhex(c.lstrip("#")): c for c in colours}
    seen = {}
    box = [img[0], img[1], -1, -1]
    width, height, bpp, rows = img
    for y in range(height):
        row = rows[y]
        for x in range(width):
            px = row[x * bpp:x * bpp + 3]
            if px in want:
                seen[px] = seen.get(px, 0) + 1
                box = [min(box[0], x), min(box[1], y),
                       max(box[2], x), max(box[3], y)]
    for px, name in want.items():
        print("%s %d" % (name, seen.get(px, 0)))
    print("box %d %d %d %d" % tuple(box))
    return 0


def main(argv):
    img = read(argv[2])
    if argv[1] == "find":
        return find(img, argv[3:])
    if argv[1] == "stats":
        box = (0, 0, img[0], img[1])
    else:
        box = tuple(int(v) for v in argv[3:7])
    if argv[1] == "crop":
        x0, y0, w, h = box
        w = min(w, img[0] - x0)
        h = min(h, img[1] - y0)
        bpp = img[2]
        rows = [b"".join(img[3][y][x * bpp:x * bpp + 3]
                         for x in range(x0, x0 + w))
                for y in range(y0, y0 + h)]
        write(argv[7], w, h, rows)
        return 0
    n, ink, sat = stats(img, *box)
    print("colours %d ink %.4f saturated %.4f" % (n, ink, sat))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
