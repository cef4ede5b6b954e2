#!/usr/bin/env python3
"""Checks an HTML report against the SARIF log it was drawn from, computing
what to expect from the SARIF itself (not from the report code):

  check_report.py [--js-ran [--filter NAME=VALUE]] LOG.sarif REPORT.html

- every article's count (its section's data-count, the count shown in it and
  the summary table's row) equals the number of results naming that taxon;
- every result has its finding element, and a result with a code flow has a
  path list with one item per thread-flow location, each with the step's
  file:line:column and its source line or "source not available";
- basic accessibility: one h1 first, no heading level skipped, every table
  has header cells, every form control has a label;
- with --js-ran (a DOM dumped by a browser): the filter script ran and
  shows every finding, or with --filter (the page was opened with
  #filter?NAME=VALUE) exactly the results whose check, category, file or
  article is VALUE, the others hidden.
Prints one line per fact checked; exits 1 on the first list of failures."""
import html.parser
import json
import re
import sys
import urllib.parse

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
        "meta", "source", "track", "wbr"}


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent = tag, dict(attrs), parent
        self.children, self.parts = [], []

    def text(self):
        return "".join(p if isinstance(p, str) else p.text() for p in self.parts)

    def walk(self):
        yield self
        for c in self.children:
            yield from c.walk()

    def find_all(self, tag=None, cls=None, **attrs):
        for n in self.walk():
            if tag and n.tag != tag:
                continue
            if cls and cls not in n.attrs.get("class", "").split():
                continue
            if all(n.attrs.get(k.replace("_", "-")) == v for k, v in attrs.items()):
                yield n


class Builder(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", [], None)
        self.cur = self.root

    def handle_starttag(self, tag, attrs):
        node = Node(tag, attrs, self.cur)
        self.cur.children.append(node)
        self.cur.parts.append(node)
        if tag not in VOID:
            self.cur = node

    def handle_endtag(self, tag):
        n = self.cur
        while n is not self.root and n.tag != tag:
            n = n.parent
        if n is not self.root:
            self.cur = n.parent

    def handle_data(self, data):
        self.cur.parts.append(data)


def expected_counts(run):
    counts = {t["id"]: 0 for tax in run.get("taxonomies", []) for t in tax["taxa"]}
    for r in run["results"]:
        for tid in {t["id"] for t in r.get("taxa", [])}:
            if tid in counts:
                counts[tid] += 1
    return counts


def place(loc):
    phys = loc.get("physicalLocation", {})
    uri = phys.get("artifactLocation", {}).get("uri", "")
    region = phys.get("region", {})
    text = uri
    for key in ("startLine", "startColumn"):
        if region.get(key, 0) > 0:
            text += ":%d" % region[key]
    return urllib.parse.unquote(text)


def check_articles(run, dom, fail):
    counts = expected_counts(run)
    for tid, n in counts.items():
        secs = list(dom.find_all("section", data_article=tid))
        if len(secs) != 1:
            fail("article %s: %d sections" % (tid, len(secs)))
            continue
        sec = secs[0]
        shown = [d.text() for d in sec.find_all("dd", cls="article-count")]
        if sec.attrs.get("data-count") != str(n) or shown != [str(n)]:
            fail("article %s: expected %d, page says %s / %s"
                 % (tid, n, sec.attrs.get("data-count"), shown))
        rows = list(dom.find_all("tr", data_article=tid))
        cells = [r.children[2].text() for r in rows]
        if (n > 0 and cells != [str(n)]) or (n == 0 and rows):
            fail("article %s: summary row says %s, expected %d" % (tid, cells, n))
    print("articles: %d, counts match the SARIF" % len(counts))


def check_findings(run, dom, fail):
    findings = list(dom.find_all("article", cls="finding"))
    if len(findings) != len(run["results"]):
        fail("%d finding elements for %d results" % (len(findings), len(run["results"])))
    steps_total = 0
    for i, r in enumerate(run["results"]):
        el = next(dom.find_all(id="F%d" % (i + 1)), None)
        if el is None:
            fail("result %d has no element F%d" % (i, i + 1))
            continue
        flows = r.get("codeFlows", [])
        steps = flows[0]["threadFlows"][0]["locations"] if flows else []
        paths = list(el.find_all("ol", cls="path"))
        if not steps:
            if paths or not list(el.find_all("p", cls="no-path")):
                fail("F%d: a result without a flow must say so" % (i + 1))
            continue
        rows = list(paths[0].find_all("li", cls="step")) if paths else []
        if len(rows) != len(steps):
            fail("F%d: %d path rows for %d steps" % (i + 1, len(rows), len(steps)))
            continue
        for row, step in zip(rows, steps):
            loc = next(row.find_all("span", cls="loc")).text()
            src = list(row.find_all("code", cls="src")) + list(row.find_all("span", cls="no-src"))
            if loc != place(step["location"]) or len(src) != 1:
                fail("F%d: step at %s shown as %s" % (i + 1, place(step["location"]), loc))
        steps_total += len(steps)
    print("findings: %d, each with its path (%d steps)" % (len(run["results"]), steps_total))


def check_accessibility(dom, fail):
    levels = [int(n.tag[1]) for n in dom.walk() if re.fullmatch(r"h[1-6]", n.tag)]
    if not levels or levels[0] != 1 or levels.count(1) != 1:
        fail("headings: expected one h1 first, got %s" % levels[:3])
    for a, b in zip(levels, levels[1:]):
        if b > a + 1:
            fail("headings: h%d follows h%d" % (b, a))
            break
    for t in dom.find_all("table"):
        if not list(t.find_all("th")):
            fail("a table without header cells: %s" % t.attrs)
    labels = {n.attrs.get("for") for n in dom.find_all("label")}
    for tag in ("select", "input", "textarea"):
        for c in dom.find_all(tag):
            if c.attrs.get("id") not in labels:
                fail("a %s without a label: %s" % (tag, c.attrs))
    print("accessibility: %d headings in order, tables with headers, "
          "labelled controls" % len(levels))


def selected(result, name, value):
    if name == "check":
        return result["ruleId"] == value
    if name == "category":
        return result.get("properties", {}).get("category", "") == value
    if name == "article":
        return value in {t["id"] for t in result.get("taxa", [])}
    if name == "file":
        return place(result["locations"][0]).split(":")[0] == value
    sys.exit("check_report: unknown filter " + name)


def check_script(run, dom, filt, fail):
    n = len(run["results"])
    expect = [filt is None or selected(r, *filt) for r in run["results"]]
    status = next(dom.find_all(id="filter-status")).text()
    if status != "%d of %d findings shown" % (sum(expect), n):
        fail("the filter script says '%s', expected %d of %d" % (status, sum(expect), n))
        return
    for i, shown in enumerate(expect):
        el = next(dom.find_all(id="F%d" % (i + 1)), None)
        if el is not None and ("hidden" not in el.attrs) != shown:
            fail("F%d is %s" % (i + 1, "hidden" if shown else "shown"))
    print("script: ran, %s" % status)


def main():
    args = sys.argv[1:]
    js_ran = "--js-ran" in args
    filt = None
    if "--filter" in args:
        k = args.index("--filter")
        filt = tuple(args[k + 1].split("=", 1))
        del args[k:k + 2]
    args = [a for a in args if a != "--js-ran"]
    with open(args[0], encoding="utf-8") as f:
        run = json.load(f)["runs"][0]
    builder = Builder()
    with open(args[1], encoding="utf-8") as f:
        builder.feed(f.read())
    dom = builder.root
    failures = []
    check_articles(run, dom, failures.append)
    check_findings(run, dom, failures.append)
    check_accessibility(dom, failures.append)
    if js_ran:
        check_script(run, dom, filt, failures.append)
    for f in failures:
        print("FAIL: " + f)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
