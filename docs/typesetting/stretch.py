#!/usr/bin/env python3
"""How far Typst stretches the spaces of justified lines, on gabarit's own
paragraphs, to choose the bound of tests/typesetting.rs.

    cargo run --release --example paragraphs -- data/programme.yaml > /tmp/paragraphs.jsonl
    python3 docs/typesetting/stretch.py /tmp/paragraphs.jsonl

Each distinct paragraph is set on a page of its own column width, in the
same font (the Liberation fonts of fonts/) and size, justified, with
French hyphenation (`pip install typst`). The PDF's words are read back
with `pdftotext -bbox-layout`; for every line but a paragraph's last, the
stretch is (the width of its spaces − their natural width) / their natural
width: 0 for natural spaces, 1 for spaces twice as wide. The same measure
as the test's, which reads gabarit's layout (its extra width per space
over the natural space).
"""
import json, subprocess, sys, tempfile, os, re, statistics
import xml.etree.ElementTree as ET

import typst

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
# Natural space width of the Liberation fonts, in em (units 569 and 500 / 2048).
SPACE_EM = {"Liberation Sans": 569 / 2048, "Liberation Serif": 512 / 2048}


def typst_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main(path):
    seen, paras = set(), []
    for line in open(path, encoding="utf-8"):
        p = json.loads(line)
        key = (p["font"], p["size"], round(p["width"], 2), p["text"])
        if key not in seen and p["text"].strip():
            seen.add(key)
            paras.append(p)
    src = ['#set text(lang: "fr", hyphenate: true)', "#set par(justify: true)"]
    for p in paras:
        src.append(
            f'#page(width: {p["width"]:.3f}pt, height: auto, margin: 0pt)'
            f'[#set text(font: "{p["font"]}", size: {p["size"]}pt); #par({typst_string(p["text"])})]'
        )
    with tempfile.TemporaryDirectory() as d:
        typ, pdf, html = (os.path.join(d, n) for n in ("p.typ", "p.pdf", "p.html"))
        open(typ, "w", encoding="utf-8").write("\n".join(src))
        typst.compile(typ, output=pdf, font_paths=[os.path.join(ROOT, "crates", "engine", "fonts")])
        subprocess.run(["pdftotext", "-bbox-layout", pdf, html], check=True)
        xml = re.sub(r' xmlns="[^"]+"', "", open(html, encoding="utf-8").read(), count=1)
    tree = ET.fromstring(xml)
    stretches = []
    for page, p in zip(tree.iter("page"), paras):
        space = SPACE_EM[p["font"]] * p["size"]
        lines = list(page.iter("line"))
        for line in lines[:-1]:
            words = [(float(w.get("xMin")), float(w.get("xMax"))) for w in line.iter("word")]
            gaps = [b[0] - a[1] for a, b in zip(words, words[1:])]
            if not gaps:
                continue
            stretches.append((sum(gaps) - space * len(gaps)) / (space * len(gaps)))
    stretches.sort()
    print(f"{len(paras)} paragraphs, {len(stretches)} justified lines")
    print(f"stretch of the spaces: median {statistics.median(stretches):.2f}, "
          f"90th percentile {stretches[int(len(stretches) * 0.9)]:.2f}, worst {stretches[-1]:.2f}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/paragraphs.jsonl")
