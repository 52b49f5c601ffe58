# SPDX-License-Identifier: MIT
"""Hostile inputs for tests/cli/hostile.t, one set at a time:
python3 inputs.py DIR SET. Every file is small to describe and made here;
a page, feed or line named good* is well-formed and must still come out
of the run that also reads the hostile ones."""
import gzip
import io
import os
import sys
import tarfile
import zipfile
import zlib

D = sys.argv[1]
BODY = (b"Rivers rose overnight across the valley, forcing hundreds of "
        b"families from their homes, officials said on Tuesday.")


def put(name, data):
    path = os.path.join(D, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode())


def page(title=b"Floods", body=BODY, head=b""):
    return (b"<html><head>" + head + b"<title>" + title + b"</title></head>"
            b"<body><article><p>" + body + b"</p></article></body></html>\n")


def rss(items, doctype=b""):
    return (b'<?xml version="1.0"?>\n' + doctype + b'<rss version="2.0">'
            b"<channel><title>Feed</title>" + items + b"</channel></rss>\n")


def item(title, link, desc=b"Short text of the item."):
    return (b"<item><title>" + title + b"</title><link>" + link +
            b"</link><description>" + desc + b"</description></item>")


def xml():
    lol = b"".join(b'<!ENTITY lol%d "%s">' % (i, b"&lol%d;" % (i - 1) * 10)
                   for i in range(1, 10))
    put("laughs.xml", rss(item(b"&lol9;", b"https://e.example/1"),
                          b'<!DOCTYPE rss [<!ENTITY lol0 "lol">' + lol +
                          b"]>\n"))
    secret = os.path.join(D, "secret.txt")
    put("secret.txt", "SECRET-MARKER-42\n")
    put("ext.dtd", '<!ENTITY e "SECRET-MARKER-43">')
    put("xxe.xml", rss(item(b"A &x; B &p; C &h;", b"https://e.example/2",
                            b"x &x; y"),
                       b'<!DOCTYPE rss [<!ENTITY x SYSTEM "file://' +
                       secret.encode() + b'"><!ENTITY p SYSTEM '
                       b'"file:///etc/passwd"><!ENTITY h SYSTEM '
                       b'"http://127.0.0.1:9/x">]>\n'))
    put("extdtd.xml", rss(item(b"A &e; B", b"https://e.example/3"),
                          b'<!DOCTYPE rss SYSTEM "file://' +
                          os.path.join(D, "ext.dtd").encode() + b'">\n'))
    put("good.xml", rss(item(b"Good item", b"https://e.example/4")))


def deep():
    n = 100000
    put("deep.xml", rss(item(b"Deep", b"https://e.example/5",
                             b"<b>" * n + b"x" + b"</b>" * n)))
    put("deep.html", b"<html><body>" + b"<div>" * n + b"<p>" + BODY +
        b"</p>" + b"</div>" * n + b"</body></html>")
    put("bigtext.xml", rss(item(b"Big", b"https://e.example/6",
                                b"word " * (10 * 1024 * 1024))))


def html():
    put("good.html", page())
    put("longline.html", page(body=BODY + b" " + b"word " * 2000000))
    put("attrs.html", b"<html><body><div " +
        b"".join(b"a%d=x " % i for i in range(1000000)) + b"><p>" + BODY +
        b"</p></div></body></html>")
    put("comment.html", page() + b"<!-- never closed " + b"x" * 1000)
    put("script.html", b"<html><body><article><p>" + BODY +
        b"</p></article><script>var s = \"" + b"y" * 1000)
    put("nul.html", page(body=BODY.replace(b"valley", b"val\0ley")))
    ru = "Москва. Президент заявил о новых мерах поддержки семей.".encode()
    put("badutf8.html", b'<html lang="r\xffu"><head><meta charset="utf-8">'
        b"<title>\xd0\x9c\xd0\xb8\xd1\x80\xc3\x28</title><meta "
        b'name="author" content="\xd0\x98\xd0\xb2\xd0\xb0\xd0\xbd '
        b'\xed\xa0\x80"><meta name="keywords" content="\xd0\xb0\xff,b">'
        b'<link rel="canonical" href="https://e.example/\xfe"></head>'
        b"<body><article><p>" + ru + b" \xc0\xaf " + ru +
        b"</p></article></body></html>")
    cyr = ("Москва. Президент заявил о новых мерах по поддержке семей, "
           "пострадавших от наводнения в долине.").encode("cp1251")
    put("charsets.html", b'<?xml version="1.0" encoding="koi8-r"?><html>'
        b'<head><meta http-equiv="Content-Type" content="text/html; '
        b'charset=windows-1251"><meta charset="utf-8"><title>T</title>'
        b"</head><body><article><p>" + cyr + b"</p></article></body></html>")




def gz():
    good = page()
    put("good.html", good)
    two = gzip.compress(page(b"First")[:60]) + gzip.compress(page(b"First")[60:])
    put("members.html.gz", two)
    bad = bytearray(gzip.compress(good))
    bad[-8] ^= 0xff                      # the CRC-32 of the trailer
    put("crc.html.gz", bytes(bad))
    put("cut.html.gz", gzip.compress(good)[:-12])


def bomb():
    """About 20 KB that gunzip to 10 GB of zeros: a gzip of 10,240
    identical gzip members of 1 MB of zeros each."""
    member = gzip.compress(b"\0" * (1 << 20), 9)
    put("bomb.gz.gz", gzip.compress(member * 10240, 9))
    put("good.html", page())


def zip_():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("../escape.html", page(b"Escape"))
        z.writestr("ok.html", page(b"Ok"))
        z.writestr("bomb.html", b"\0" * (100 << 20))
    put("d.zip", buf.getvalue())
    put("cut.zip", buf.getvalue()[:len(buf.getvalue()) // 2])


def tar():
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as t:
        def add(name, data, **kw):
            info = tarfile.TarInfo(name)
            for k, v in kw.items():
                setattr(info, k, v)
            info.size = len(data)
            t.addfile(info, io.BytesIO(data))
        add("../escape.html", page(b"Escape"))
        add("/abs/root.html", page(b"Absolute"))
        add("a/../../up.html", page(b"Up"))
        add("link.html", b"", type=tarfile.SYMTYPE, linkname="/etc/passwd")
        add("hard.html", b"", type=tarfile.LNKTYPE, linkname="../x")
        add("dev", b"", type=tarfile.CHRTYPE, devmajor=1, devminor=3)
        add("ok/good.html", page(b"Inside"))
    put("dump/dump.tar", buf.getvalue())


def warc_rec(typ, uri, block, ctype=b"application/http; msgtype=response",
             length=None, extra=b""):
    h = (b"WARC/1.0\r\nWARC-Type: " + typ + b"\r\n" +
         (b"WARC-Target-URI: " + uri + b"\r\n" if uri else b"") +
         b"WARC-Date: 2024-03-01T10:20:30Z\r\nWARC-Record-ID: <urn:x>\r\n"
         b"Content-Type: " + ctype + b"\r\n" + extra +
         b"Content-Length: %d\r\n\r\n" % (len(block) if length is None
                                          else length))
    return h + block + b"\r\n\r\n"


def http(body, headers=b"Content-Type: text/html\r\n"):
    return b"HTTP/1.1 200 OK\r\n" + headers + b"\r\n" + body


def warc():
    ok = lambda n: warc_rec(b"response", b"https://e.example/%d" % n,
                            http(page(b"Page %d" % n)))
    # Content-Length says more than there is; the next record is found.
    put("long.warc", warc_rec(b"response", b"https://e.example/a",
                              http(page(b"Lie")), length=100000))
    put("short.warc", warc_rec(b"response", b"https://e.example/b",
                               http(page(b"Short")), length=20) + ok(1))
    put("nolen.warc", b"WARC/1.0\r\nWARC-Type: response\r\n\r\n" +
        http(page(b"NoLen")) + b"\r\n\r\n" + ok(2))
    put("garbage.warc", ok(3) + b"garbage between records\r\n" * 10 + ok(4))
    chunked = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
               b"Transfer-Encoding: chunked\r\n\r\nffffff\r\n" +
               page(b"Chunk") + b"\r\n0\r\n\r\n")
    put("chunked.warc", warc_rec(b"response", b"https://e.example/c",
                                 chunked) + ok(5))
    put("hugehdr.warc", warc_rec(b"response", b"https://e.example/h",
                                 http(page(b"Huge")), extra=b"X-Long: " +
                                 b"x" * (8 * 1024 * 1024) + b"\r\n") + ok(6))


def walk():
    put("in/a.html", page(b"A"))
    put("in/sub/b.html", page(b"B"))
    os.mkfifo(os.path.join(D, "in/fifo"))
    os.symlink("/dev/zero", os.path.join(D, "in/zero"))
    os.symlink("..", os.path.join(D, "in/sub/loop"))
    put("in/locked.html", page(b"Locked"))
    os.chmod(os.path.join(D, "in/locked.html"), 0)
    for d in ("", "in", "in/sub"):
        os.chmod(os.path.join(D, d), 0o755)


def jsonl():
    lines = [
        b'{"id":"a","text":"peace talks resumed"}',
        b'{"id":"b","text":',
        b'{"id":"c","text":42}',
        b'{"id":"d","text":"war","text":"peace again"}',
        b'{"id":"e","text":"caf\xff war"}',
        b'{"id":"f","text":"lone \\ud800 surrogate war"}',
        b'{"id":"g","text":"pair \\ud83d\\ude00 peace"}',
        b"[1,2,3]",
        b'{"id":"h","text":"' + b"war " * (25 * 1024 * 1024) + b'"}',
        b'{"id":"i","text":"final peace"}',
    ]
    put("bad.jsonl", b"\n".join(lines) + b"\n")


def mixed():
    """Good and bad inputs of every kind in one directory."""
    put("mix/a-good.html", page(b"Good A"))
    put("mix/b-empty.html", b"")
    put("mix/c-junk.bin", bytes(range(256)) * 16)
    put("mix/d-cut.html.gz", gzip.compress(page(b"Cut"))[:-12])
    put("mix/e-crawl.warc", warc_rec(b"response", b"https://e.example/w1",
                                     http(page(b"Warc 1"))) +
        b"garbage\r\n" + warc_rec(b"response", b"https://e.example/w2",
                                   http(page(b"Warc 2"))) +
        warc_rec(b"response", b"https://e.example/w3", http(b""),
                 length=10 ** 6))
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as t:
        for name, data in (("t1.html", page(b"Tar 1")), ("t2.html", b"  "),
                           ("t3.html", page(b"Tar 3"))):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            t.addfile(info, io.BytesIO(data))
    put("mix/f-dump.tar.gz", buf.getvalue())
    put("mix/g-good.html", page(b"Good G"))
    put("mix/h-lines.jsonl", b'{"title":"Line 1","text":"One."}\n{"title":\n'
        b'{"title":"Line 3","text":"Three."}\n')
    put("mix/i-feed.xml", rss(item(b"Item 1", b"https://e.example/i1") +
                              item(b"Item 2", b"https://e.example/i2")))


def nest():
    """A WARC record holding a WARC record holding... 3,000 deep."""
    x = page(b"Nested")
    for _ in range(3000):
        x = warc_rec(b"resource", b"https://e.example/n", x, b"text/html")
    put("nest.warc", x)


SETS = {"nest": nest, "zip": zip_, "bomb": bomb, "walk": walk, "jsonl": jsonl, "mixed": mixed, "xml": xml, "deep": deep, "html": html, "gz": gz, "tar": tar,
        "warc": warc}
SETS[sys.argv[2]]()
