#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes the sample corpus: the articles of sample_articles.py rendered through
the page template of each fictional outlet, the way scraped pages look
(cookie banners, font-size widgets, share counters, related links, app
promos), some gzipped, one outlet in windows-1251 with no charset
declaration, an aggregator republishing other outlets with a credit line.

Usage: corpora/make-sample.py   (rewrites corpora/sample/*/)
Output is deterministic (gzip without timestamps), so the committed files
only change when this script or sample_articles.py does.
"""
import datetime
import gzip
import html
import json
import os
import shutil
import sys

sys.dont_write_bytecode = True
TOP = os.path.dirname(os.path.abspath(__file__))
HERE = os.path.join(TOP, "sample")
sys.path.insert(0, TOP)
from sample_articles import A  # noqa: E402

DIRS = {"vtr": "vtr", "dfp": "drovnafree", "kw": "kestrelwire",
        "osrw": "osrw", "vv": "vostok", "ct": "concordtoday",
        "nd": "newsdigest"}

e = html.escape


def when(a):
    return datetime.datetime.fromisoformat(a["date"].replace("Z", "+00:00"))


def ymd(a, sep="/"):
    return when(a).strftime("%Y" + sep + "%m" + sep + "%d")


def paras(a, tag="p", cls=None):
    c = ' class="%s"' % cls if cls else ""
    return "\n".join("<%s%s>%s</%s>" % (tag, c, e(p), tag) for p in a["paras"])


def jsonld(a, url, publisher, section=None):
    d = {"@context": "https://schema.org", "@type": "NewsArticle",
         "headline": a["title"], "datePublished": a["date"],
         "mainEntityOfPage": url,
         "author": [{"@type": "Person", "name": n} for n in a["authors"]],
         "publisher": {"@type": "Organization", "name": publisher},
         "inLanguage": a["lang"]}
    if a["tags"]:
        d["keywords"] = ", ".join(a["tags"])
    if section:
        d["articleSection"] = section
    return ('<script type="application/ld+json">%s</script>'
            % json.dumps(d, ensure_ascii=False))


def vtr(a):
    url = "https://news.vtr.example/%s/%s/%s/" % (a["lang"], ymd(a), a["slug"])
    ru = a["lang"] == "ru"
    related = ("Читайте также" if ru else "Read also")
    return f"""<!DOCTYPE html>
<html lang="{a['lang']}">
<head>
<meta charset="utf-8">
<title>{e(a['title'])} | VTR</title>
<link rel="canonical" href="{url}">
<meta property="og:site_name" content="VTR">
<meta property="og:title" content="{e(a['title'])}">
{jsonld(a, url, "VTR")}
</head>
<body>
<div id="cookie-banner">{"Мы используем файлы cookie. Продолжая, вы соглашаетесь." if ru else "We use cookies to improve your experience. By continuing you accept our cookie policy."} <button>OK</button></div>
<header><a href="/">VTR</a> <nav><a href="/{a['lang']}/politics/">{"Политика" if ru else "Politics"}</a> <a href="/{a['lang']}/economy/">{"Экономика" if ru else "Economy"}</a> <a href="/{a['lang']}/live/">{"Прямой эфир" if ru else "Live TV"}</a></nav></header>
<main>
<article>
<h1>{e(a['title'])}</h1>
<div class="meta"><span class="author">{e(", ".join(a['authors']))}</span> <time datetime="{a['date']}">{when(a).strftime("%d.%m.%Y %H:%M")}</time></div>
<div class="font-size">Aa Aa Aa</div>
<div class="article-body">
{paras(a)}
</div>
<div class="share">Share: VK 214 · Telegram 1.1K · OK 37</div>
</article>
<aside class="related"><h3>{related}</h3><ul>
<li><a href="/{a['lang']}/economy/">{"Урожай зерна превысил прогноз" if ru else "Grain harvest beats forecast"}</a></li>
<li><a href="/{a['lang']}/culture/">{"В Дровне открылся фестиваль народной музыки" if ru else "Folk music festival opens in Drovna"}</a></li>
</ul></aside>
</main>
<footer>© 2025 VTR — Veskaria State Television. {"Все права защищены." if ru else "All rights reserved."}</footer>
</body>
</html>
"""


def dfp(a):
    url = "https://drovnafree.example/%s/news/%s" % (a["lang"], a["slug"])
    ru = a["lang"] == "ru"
    by = (("Авторы: " if len(a["authors"]) > 1 else "Автор: ") + ", ".join(a["authors"])
          if ru else "By " + " and ".join(a["authors"]))
    return f"""<!doctype html>
<html lang="{a['lang']}">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>{e(a['title'])} — Drovna Free Press</title>
<meta property="og:site_name" content="Drovna Free Press">
<meta property="og:title" content="{e(a['title'])}">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{a['date']}">
{"".join('<meta property="article:tag" content="%s">' % e(t) for t in a['tags'])}
<meta name="author" content="{e(", ".join(a['authors']))}">
</head>
<body>
<div class="consent">{"Этот сайт использует cookies. Принять / Настроить" if ru else "This site uses cookies. Accept all / Manage settings"}</div>
<div class="topbar"><a href="/donate">{"Поддержите независимую журналистику" if ru else "Support independent journalism"}</a></div>
<div class="page">
<div class="story">
<h1 class="headline">{e(a['title'])}</h1>
<p class="byline">{e(by)}</p>
<div class="tools">- A + <span class="shares">1.4K shares</span></div>
<div class="story-text">
{paras(a)}
</div>
<div class="newsletter">{"Подпишитесь на нашу рассылку — главное за день в одном письме." if ru else "Sign up for our newsletter: the day's essential stories in one email."}</div>
<div class="app-promo">{"Наше приложение: Доступно в Google Play · Загрузите в App Store" if ru else "Get it on Google Play · Download on the App Store"}</div>
</div>
<div class="more"><h4>{"Ещё по теме" if ru else "More on this story"}</h4>
<a href="/{a['lang']}/news/live">{"Онлайн: протесты в Вескарии" if ru else "Live: protests in Veskaria"}</a>
<a href="/{a['lang']}/news/explainer">{"Что нужно знать о реформе цен" if ru else "What you need to know about the price reform"}</a></div>
<div class="comments">{"Комментарии (86)" if ru else "Comments (86)"}</div>
</div>
<footer>Drovna Free Press · {"Редакция работает в изгнании с 2021 года" if ru else "Publishing in exile since 2021"} · © Drovna Free Press</footer>
</body>
</html>
"""


def kw(a):
    d = when(a)
    url = "https://www.kestrelwire.example/world/%s-idKW%s/" % (a["slug"], d.strftime("%Y%m%d"))
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{e(a['title'])} | Kestrel Wire</title>
<link rel="canonical" href="{url}">
{jsonld(a, url, "Kestrel Wire", "World")}
</head>
<body>
<div class="cookie">Kestrel Wire and our partners use cookies. <a href="/privacy">Privacy</a> <button>Accept</button> <button>Reject</button></div>
<nav class="site-nav"><a href="/world/">World</a> <a href="/business/">Business</a> <a href="/markets/">Markets</a></nav>
<article class="wire-story">
<header><h1>{e(a['title'])}</h1>
<p class="by">By {e(" and ".join(a['authors']))}</p>
<time datetime="{a['date']}">{d.strftime("%B %d, %Y %I:%M %p UTC")}</time>
<span class="read">2 min read</span></header>
{paras(a, cls="para")}
<p class="trust">Our Standards: The Kestrel Wire Trust Principles.</p>
</article>
<section class="recommended"><h2>Recommended</h2>
<a href="/markets/">Oil steadies as traders weigh supply risks</a>
<a href="/world/">Election results: what we know so far</a></section>
<footer>© 2025 Kestrel Wire. All rights reserved.</footer>
</body>
</html>
"""


def osrw(a):
    url = "https://osrw.example/%s/news/%s/%s" % (a["lang"], ymd(a), a["slug"])
    ru = a["lang"] == "ru"
    return f"""<!DOCTYPE html>
<html lang="{a['lang']}">
<head>
<meta charset="utf-8">
<title>OSRW - {e(a['title'])}</title>
<meta name="author" content="{e(", ".join(a['authors']))}">
<meta name="keywords" content="{e(", ".join(a['tags']))}">
<link rel="canonical" href="{url}">
</head>
<body>
<div id="gdpr">{"Мы используем cookies для статистики. Согласиться" if ru else "We use cookies for analytics. I agree"}</div>
<div class="wrap">
<div class="sidebar"><a href="/donate">{"Пожертвовать" if ru else "Donate now"}</a> <a href="/{a['lang']}/countries/">{"Страны" if ru else "Countries"}</a></div>
<div class="content">
<div class="kicker">{"Пресс-релиз" if ru else "News release"}</div>
<h1>{e(a['title'])}</h1>
<div class="date"><time datetime="{ymd(a, '-')}">{when(a).strftime("%d.%m.%Y" if ru else "%B %d, %Y")}</time></div>
{paras(a)}
<div class="share-tools">Share this via Facebook · X · Email · Print</div>
</div>
</div>
<footer>Open Steppe Rights Watch · {"Мы не принимаем денег от правительств" if ru else "We take no government funding"} · © 2025</footer>
</body>
</html>
"""


VV_ID = {}


def vv(a):
    n = VV_ID.setdefault(a["slug"], 4100 + len(VV_ID))
    url = "http://www.vostok-vestnik.example/news/%s/%d.html" % (ymd(a), n)
    d = when(a)
    return f"""<html>
<head>
<title>{e(a['title'])} - Восточный вестник</title>
<link rel="canonical" href="{url}">
</head>
<body bgcolor="#ffffff">
<table width="100%"><tr><td><b>Восточный вестник</b> — новости Кеша и области</td><td>Курс валют · Погода: +4</td></tr></table>
<table width="100%"><tr>
<td width="180" valign="top"><a href="/news/">Новости</a><br><a href="/ads/">Объявления</a><br><a href="/forum/">Форум</a></td>
<td valign="top">
<h2>{e(a['title'])}</h2>
<div class="date">{d.strftime("%d.%m.%Y %H:%M")}</div>
<div class="text">
{paras(a)}
</div>
<div class="author">Автор: {e(", ".join(a['authors']))}</div>
<div class="views">Просмотров: {1000 + n % 997}</div>
<div class="comments"><b>Комментарии (3)</b><br>Гость: Правильно пишете!<br>Аслан: А что с водой?</div>
</td></tr></table>
<div class="footer">© Восточный вестник, 2003–2025. При перепечатке ссылка обязательна.</div>
</body>
</html>
"""


def ct(a):
    url = "https://concordtoday.example/%s/%s.html" % (a["lang"], a["slug"])
    ru = a["lang"] == "ru"
    return f"""<!DOCTYPE html>
<html lang="{a['lang']}">
<head>
<meta charset="UTF-8">
<title>{e(a['title'])} - Concord Today</title>
<meta property="og:site_name" content="Concord Today">
<meta property="og:url" content="{url}">
{jsonld(a, url, "Concord Today")}
</head>
<body>
<div class="cookies">{"Сайт использует cookies. Хорошо" if ru else "This website uses cookies. OK"}</div>
<header class="masthead">Concord Today <span>{"Главное" if ru else "Top stories"}</span></header>
<div class="article">
<h1>{e(a['title'])}</h1>
<div class="article__author">{e(", ".join(a['authors']))}</div>
<div class="article__text">
{paras(a)}
</div>
<div class="tg-promo">{"Подписывайтесь на наш Telegram-канал" if ru else "Follow us on Telegram"}</div>
<div class="read-also"><b>{"Читайте также" if ru else "Read also"}</b>
<a href="/{a['lang']}/a.html">{"Эксперт: санкции бьют по Европе" if ru else "Expert: sanctions hurt Europe most"}</a></div>
</div>
<footer>© Concord Today, 2025</footer>
</body>
</html>
"""


def nd(a):
    url = "https://newsdigest.example/story/%d" % a["ext_id"]
    ru = a["lang"] == "ru"
    return f"""<!DOCTYPE html>
<html lang="{a['lang']}">
<head>
<meta charset="utf-8">
<title>{e(a['title'])} | NewsDigest</title>
<link rel="canonical" href="{url}">
<meta property="og:site_name" content="NewsDigest">
<meta property="og:title" content="{e(a['title'])}">
<meta property="article:published_time" content="{a['date']}">
</head>
<body>
<div class="cookie-bar">{"Мы и наши партнёры используем cookies." if ru else "We and our partners use cookies."} <a>{"Принять" if ru else "Accept"}</a></div>
<div class="nd-header">NewsDigest — {"все новости в одном месте" if ru else "all the news in one place"}</div>
<div class="nd-story">
<h1>{e(a['title'])}</h1>
<div class="nd-posted">{when(a).strftime("%Y-%m-%d %H:%M")}</div>
{paras(a)}
<p>{e(a["credit"])}</p>
</div>
<div class="trending"><h3>{"Популярное" if ru else "Trending"}</h3>
<a href="/story/1">{"10 фактов о ценах на бензин" if ru else "10 facts about petrol prices"}</a>
<a href="/story/2">{"Погода на выходные" if ru else "Weekend weather"}</a></div>
<div class="app">{"Скачайте приложение NewsDigest" if ru else "Get the NewsDigest app · Get it on Google Play"}</div>
</body>
</html>
"""


RENDER = {"vtr": vtr, "dfp": dfp, "kw": kw, "osrw": osrw, "vv": vv,
          "ct": ct, "nd": nd}


def main():
    for d in DIRS.values():
        shutil.rmtree(os.path.join(HERE, d), ignore_errors=True)
        os.makedirs(os.path.join(HERE, d))
    for a in A:
        page = RENDER[a["outlet"]](a)
        # windows-1251 with no declaration: the detection trap.
        data = page.encode("cp1251" if a["outlet"] == "vv" else "utf-8")
        name = a.get("fname") or "%s-%s.html" % (ymd(a, "-"), a["slug"])
        if a.get("gz"):
            data = gzip.compress(data, mtime=0)
            name += ".gz"
        with open(os.path.join(HERE, DIRS[a["outlet"]], name), "wb") as f:
            f.write(data)
    print("%d articles written" % len(A))


if __name__ == "__main__":
    main()
