#!/usr/bin/env bash
# Renders the HTML report of the sample contracts in headless Chromium and saves a screenshot, to look at what a
# lawyer's client will see. Also proves the page runs no script: a contract clause containing <script> is scanned
# too, and the rendered page's title must stay unchanged.
#   scripts/html_screenshot.sh [OUT.png]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-/tmp/clauseguard-report.png}
command -v chromium >/dev/null || { apt-get install -y -qq chromium fonts-noto-cjk >/dev/null; }
swift build -c release >/dev/null
work=$(mktemp -d)
cp SampleContracts/* "$work/"
printf '第八条 违约责任\n1. 甲方提前解约的，应支付剩余服务费的30%%作为违约金<script>document.title="HACKED"</script>。\n' > "$work/hostile.txt"
.build/release/clauseguard scan "$work" --format html --output "$work/report.html" --lang zh || true
chromium --headless --no-sandbox --disable-gpu --window-size=1280,2400 --screenshot="$out" "file://$work/report.html" 2>/dev/null
title=$(chromium --headless --no-sandbox --disable-gpu --dump-dom "file://$work/report.html" 2>/dev/null | grep -o '<title>[^<]*</title>' | head -1)
echo "screenshot: $out"
echo "rendered title: $title"
[ "$title" = "<title>ClauseGuard 合同风险报告</title>" ] || { echo "the page's script ran or the title changed" >&2; exit 1; }
