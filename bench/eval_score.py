#!/usr/bin/env python3
"""Scores a run of eval_codebase.py against hand-written labels and reviews.

Inputs (python3 stdlib only):
  * OUT/findings.json and OUT/summary.json of eval_codebase.py;
  * a labels file (TSV: site, check, kind, category, why), written by reading
    the code before any run. site is FILE:LINE or FILE:FIRST-LAST relative to
    --src-root; kind is "positive" (personal data reaches the sink there) or
    "negative" (looks alike, is no leak). A finding of the same check whose
    warning lies in FILE on a line of the range covers the site;
  * optionally a reviews file (TSV: file:line:col, check, verdict, cause,
    message) with the verdicts (TP/FP) of findings that cover no label.

Prints, per check: recall on the positives, false alarms on the negatives,
precision on the reviewed findings that the run still reports, and a seeded
sample (--sample per check) of the other findings; the sample's findings that
have no review yet are listed (and written with --todo for review). Then the
CPU-time ratio to plain clang-tidy: total, median and largest per TU.
"""

import argparse
import collections
import json
import os
import random
import statistics
import sys

CHECKS = ("privacy-logging", "privacy-export", "privacy-retention",
          "privacy-unannotated-data")


def read_tsv(path, ncols):
    rows = []
    with open(path) as f:
        for n, line in enumerate(f, 1):
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) < ncols:
                sys.exit("error: %s:%d: expected %d tab-separated columns" % (path, n, ncols))
            rows.append(cols)
    return rows


def read_labels(path):
    labels = []
    for site, check, kind, category, why in (r[:5] for r in read_tsv(path, 5)):
        file, _, lines = site.rpartition(":")
        first, _, last = lines.partition("-")
        labels.append({"file": file, "first": int(first), "last": int(last or first),
                       "check": check, "kind": kind, "category": category,
                       "why": why, "site": site})
    return labels


def finding_key(f):
    return "%s:%d:%d" % (f["rel"], f["line"], f["col"]), f["check"], f["msg"]


def read_reviews(path):
    if not path or not os.path.isfile(path):
        return {}
    return {(r[0], r[1], r[4]): {"verdict": r[2], "cause": r[3]}
            for r in read_tsv(path, 5)}


def covers(f, label):
    return (f["check"] == label["check"] and f["rel"] == label["file"]
            and label["first"] <= f["line"] <= label["last"])


def score(findings, labels, reviews, args):
    """Per check: recall, false alarms, precision; the sample to review."""
    rows, todo, misses = [], [], []
    for check in CHECKS:
        # One generator per check: a check's sample depends on its own
        # findings only, so it stays the same while they do.
        rng = random.Random("%d:%s" % (args.seed, check))
        mine = [f for f in findings if f["check"] == check]
        pos = [l for l in labels if l["check"] == check and l["kind"] == "positive"]
        neg = [l for l in labels if l["check"] == check and l["kind"] == "negative"]
        found = [l for l in pos if any(covers(f, l) for f in mine)]
        alarms = [l for l in neg if any(covers(f, l) for f in mine)]
        misses += [("missed", l) for l in pos if l not in found]
        misses += [("false alarm", l) for l in alarms]
        other = sorted((f for f in mine if not any(covers(f, l) for l in labels)),
                       key=finding_key)
        sample = rng.sample(other, min(args.sample, len(other)))
        verdicts = [reviews[finding_key(f)]["verdict"] for f in other
                    if finding_key(f) in reviews]
        in_sample = [reviews[finding_key(f)]["verdict"] for f in sample
                     if finding_key(f) in reviews]
        todo += [f for f in sample if finding_key(f) not in reviews]
        rows.append({"check": check, "pos": len(pos), "found": len(found),
                     "neg": len(neg), "alarms": len(alarms), "findings": len(mine),
                     "other": len(other), "sample": len(sample),
                     "s_reviewed": len(in_sample), "s_tp": in_sample.count("TP"),
                     "reviewed": len(verdicts), "tp": verdicts.count("TP")})
    return rows, todo, misses


def ratio(x, y):
    return "%.2f" % (x / y) if y else "-"


def print_tables(rows, misses, todo, summary, reviews_gone):
    print("| Check | Recall (positives found) | False alarms (of negatives) | Findings | Other findings "
          "| Precision, seeded sample (TP/reviewed of sample) | Precision, all reviewed still reported |")
    print("|---|---|---|---|---|---|---|")
    for r in rows:
        print("| `%s` | %s (%d/%d) | %d/%d | %d | %d | %s (%d/%d of %d) | %s (%d/%d) |" % (
            r["check"], ratio(r["found"], r["pos"]), r["found"], r["pos"], r["alarms"],
            r["neg"], r["findings"], r["other"], ratio(r["s_tp"], r["s_reviewed"]),
            r["s_tp"], r["s_reviewed"], r["sample"], ratio(r["tp"], r["reviewed"]),
            r["tp"], r["reviewed"]))
    print()
    for what, l in misses:
        print("%s: %s %s (%s)" % (what, l["check"], l["site"], l["why"]))
    if reviews_gone:
        print("\nreviewed findings not reported by this run: %d (%s)" % (
            len(reviews_gone), ", ".join("%s %s" % (k[0], v["verdict"])
                                         for k, v in sorted(reviews_gone.items()))))
    if todo:
        print("\nsampled findings without a review (%d):" % len(todo))
        for f in todo:
            print("  %s  %s  %s" % (finding_key(f)[0], f["check"], f["msg"]))
    print()
    print_cpu(summary)


def print_cpu(summary):
    recs = summary.get("_records", [])
    per_tu = [r["privacy"]["cpu"] / r["baseline"]["cpu"] for r in recs
              if "baseline" in r and r["baseline"]["cpu"] > 0]
    if not per_tu:
        print("CPU: no baseline run")
        return
    print("| CPU time | Plain clang-tidy | Privacy checks | Ratio |")
    print("|---|---|---|---|")
    print("| all %d TUs | %.2f s | %.2f s | %s |" % (
        len(recs), summary["baseline_cpu_s"], summary["privacy_cpu_s"],
        ratio(summary["privacy_cpu_s"], summary["baseline_cpu_s"])))
    if "check_baseline_cpu_s" in summary:
        print("| all %d TUs, against one check for every language | %.2f s | %.2f s | %s |" % (
            len(recs), summary["check_baseline_cpu_s"], summary["privacy_cpu_s"],
            ratio(summary["privacy_cpu_s"], summary["check_baseline_cpu_s"])))
    print("| per TU, median ratio | | | %.2f |" % statistics.median(per_tu))
    print("| per TU, largest ratio | | | %.2f |" % max(per_tu))
    if "first_pass" in summary:
        print("| first pass (privacy-tidy-summarize, all TUs) | | %.2f s | %s with it |" % (
            summary["first_pass"]["cpu"],
            ratio(summary["privacy_cpu_s"] + summary["first_pass"]["cpu"],
                  summary["baseline_cpu_s"])))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True, help="output directory of eval_codebase.py")
    ap.add_argument("--labels", required=True)
    ap.add_argument("--src-root", required=True, help="prefix removed from finding paths")
    ap.add_argument("--reviews", help="reviews TSV (file:line:col, check, verdict, cause, message)")
    ap.add_argument("--sample", type=int, default=30)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--todo", help="write the sampled findings without review here (reviews TSV format)")
    args = ap.parse_args()
    with open(os.path.join(args.out, "findings.json")) as f:
        findings = json.load(f)
    with open(os.path.join(args.out, "summary.json")) as f:
        summary = json.load(f)
    with open(os.path.join(args.out, "records.jsonl")) as f:
        summary["_records"] = [json.loads(l) for l in f if l.strip()]
    root = os.path.join(os.path.abspath(args.src_root), "")
    for f in findings:
        f["rel"] = f["file"][len(root):] if f["file"].startswith(root) else f["file"]
    reviews = read_reviews(args.reviews)
    rows, todo, misses = score(findings, read_labels(args.labels), reviews, args)
    keys = {finding_key(f) for f in findings}
    gone = {k: v for k, v in reviews.items() if k not in keys}
    print_tables(rows, misses, todo, summary, gone)
    if args.todo:
        with open(args.todo, "w") as f:
            for d in todo:
                loc, check, msg = finding_key(d)
                f.write("%s\t%s\t?\t\t%s\n" % (loc, check, msg))


if __name__ == "__main__":
    main()
