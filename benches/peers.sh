#!/usr/bin/env bash
# Times peers on the same one-page French letter, N times (default 1000),
# when they are installed: Typst (Python package `typst`, in one process,
# and its CLI `typst compile` one process per document if present) and
# Pandoc (Markdown → DOCX, one process per document). Prints ms per
# document. gabarit's own figures come from `cargo bench`.
#   benches/peers.sh [N]
set -u
n=${1:-1000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
letter='Chauray, le 5 décembre 2006

Monsieur le Maire,

J’ai l’honneur de vous inviter à la réunion du comité de pilotage français du programme concerté, qui se tiendra le mardi 5 décembre 2006 à 14 h 00 à l’hôtel de ville de Chauray. L’ordre du jour portera sur l’identification d’un interlocuteur au Togo et la mise en place du comité de pilotage togolais.

Je vous prie d’agréer, Monsieur le Maire, l’expression de ma considération distinguée.

Claude MODÈLE, maire'
ms() { python3 -c "import sys; print(f'{(float(sys.argv[2])-float(sys.argv[1]))*1000/$n:.1f}')" "$1" "$2"; }
now() { python3 -c 'import time; print(time.time())'; }

if python3 -c 'import typst' 2>/dev/null; then
  printf '%s' "$letter" | sed 's/^$/\n/' > "$work/letter.typ"
  t0=$(now)
  python3 - "$work" "$n" <<'PY'
import sys, typst, pathlib
work, n = pathlib.Path(sys.argv[1]), int(sys.argv[2])
src = (work / "letter.typ").read_text()
for i in range(n):
    p = work / f"l{i}.typ"
    p.write_text(src.replace("Monsieur le Maire,", f"Monsieur le Maire {i},"))
    typst.compile(str(p), output=str(work / f"l{i}.pdf"))
PY
  t1=$(now); echo "typst (Python binding, one process): $(ms "$t0" "$t1") ms per PDF"
else
  echo "typst (Python package) not installed: pip install typst"
fi
if command -v pandoc >/dev/null; then
  printf '%s' "$letter" > "$work/letter.md"
  t0=$(now)
  for i in $(seq 1 "$n"); do pandoc "$work/letter.md" -o "$work/p$i.docx"; done
  t1=$(now); echo "pandoc Markdown → DOCX (one process per document): $(ms "$t0" "$t1") ms per DOCX"
else
  echo "pandoc not installed: apt-get install pandoc"
fi
