#!/usr/bin/env python3
"""Generates ClauseGuard's sample contracts and the labelled plain-text evaluation set.

How to run (from the repository root):

    pip install python-docx          # 1.2 or newer (needs Document.add_comment)
    python3 tools/samples/make_samples.py            # writes SampleContracts/*.docx|.dotx and tools/samples/eval/*
    python3 tools/samples/make_samples.py --check    # also re-opens and validates every generated file

Output is byte-for-byte reproducible: the files are regenerated from the text in contracts_zh.py,
contracts_en.py and eval_texts.py. See tools/samples/README.md for what each sample contains.
"""
import argparse
import os
import subprocess
import sys
import xml.dom.minidom
import zipfile

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import contracts_en  # noqa: E402
import contracts_zh  # noqa: E402
import eval_texts  # noqa: E402
from docxkit import docx_to_dotx, normalize_zip  # noqa: E402

ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
OUT = os.path.join(ROOT, "SampleContracts")
EVAL = os.path.join(HERE, "eval")

SAMPLES = [
    ("01-daiyunying-onesided.docx", contracts_zh.sample_01),
    ("02-daiyunying-fair.docx", contracts_zh.sample_02),
    ("03-douyin-store-operation.docx", contracts_zh.sample_03),
    ("04-taobao-custody-redline.docx", contracts_zh.sample_04),
    ("05-design-outsourcing.docx", contracts_zh.sample_05),
    ("06-saas-subscription-en.docx", contracts_en.sample_06),
    ("07-services-agreement-en.docx", contracts_en.sample_07),
    ("08-store-management-template.dotx", contracts_zh.sample_08),
    ("09-fair-services-en.docx", contracts_en.sample_09),
]


def generate():
    os.makedirs(OUT, exist_ok=True)
    for name, fn in SAMPLES:
        path = os.path.join(OUT, name)
        if name.endswith(".dotx"):
            tmp = path[:-5] + ".tmp.docx"
            fn(tmp)
            docx_to_dotx(tmp, path)
        else:
            fn(path)
        normalize_zip(path)
        print("wrote", os.path.relpath(path, ROOT))
    eval_texts.write_all(EVAL)


def check():
    from docx import Document
    ok = True
    for name, _ in SAMPLES:
        path = os.path.join(OUT, name)
        size = os.path.getsize(path)
        with zipfile.ZipFile(path) as z:
            bad = z.testzip()
            parts = z.namelist()
            for part in parts:
                if part.endswith(".xml") or part.endswith(".rels"):
                    xml.dom.minidom.parseString(z.read(part))  # raises on malformed XML
            body = z.read("word/document.xml").decode("utf-8")
            ctypes = z.read("[Content_Types].xml").decode("utf-8")
        if name.endswith(".dotx"):
            # python-docx refuses the template content type, so open a copy with the type switched back
            import io
            buf = io.BytesIO()
            with zipfile.ZipFile(path) as zin, zipfile.ZipFile(buf, "w") as zout:
                for info in zin.infolist():
                    data = zin.read(info.filename)
                    if info.filename == "[Content_Types].xml":
                        data = data.replace(b"template.main+xml", b"document.main+xml")
                    zout.writestr(info, data)
            buf.seek(0)
            doc = Document(buf)
        else:
            doc = Document(path)
        features = []
        for tag, label in (("<w:numPr>", "auto-numbering"), ("<w:ins ", "w:ins"), ("<w:del ", "w:del"),
                           ("<w:vanish/>", "hidden"), ("<w:sdt>", "content-control"),
                           ("<w:commentRangeStart", "comments"), ("<w:footnoteReference", "footnote")):
            if tag in body:
                features.append(label)
        if "template.main+xml" in ctypes:
            features.append("template-content-type")
        headers = sum(1 for p in parts if p.startswith("word/header"))
        print("%-36s %6.1f KB  paragraphs=%-4d tables=%-2d headers=%d  %s%s" % (
            name, size / 1024, len(doc.paragraphs), len(doc.tables), headers, " ".join(features),
            "" if bad is None else "  CORRUPT MEMBER " + bad))
        if bad is not None or size > 200 * 1024:
            ok = False
        r = subprocess.run(["unzip", "-tq", path], capture_output=True, text=True)
        if r.returncode != 0:
            print("  unzip -t failed:", r.stdout, r.stderr)
            ok = False
    ok = eval_texts.check_all(EVAL) and ok
    return ok


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="validate the generated files after writing them")
    ap.add_argument("--check-only", action="store_true", help="validate without regenerating")
    args = ap.parse_args()
    if not args.check_only:
        generate()
    if args.check or args.check_only:
        if not check():
            sys.exit(1)
        print("all checks passed")


if __name__ == "__main__":
    main()
