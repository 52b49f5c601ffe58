filedesc://x.arc 0.0.0.0 20240301102030 text/plain 76
1 0 Example
URL IP-address Archive-date Content-type Archive-length

http://example.com/a 1.2.3.4 20240301102030 text/html 184
HTTP/1.1 200 OK
Content-Type: text/html; charset=utf-8

<html><head><title>T</title></head><body><article><p>Hello world, this is the body of an article.</p></article></body></html>
