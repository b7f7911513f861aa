#!/usr/bin/env python3
"""Per-file timings of the peers ClauseGuard is compared with, for scripts/bench.sh.

    bench_peer.py MODE FILE_LIST PATTERNS TIMINGS_OUT

MODE: unzip  (the lower bound: `unzip -p FILE word/document.xml`)
      pandoc (`pandoc -t plain FILE`, then `grep -c -P PATTERN` once per pattern: GNU grep refuses the whole
              pack as one expression)
      pydocx (python-docx paragraphs and table cells, every pattern with the `regex` module, one process)
      pydocx-one (the same files, one regex: every pattern joined into one alternation, one process)
      pydocx-process (pydocx-one started once per file, as a shell loop over a script would)
Writes `path<TAB>milliseconds` per file, like `clauseguard scan --timings`.
"""
import subprocess, sys, tempfile, time

mode, file_list, patterns_path, out_path = sys.argv[1:5]
files = [line for line in open(file_list, encoding="utf-8").read().splitlines() if line]
patterns = [p for p in open(patterns_path, encoding="utf-8").read().splitlines() if p]

if mode in ("pydocx", "pydocx-one"):
    import docx, regex
    compiled = [regex.compile(p, regex.I) for p in patterns]
    if mode == "pydocx-one":
        compiled = [regex.compile("|".join(f"(?:{p})" for p in patterns), regex.I)]
ONE_FILE = """
import sys, docx, regex
pattern = regex.compile("|".join(f"(?:{p})" for p in open(sys.argv[2], encoding="utf-8").read().splitlines() if p), regex.I)
d = docx.Document(sys.argv[1])
texts = [p.text for p in d.paragraphs] + [c.text for t in d.tables for r in t.rows for c in r.cells]
print(sum(len(pattern.findall(t)) for t in texts))
"""

hits = 0
with open(out_path, "w", encoding="utf-8") as out, tempfile.NamedTemporaryFile(suffix=".txt") as plain:
    for path in files:
        start = time.perf_counter()
        if mode == "unzip":
            subprocess.run(["unzip", "-p", path, "word/document.xml"], stdout=subprocess.DEVNULL, check=False)
        elif mode == "pandoc":
            text = subprocess.run(["pandoc", "-t", "plain", path], capture_output=True, check=False).stdout
            plain.seek(0); plain.truncate(); plain.write(text); plain.flush()
            for p in patterns:
                subprocess.run(["grep", "-c", "-P", "--", p, plain.name], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        elif mode == "pydocx-process":
            subprocess.run([sys.executable, "-c", ONE_FILE, path, patterns_path], stdout=subprocess.DEVNULL, check=False)
        elif mode in ("pydocx", "pydocx-one"):
            d = docx.Document(path)
            texts = [p.text for p in d.paragraphs] + [c.text for t in d.tables for r in t.rows for c in r.cells]
            for t in texts:
                for p in compiled:
                    hits += len(p.findall(t))
        else:
            sys.exit(f"bench_peer.py: unknown mode {mode}")
        out.write(f"{path}\t{(time.perf_counter() - start) * 1000:.3f}\n")
