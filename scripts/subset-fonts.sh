#!/usr/bin/env bash
# Regenerates the committed DejaVu Sans subsets: TTFs for the PNG renderer (resvg) and WOFF2s for
# the pages. The outputs are committed because fontTools is not installed on CI or fresh machines.
#
# Needs pyftsubset (fontTools) and, for WOFF2, Python's brotli module:
#   Debian/Ubuntu: sudo apt-get install fonttools python3-brotli
#   elsewhere:     pip install 'fonttools[woff]'   (fonttools + brotli)
# Source fonts: the dejavu-fonts-ttf npm package (npm ci first).
# After changing UNICODES, copy the printed unicode-range into app/globals.css's @font-face rules.
set -euo pipefail
cd "$(dirname "$0")/.."

# The characters charts and pages draw, generously: Basic Latin, Latin-1 Supplement, Latin
# Extended-A, General Punctuation (– — ‘ ’ “ ” … ‰), currency (€ ₸ ₽ …), ™, arrows, − ≈ ≠ ≤ ≥,
# circled digits (DejaVu has ① to ⑩ only) and geometric shapes (■ ▲ ▼ ◆ ○ ●).
UNICODES='U+0020-007E,U+00A0-00FF,U+0100-017F,U+2000-206F,U+20A0-20CF,U+2122,U+2190-21FF,U+2212,U+2248,U+2260,U+2264-2265,U+2460-2473,U+25A0-25FF'
# Greek and Cyrillic (Kazakh and Russian titles: Қазақстан, Казахстан) for the reader's own text.
# The PNG fonts hold both sets; the pages get them as separate files, which a browser fetches only
# for a page that shows such a letter (unicode-range).
EXTRA_UNICODES='U+0370-03FF,U+0400-04FF'

SRC=node_modules/dejavu-fonts-ttf
TTF_OUT=packages/chart-render/fonts
WEB_OUT=app/fonts

command -v pyftsubset >/dev/null || {
  echo "pyftsubset not found: apt-get install fonttools python3-brotli (or pip install 'fonttools[woff]')" >&2
  exit 1
}
[ -f "$SRC/ttf/DejaVuSans.ttf" ] || {
  echo "$SRC/ttf/DejaVuSans.ttf missing: run npm ci first" >&2
  exit 1
}
mkdir -p "$TTF_OUT" "$WEB_OUT"

# Every layout feature stays: kerning is GPOS 'kern', which resvg and browsers apply (the legacy
# 'kern' table only duplicates it and is dropped, pyftsubset's default). TrueType hinting goes:
# resvg ignores it and browsers render unhinted DejaVu well. All name records stay, so each file
# still carries DejaVu's copyright and licence text. '.notdef' keeps its box, so a character
# missing from the subset shows as a box instead of vanishing.
OPTIONS=(
  "--unicodes=$UNICODES"
  '--layout-features=*'
  --no-hinting
  '--drop-tables+=MATH,FFTM'
  '--name-IDs=*'
  --notdef-outline
  --no-recalc-timestamp
)

subset() { # <source ttf> <output> [extra options]
  local src=$1 out=$2
  shift 2
  pyftsubset "$src" "${OPTIONS[@]}" "$@" "--output-file=$out"
  echo "  $out: $(wc -c <"$out") bytes"
}

subset "$SRC/ttf/DejaVuSans.ttf" "$TTF_OUT/DejaVuSans-subset.ttf" "--unicodes=$UNICODES,$EXTRA_UNICODES"
subset "$SRC/ttf/DejaVuSans-Bold.ttf" "$TTF_OUT/DejaVuSans-Bold-subset.ttf" "--unicodes=$UNICODES,$EXTRA_UNICODES"
subset "$SRC/ttf/DejaVuSans.ttf" "$WEB_OUT/dejavu-sans-subset-400.woff2" --flavor=woff2
subset "$SRC/ttf/DejaVuSans-Bold.ttf" "$WEB_OUT/dejavu-sans-subset-700.woff2" --flavor=woff2
subset "$SRC/ttf/DejaVuSans.ttf" "$WEB_OUT/dejavu-sans-greek-cyrillic-400.woff2" --flavor=woff2 "--unicodes=$EXTRA_UNICODES"
subset "$SRC/ttf/DejaVuSans-Bold.ttf" "$WEB_OUT/dejavu-sans-greek-cyrillic-700.woff2" --flavor=woff2 "--unicodes=$EXTRA_UNICODES"
cp "$SRC/LICENSE" "$TTF_OUT/LICENSE"
cp "$SRC/LICENSE" "$WEB_OUT/LICENSE-dejavu-fonts.txt"

echo "unicode-range for app/globals.css: ${UNICODES//,/, }; greek-cyrillic files: ${EXTRA_UNICODES//,/, }"
