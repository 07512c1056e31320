#!/usr/bin/env python3
"""Reads the signature fields of PDF files with pikepdf (which shares no
code with gabarit) and the words of their pages with `pdftotext -bbox`.

Prints one line per field:
    FILE<TAB>PAGE<TAB>NAME<TAB>EMPTY<TAB>INSIDE<TAB>OVERLAPPING_WORDS
EMPTY is 1 when the field is a /Sig field with no value (unsigned) and a
printable widget; INSIDE is 1 when its rectangle lies inside the page;
OVERLAPPING_WORDS lists the words whose boxes cross the rectangle.
"""
import re
import subprocess
import sys

import pikepdf


def words(path, page_number):
    """The word boxes of a page, in PDF user space (from the bottom)."""
    html = subprocess.run(
        ["pdftotext", "-f", str(page_number), "-l", str(page_number), "-bbox", path, "-"],
        check=True, capture_output=True, text=True,
    ).stdout
    height = float(re.search(r'<page width="[\d.]+" height="([\d.]+)"', html).group(1))
    out = []
    for x1, y1, x2, y2, word in re.findall(
        r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<', html
    ):
        out.append((float(x1), height - float(y2), float(x2), height - float(y1), word))
    return out


def main(paths):
    for path in paths:
        pdf = pikepdf.open(path)
        form = pdf.Root.get("/AcroForm")
        fields = list(form.get("/Fields", [])) if form is not None else []
        pages = {page.objgen: i + 1 for i, page in enumerate(pdf.pages)}
        for field in fields:
            page_number = pages.get(field.get("/P").objgen) if field.get("/P") is not None else None
            x1, y1, x2, y2 = (float(v) for v in field.Rect)
            empty = (
                field.get("/FT") == pikepdf.Name.Sig
                and "/V" not in field
                and int(field.get("/F", 0)) & 4 == 4
                and "/AP" in field
            )
            inside = False
            overlapping = []
            if page_number is not None:
                box = [float(v) for v in pdf.pages[page_number - 1].mediabox]
                inside = box[0] <= x1 < x2 <= box[2] and box[1] <= y1 < y2 <= box[3]
                overlapping = [
                    w for (a, b, c, d, w) in words(path, page_number)
                    if a < x2 and c > x1 and b < y2 and d > y1
                ]
            print("\t".join([
                path, str(page_number), str(field.get("/T", "")),
                "1" if empty else "0", "1" if inside else "0", " ".join(overlapping),
            ]))


if __name__ == "__main__":
    main(sys.argv[1:])
