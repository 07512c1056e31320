#!/usr/bin/env python3
"""Reads the signature fields of PDF files with pikepdf (which shares no
code with gabarit) and the words of their pages with `pdftotext -bbox`.

Prints one line per field:
    FILE<TAB>PAGE<TAB>NAME<TAB>EMPTY<TAB>INSIDE<TAB>READ_AFTER<TAB>OVERLAPPING_WORDS
EMPTY is 1 when the field is a /Sig field with no value (unsigned) and a
printable widget; INSIDE is 1 when its rectangle lies inside the page;
READ_AFTER is the structure type of the element a screen reader reads
just before the field's Form element (its preceding sibling), or `none`;
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


def read_after(pdf, field):
    """The /S of the structure element read just before the field's."""
    root = pdf.Root.get("/StructTreeRoot")
    key = field.get("/StructParent")
    if root is None or key is None:
        return "none"
    nums = root.ParentTree.get("/Nums", [])
    form = None
    for i in range(0, len(nums) - 1, 2):
        if int(nums[i]) == int(key):
            form = nums[i + 1]
    if form is None or "/P" not in form:
        return "none"
    kids = form.P.get("/K")
    kids = list(kids) if isinstance(kids, pikepdf.Array) else [kids]
    for i, kid in enumerate(kids):
        if isinstance(kid, pikepdf.Dictionary) and kid.objgen == form.objgen:
            if i == 0:
                return "first"
            before = kids[i - 1]
            return str(before.get("/S", "none")) if isinstance(before, pikepdf.Dictionary) else "content"
    return "none"


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
                "1" if empty else "0", "1" if inside else "0", read_after(pdf, field),
                " ".join(overlapping),
            ]))


if __name__ == "__main__":
    main(sys.argv[1:])
