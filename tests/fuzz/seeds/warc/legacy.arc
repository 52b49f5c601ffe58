filedesc://x.arc 0.0.0.0 20050614070144 text/plain 9
1 0 IA


http://e/p 10.0.0.1 20050614070159 text/html 50
HTTP/1.0 200 OK
Content-Type: text/html

<p>x</p>

