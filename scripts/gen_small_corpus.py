#!/usr/bin/env python3
"""Generates N small contracts (mostly .txt, some minimal .docx) in OUTDIR, 1,000 per subfolder, for the
many-files benchmark in BENCHMARKS.md ("100,000 contracts"). Standard library only; deterministic (seed 17).

Usage: scripts/gen_small_corpus.py OUTDIR N [DOCX_PERCENT]   (default 3 % .docx)
"""
import os
import random
import sys
import zipfile
from xml.sax.saxutils import escape

ZH = [
    "第{a}条 甲方应于合同签订之日起{n}日内向乙方支付服务费人民币{m}元。",
    "第{a}条 任何一方提前{n}日书面通知对方，可解除本合同。",
    "第{a}条 甲方中途解约的，已支付的服务费不予退还。",
    "第{a}条 甲方提前解约的，应支付剩余服务费的{k}0%作为违约金，最低不低于人民币{m}元。",
    "第{a}条 合作期满，甲方未在期满前书面通知乙方终止合作的，本协议自动顺延十二个月。",
    "第{a}条 因本合同引起的争议，提交乙方所在地人民法院诉讼解决。",
    "第{a}条 乙方应对在履行本合同过程中知悉的甲方商业秘密承担保密义务。",
    "第{a}条 本合同自双方签字盖章之日起生效，有效期为{n}个月。",
]
EN = [
    "{a}. Either Party may terminate this Agreement upon {n} days' prior written notice.",
    "{a}. This Agreement shall automatically renew for successive one-year terms unless either Party gives notice at least {n} days before expiry.",
    "{a}. Fees paid are non-refundable, including upon early termination by the Customer.",
    "{a}. Late payments shall bear interest at {k}% per month.",
    "{a}. The total aggregate liability of the Supplier shall not exceed the fees paid in the preceding {n} months.",
    "{a}. This Agreement shall be governed by the laws of England and Wales.",
    "{a}. The Customer shall pay liquidated damages of {k}0% of the remaining fees if it terminates early.",
]


def contract(rng, i):
    zh = rng.random() < 0.6
    pool = ZH if zh else EN
    title = "服务合同" if zh else "SERVICES AGREEMENT"
    parties = ("甲方：某某商贸有限公司\n乙方：某某电子商务有限公司" if zh else
               'Client: Acme Retail Ltd ("Client")\nProvider: Beta Services Ltd ("Provider")')
    lines = [f"{title} No. {i}", parties]
    for a in range(1, rng.randint(4, 10) + 1):
        lines.append(rng.choice(pool).format(a=a, n=rng.choice([7, 15, 30, 60, 90]), m=rng.choice([5000, 20000, 100000]),
                                             k=rng.randint(1, 5)))
    return lines


def docx(path, lines):
    body = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{escape(l)}</w:t></w:r></w:p>" for l in lines)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr("_rels/.rels",
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr("word/document.xml",
                   '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                   f"<w:body>{body}</w:body></w:document>")


def main():
    out, n = sys.argv[1], int(sys.argv[2])
    docx_percent = float(sys.argv[3]) if len(sys.argv) > 3 else 3.0
    rng = random.Random(17)
    for i in range(n):
        folder = os.path.join(out, f"batch{i // 1000:03d}")
        if i % 1000 == 0:
            os.makedirs(folder, exist_ok=True)
        lines = contract(rng, i)
        if rng.random() * 100 < docx_percent:
            docx(os.path.join(folder, f"c{i:06d}.docx"), lines)
        else:
            with open(os.path.join(folder, f"c{i:06d}.txt"), "w", encoding="utf-8") as f:
                f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
