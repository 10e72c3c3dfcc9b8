#!/usr/bin/env python3
"""Correctness pass of the benchmark, before anything is timed.

  check.py gateway URL OUT.json        the gateway (started with GATEWAY_DIAGNOSTICS_SQL_STATEMENTS=true)
  check.py postgraphile URL OUT.json   PostGraphile with bench/queries/postgraphile/*.graphql
  check.py raw-sql - OUT.json          the hand-written SQL of bench/sql/raw/, through psql
  check.py compare OUT.json...         the same pages from every system must be equal

Each system's pages (home feed with 10, 20 and 50 items; three article pages and a missing slug) are
fetched, checked (no errors, the asked number of items, four related stories with bylines, ...) and turned
into one common shape, written to OUT.json with the SQL statements each page ran. Statements are counted
by pg_stat_statements (PostgreSQL must preload it) for every system; the gateway's own count
(extensions.sqlStatements) is recorded next to it. psql connects through PGHOST/PGPORT/PGUSER/PGDATABASE.
"""
import html
import json
import os
import re
import subprocess
import sys
import urllib.request
from datetime import datetime
from pathlib import Path

BENCH = Path(__file__).resolve().parent
FEED_SIZES = (10, 20, 50)
RELATED = 4
REPEATS = 3  # requests per page when counting statements
DATABASE = os.environ.get("PGDATABASE", "news")


def psql(sql, *args):
    """psql's output of one SQL command, or of the file given in args when sql is None."""
    command = ["psql", "-X", "-At", "-v", "ON_ERROR_STOP=1", *args] + ([] if sql is None else ["-c", sql])
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout.strip()


def article_count():
    return int(psql("select count(*) from article"))


def article_slugs():
    count = article_count()
    return [f"article-{n}" for n in (1, count // 2, count)]


def statements_while(action):
    """pg_stat_statements' count of statements (not utility commands) run by `action` in the benchmark
    database, per call. Its own queries go to the `postgres` database, so they are not counted."""
    psql("select pg_stat_statements_reset()", "-d", "postgres")
    for _ in range(REPEATS):
        action()
    total = psql("select coalesce(sum(calls), 0) from pg_stat_statements"
                 f" where dbid = (select oid from pg_database where datname = '{DATABASE}')", "-d", "postgres")
    return int(total) / REPEATS


class Failure(Exception):
    pass


def expect(condition, message):
    if not condition:
        raise Failure(message)


def post(url, document, variables):
    body = json.dumps({"query": document, "variables": variables}).encode()
    request = urllib.request.Request(url, body, {"Content-Type": "application/json",
                                                 "Accept": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        expect(response.status == 200, f"HTTP {response.status} from {url}")
        result = json.loads(response.read())
    expect("errors" not in result, f"errors from {url}: {json.dumps(result.get('errors'))[:500]}")
    return result


def instant(text):
    return None if text is None else datetime.fromisoformat(text).isoformat()


def paragraphs_of_html(body):
    return [html.unescape(p) for p in re.findall(r"<p>(.*?)</p>", body, re.S)]


def paragraphs_of_blocks(blocks):
    if isinstance(blocks, str):
        blocks = json.loads(blocks)
    return [block["text"] for block in blocks if block["type"] == "paragraph"]


# --- one common shape per page ---------------------------------------------------------------------

def card(article, hero, authors, related):
    return None if article is None else {
        "slug": article["slug"], "headline": article["headline"], "heroImageUrl": hero, "authors": authors,
        "related": related}


def item(kind, node, thumbnail, presenters, article):
    return {"kind": kind, "title": node["title"], "publishedAt": instant(node["publishedAt"]),
            "videoUrl": node.get("videoUrl"), "durationSeconds": node.get("durationSeconds"),
            "body": node.get("body"), "thumbnailUrl": thumbnail, "presenters": presenters, "article": article}


class Gateway:
    name = "gateway"
    documents = BENCH / "queries"
    kinds = {"ArticleFeedItem": "ARTICLE", "VideoFeedItem": "VIDEO", "NoteFeedItem": "NOTE"}

    def __init__(self, url):
        self.url = url
        self.own_counts = {}

    def fetch(self, page, variables):
        result = post(self.url, (self.documents / f"{page}.graphql").read_text(), variables)
        self.own_counts[json.dumps(variables, sort_keys=True)] = result.get("extensions", {}).get("sqlStatements")
        return result["data"]

    def home_feed(self, first):
        data = self.fetch("home-feed", {"first": first})["feed"]
        items = []
        for edge in data["edges"]:
            node = edge["node"]
            article = node.get("article") or node.get("linkedArticle")
            items.append(item(self.kinds[node["__typename"]], node, (node.get("thumbnail") or {}).get("url"),
                              [p["name"] for p in node.get("presenters", [])], self.card(article)))
        return {"items": items, "hasNextPage": data["pageInfo"]["hasNextPage"]}

    @staticmethod
    def card(article):
        if article is None:
            return None
        related = [{"slug": r["slug"], "headline": r["headline"], "authors": [a["name"] for a in r["authors"]]}
                   for r in article["relatedArticles"]]
        return card(article, (article["heroImage"] or {}).get("url"), [a["name"] for a in article["authors"]],
                    related)

    def article_page(self, slug):
        article = self.fetch("article-page", {"slug": slug})["article"]
        if article is None:
            return None
        return {"slug": article["slug"], "headline": article["headline"], "standfirst": article["standfirst"],
                "paragraphs": paragraphs_of_html(article["body"]), "publishedAt": instant(article["publishedAt"]),
                "heroImage": article["heroImage"], "authors": article["authors"],
                "related": [{"slug": r["slug"], "headline": r["headline"],
                             "heroImageUrl": (r["heroImage"] or {}).get("url"),
                             "authors": [a["name"] for a in r["authors"]]} for r in article["relatedArticles"]]}


def names(bylines):
    return [b["authorByAuthorId"]["name"] for b in bylines["nodes"]]


class PostGraphile:
    name = "postgraphile"
    documents = BENCH / "queries" / "postgraphile"

    def __init__(self, url):
        self.url = url

    def fetch(self, page, variables):
        return post(self.url, (self.documents / f"{page}.graphql").read_text(), variables)["data"]

    def home_feed(self, first):
        data = self.fetch("home-feed", {"first": first})["publishedFeed"]
        items = [item(node["kind"], node, (node["imageByThumbnailImageId"] or {}).get("url"),
                      names(node["feedItemPresentersByFeedItemId"]), self.card(node["articleByArticleId"]))
                 for node in data["nodes"]]
        return {"items": items, "hasNextPage": data["pageInfo"]["hasNextPage"]}

    @staticmethod
    def card(article):
        if article is None:
            return None
        related = [{"slug": r["slug"], "headline": r["headline"], "authors": names(r["articleBylinesByArticleId"])}
                   for r in (n["articleByRelatedArticleId"] for n in article["relatedArticlesByArticleId"]["nodes"])]
        return card(article, (article["imageByHeroImageId"] or {}).get("url"),
                    names(article["articleBylinesByArticleId"]), related)

    def article_page(self, slug):
        article = self.fetch("article-page", {"slug": slug})["publishedArticle"]
        if article is None:
            return None
        related = [n["articleByRelatedArticleId"] for n in article["relatedArticlesByArticleId"]["nodes"]]
        return {"slug": article["slug"], "headline": article["headline"], "standfirst": article["standfirst"],
                "paragraphs": paragraphs_of_blocks(article["blocks"]), "publishedAt": instant(article["publishedAt"]),
                "heroImage": article["imageByHeroImageId"],
                "authors": [b["authorByAuthorId"] for b in article["articleBylinesByArticleId"]["nodes"]],
                "related": [{"slug": r["slug"], "headline": r["headline"],
                             "heroImageUrl": (r["imageByHeroImageId"] or {}).get("url"),
                             "authors": names(r["articleBylinesByArticleId"])} for r in related]}


class RawSql:
    """The statements pgbench times, run through psql; the feed size is the query's own `limit 20`."""
    name = "raw-sql"

    def __init__(self, _url):
        pass

    @staticmethod
    def run(file, *variables):
        output = psql(None, *variables, "-f", str(BENCH / "sql" / "raw" / file))
        return json.loads(output) if output else None

    def home_feed(self, first):
        if first != 20:
            return None
        rows = self.run("home-feed.sql") or []
        items = [item(row["kind"], row, row["thumbnailUrl"], row["presenters"],
                      None if row["article"] is None else card(row["article"], row["article"]["heroImageUrl"],
                                                               row["article"]["authors"], row["article"]["related"]))
                 for row in rows]
        return {"items": items, "hasNextPage": None}

    def article_page(self, slug):
        article = self.run("article-page.sql", "-v", f"slug_number={slug.removeprefix('article-')}")
        if article is None:
            return None
        return {"slug": article["slug"], "headline": article["headline"], "standfirst": article["standfirst"],
                "paragraphs": paragraphs_of_blocks(article["blocks"]), "publishedAt": instant(article["publishedAt"]),
                "heroImage": article["heroImage"], "authors": article["authors"], "related": article["related"]}


# --- checks ----------------------------------------------------------------------------------------

def check_card(where, article):
    expect(article["headline"] and article["heroImageUrl"], f"{where}: headline or hero image missing")
    expect(len(article["authors"]) >= 1, f"{where}: no byline")
    expect(len(article["related"]) == RELATED, f"{where}: {len(article['related'])} related stories, not {RELATED}")
    for related in article["related"]:
        expect(related["headline"] and len(related["authors"]) >= 1, f"{where}: related story without byline")


def check_feed(system, first, feed):
    where = f"{system} home feed ({first})"
    expect(len(feed["items"]) == first, f"{where}: {len(feed['items'])} items")
    expect(feed["hasNextPage"] in (True, None), f"{where}: no next page")
    for index, entry in enumerate(feed["items"]):
        if entry["kind"] == "ARTICLE":
            expect(entry["article"] is not None, f"{where}: article card {index} without article")
        if entry["kind"] == "VIDEO":
            expect(entry["thumbnailUrl"] and entry["presenters"], f"{where}: video {index} incomplete")
        if entry["kind"] == "NOTE":
            expect(entry["body"], f"{where}: note {index} without body")
        if entry["article"] is not None:
            check_card(f"{where} item {index}", entry["article"])
    expect(any(entry["kind"] == "ARTICLE" for entry in feed["items"]), f"{where}: no article card")


def check_article(system, slug, page):
    where = f"{system} article {slug}"
    expect(page is not None and page["slug"] == slug, f"{where}: not found")
    expect(len(page["paragraphs"]) >= 1 and all(page["paragraphs"]), f"{where}: empty body")
    expect(page["heroImage"] and page["heroImage"]["url"], f"{where}: no hero image")
    check_card(where, {**page, "heroImageUrl": page["heroImage"]["url"],
                       "authors": page["authors"]})
    for related in page["related"]:
        expect(related["heroImageUrl"], f"{where}: related story without hero image")


def check_system(kind, url, out):
    system = {"gateway": Gateway, "postgraphile": PostGraphile, "raw-sql": RawSql}[kind](url)
    pages, statements = {}, {}
    for first in FEED_SIZES:
        feed = system.home_feed(first)
        if feed is None:
            continue
        check_feed(kind, first, feed)
        pages[f"home-feed-{first}"] = feed
        statements[f"home-feed-{first}"] = statements_while(lambda: system.home_feed(first))
    for slug in article_slugs():
        page = system.article_page(slug)
        check_article(kind, slug, page)
        pages[f"article-page-{slug}"] = page
        statements[f"article-page-{slug}"] = statements_while(lambda: system.article_page(slug))
    expect(system.article_page("article-0") is None, f"{kind}: a missing slug did not give null")
    result = {"system": kind, "pages": pages, "statements": statements}
    if isinstance(system, Gateway):
        result["gatewayCountedStatements"] = system.own_counts
    Path(out).write_text(json.dumps(result, indent=1))
    print(f"{kind}: {len(pages)} pages correct; statements per page "
          + ", ".join(f"{page} {count:g}" for page, count in statements.items()))


def without_next_page(feed):
    """The hand-written feed query returns no hasNextPage (a REST endpoint would not need one)."""
    return {key: value for key, value in feed.items() if key != "hasNextPage"}


def compare(files):
    systems = [json.loads(Path(file).read_text()) for file in files]
    reference = systems[0]
    for other in systems[1:]:
        for page, content in other["pages"].items():
            expected = reference["pages"].get(page)
            if expected is None:
                continue
            if None in (content.get("hasNextPage", False), expected.get("hasNextPage", False)):
                content, expected = without_next_page(content), without_next_page(expected)
            expect(content == expected, f"{other['system']} differs from {reference['system']} on {page}:\n"
                   f"{json.dumps(content)[:800]}\n  vs\n{json.dumps(expected)[:800]}")
    print("same pages from " + ", ".join(system["system"] for system in systems))


def main(argv):
    try:
        if argv[1] == "compare":
            compare(argv[2:])
        else:
            check_system(argv[1], argv[2], argv[3])
    except Failure as failure:
        print(f"CHECK FAILED: {failure}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
