#!/usr/bin/env bash
# Renders a .docx (e.g. the self-inspection report of `anjian check --format docx`) to PDF and PNG pages
# with headless LibreOffice, for a visual check. CI does not need it.
#
#   scripts/render-docx.sh report.docx [OUTDIR]     -> OUTDIR/report.pdf, OUTDIR/report-1.png, ...
#
# Installs libreoffice-writer, poppler-utils and fonts-noto-cjk (Chinese glyphs) when missing (Debian, root).
set -euo pipefail
docx=${1:?usage: scripts/render-docx.sh FILE.docx [OUTDIR]}
out=${2:-$(dirname "$docx")}
[ -f "$docx" ] || { echo "render-docx: no such file: $docx" >&2; exit 2; }
mkdir -p "$out"

need=()
command -v soffice >/dev/null || need+=(libreoffice-writer)
command -v pdftoppm >/dev/null || need+=(poppler-utils)
fc-list :lang=zh 2>/dev/null | grep -q . || need+=(fonts-noto-cjk)
if [ ${#need[@]} -gt 0 ]; then
  echo "render-docx: installing ${need[*]}" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

name=$(basename "${docx%.docx}")
# a private profile: no clash with a running LibreOffice, no state left in $HOME
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$out" "$docx" >/dev/null 2> >(grep -v javaldx >&2)
pdftoppm -png -r 80 "$out/$name.pdf" "$out/$name"
ls "$out/$name".pdf "$out/$name"-*.png
