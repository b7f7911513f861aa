#!/usr/bin/env bash
# Builds clauseguard for release with the Swift runtime linked in, so it runs where Swift is not installed (it
# needs only libzip, libxml2, libpcre2, OpenCC and poppler-glib from the system; the rule pack is compiled in), and installs it with a
# man page and bash, zsh and fish completions:
#   PREFIX/bin/clauseguard
#   PREFIX/share/man/man1/clauseguard*.1
#   PREFIX/share/bash-completion/completions/clauseguard
#   PREFIX/share/zsh/site-functions/_clauseguard
#   PREFIX/share/fish/vendor_completions.d/clauseguard.fish
# Usage: scripts/install.sh [PREFIX]        (default: /usr/local; SCRATCH=DIR builds in DIR instead of .build)
set -euo pipefail
cd "$(dirname "$0")/.."
prefix=${1:-/usr/local}
scratch=${SCRATCH:-.build}
build=(swift build -c release --build-system native --scratch-path "$scratch" --product clauseguard)
case "$(uname -s)" in
  Linux) build+=(--static-swift-stdlib) ;;   # macOS: the Swift runtime is part of the OS
esac

echo "install: building clauseguard for release (a few minutes)…" >&2
"${build[@]}"
bin="$("${build[@]}" --show-bin-path)/clauseguard"

install -d "$prefix/bin" "$prefix/share/man/man1" "$prefix/share/bash-completion/completions" \
           "$prefix/share/zsh/site-functions" "$prefix/share/fish/vendor_completions.d"
install -m 0755 "$bin" "$prefix/bin/clauseguard"

# Completions come from the binary itself (swift-argument-parser), so they match its options.
"$prefix/bin/clauseguard" --generate-completion-script bash > "$prefix/share/bash-completion/completions/clauseguard"
"$prefix/bin/clauseguard" --generate-completion-script zsh > "$prefix/share/zsh/site-functions/_clauseguard"
"$prefix/bin/clauseguard" --generate-completion-script fish > "$prefix/share/fish/vendor_completions.d/clauseguard.fish"

# The man page: swift-argument-parser's GenerateManual plugin (it builds the package and renders each command's
# help as mdoc into the plugin's work folder).
if swift package --build-system native --scratch-path "$scratch" plugin generate-manual >"$scratch/generate-manual.log" 2>&1; then
  find "$scratch/plugins" -path '*GenerateManual*' -name 'clauseguard*.1' -exec install -m 0644 {} "$prefix/share/man/man1/" \;
else
  echo "install: no man page (the GenerateManual plugin failed; see $scratch/generate-manual.log)" >&2
fi

echo "install: $prefix/bin/clauseguard ($("$prefix/bin/clauseguard" --version)), man page, bash/zsh/fish completions" >&2
case ":$PATH:" in *":$prefix/bin:"*) ;; *) echo "install: add $prefix/bin to PATH" >&2 ;; esac
