#!/usr/bin/env python3
"""Measures pySBD on the segmentation files with the same scoring as factcheck-eval.

Usage: pip install pysbd==0.3.4 && python3 Evaluation/peers/pysbd_segmentation.py [../shared/eval]
       python3 Evaluation/peers/pysbd_segmentation.py --speed CORPUS  (the file factcheck-eval --speed wrote)

Each segment is stripped and a case passes when the lists are equal (pySBD's own
benchmark method). pySBD runs with clean=False and without doc_type, as factcheck
does not rewrite text either. For cases whose expected output is not a substring of
the input (they expect a text cleaner), white space runs are collapsed to one space
in both lists before comparing; the strict score is printed too. Also prints pySBD's
throughput (characters per second) on the concatenated texts.
"""
import json
import re
import sys
import time

import pysbd

FILES = ["golden_rules_en.jsonl", "pragmatic_segmenter_en_extra.jsonl", "pysbd_regression_en.jsonl"]


def collapse(text):
    return re.sub(r"\s+", " ", text).strip()


def main():
    if len(sys.argv) > 2 and sys.argv[1] == "--speed":
        return throughput(sys.argv[2])
    folder = sys.argv[1] if len(sys.argv) > 1 else "../shared/eval"
    segmenter = pysbd.Segmenter(language="en", clean=False)
    for name in FILES:
        cases = [json.loads(line) for line in open(f"{folder}/{name}", encoding="utf-8")]
        passed = strict = 0
        for case in cases:
            produced = [s.strip() for s in segmenter.segment(case["text"])]
            expected = [s.strip() for s in case["sentences"]]
            ok = produced == expected
            strict += ok
            if not ok and case.get("output_is_substring_of_input") is False:
                ok = [collapse(s) for s in produced] == [collapse(s) for s in expected]
            passed += ok
        print(f"{name}: {passed}/{len(cases)} (strict {strict}/{len(cases)})")




def throughput(path, limit=1_000_000):
    """pySBD's characters per second on the first `limit` characters of the corpus factcheck-eval --speed wrote."""
    text = open(path, encoding="utf-8").read()[:limit]
    segmenter = pysbd.Segmenter(language="en", clean=False)
    start = time.perf_counter()
    count = 0
    for paragraph in text.split("\n"):
        if paragraph.strip():
            count += len(segmenter.segment(paragraph))
    seconds = time.perf_counter() - start
    print(f"pySBD: {len(text)} characters in {seconds:.2f} s = {len(text) / seconds:.3g} characters/s ({count} sentences)")


if __name__ == "__main__":
    main()
