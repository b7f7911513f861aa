# Small helpers on top of python-docx 1.2 used by make_samples.py: fonts, parties blocks, articles with
# typed or automatic (numbering.xml) numbering, fee tables, signature blocks, tracked changes (w:ins/w:del),
# hidden text (w:vanish), content controls (w:sdt), footnotes, and the .docx -> .dotx rewrite.
import datetime
import itertools
import os
import shutil
import tempfile
import zipfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"

_ids = itertools.count(100)


def next_id():
    return str(next(_ids))


# --------------------------------------------------------------------------------------------------- document

def new_document(lang="zh"):
    """A4 document with fonts a Chinese or English law firm would use."""
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.top_margin = sec.bottom_margin = Cm(2.54)
    sec.left_margin = sec.right_margin = Cm(3.0 if lang == "zh" else 2.54)
    normal = doc.styles["Normal"]
    normal.font.size = Pt(10.5 if lang == "zh" else 11)
    normal.font.name = "Times New Roman"
    rfonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    rfonts.set(qn("w:eastAsia"), "宋体" if lang == "zh" else "SimSun")
    pf = normal.paragraph_format
    pf.space_after = Pt(4)
    pf.line_spacing = 1.25
    # Docs stamped with a stable core-properties date so regenerated files differ only when content does.
    cp = doc.core_properties
    cp.author = "ClauseGuard samples"
    cp.created = cp.modified = datetime.datetime(2025, 3, 1, 9, 0, 0)
    cp.last_modified_by = "ClauseGuard samples"
    cp.revision = 1
    # python-docx's default template carries a JPEG thumbnail; the samples must contain no images
    pkg = doc.part.package
    for rId, rel in list(pkg.rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            pkg.rels.pop(rId)
    return doc


def add_comment(doc, runs, text, author, initials, date="2025-02-19T09:15:00Z"):
    """Document.add_comment (python-docx 1.2) stamps the current time; pin the date for reproducible output."""
    c = doc.add_comment(runs, text=text, author=author, initials=initials)
    c._comment_elm.set(qn("w:date"), date)
    return c


def title(doc, text, subtitle=None):
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_after = Pt(12)
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(18)
    if subtitle:
        s = doc.add_paragraph()
        s.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        s.add_run(subtitle)
    return p


def para(doc, text="", bold=False, align=None, indent_first=False, size=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent_first:
        p.paragraph_format.first_line_indent = Pt(21)
    return p


def parties(doc, rows):
    """rows: list of (label, [(field, value), ...]); first field is the party's name, printed bold."""
    for label, fields in rows:
        first = True
        for field, value in fields:
            p = doc.add_paragraph()
            p.paragraph_format.space_after = Pt(0)
            if first:
                p.add_run(label + "：" if _is_zh(label) else label + ": ").bold = True
                p.add_run(value).bold = True
                first = False
            else:
                p.paragraph_format.left_indent = Pt(21)
                p.add_run(field + ("：" if _is_zh(field) else ": ") + value)
        doc.add_paragraph().paragraph_format.space_after = Pt(0)


def _is_zh(s):
    return any("\u4e00" <= ch <= "\u9fff" for ch in s)


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# --------------------------------------------------------------------------------------------------- numbering

NUMBERING_SCHEMES = {
    # Chinese: 第一条 / 1. / （1）
    "zh-dot": [("chineseCounting", "第%1条", "space", 0, 0, True),
               ("decimal", "%2.", "space", 0, 0, False),
               ("decimal", "（%3）", "nothing", 420, 0, False)],
    # Chinese: 第一条 / （1） / 1)
    "zh-paren": [("chineseCounting", "第%1条", "space", 0, 0, True),
                 ("decimal", "（%2）", "nothing", 0, 0, False),
                 ("decimal", "%3)", "space", 420, 0, False)],
    # English: 1. / 1.1 / (a)
    "en-decimal": [("decimal", "%1.", "tab", 567, 567, True),
                   ("decimal", "%1.%2", "tab", 567, 567, False),
                   ("lowerLetter", "(%3)", "tab", 1134, 567, False)],
}


def add_numbering(doc, scheme):
    """Adds an abstractNum + num to word/numbering.xml and returns the numId (python-docx has no API for this)."""
    numbering = doc.part.numbering_part.element
    abs_ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    num_ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    abs_id = max(abs_ids + [0]) + 1
    num_id = max(num_ids + [0]) + 1
    lvls = []
    for ilvl, (fmt, text, suff, left, hanging, bold) in enumerate(NUMBERING_SCHEMES[scheme]):
        ind = '<w:ind w:left="%d" w:hanging="%d"/>' % (left + hanging, hanging) if hanging else \
              '<w:ind w:left="%d" w:firstLine="0"/>' % left
        rpr = '<w:rPr><w:b/><w:bCs/></w:rPr>' if bold else ''
        lvls.append(
            '<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:suff w:val="%s"/>'
            '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:pPr>%s</w:pPr>%s</w:lvl>'
            % (ilvl, fmt, suff, text, ind, rpr))
    abstract = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d"><w:nsid w:val="%08X"/><w:multiLevelType w:val="multilevel"/>'
        '<w:tmpl w:val="%08X"/>%s</w:abstractNum>'
        % (nsdecls("w"), abs_id, 0x5A3C0000 + abs_id, 0x1B2C0000 + abs_id, "".join(lvls)))
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)  # schema order: all abstractNum before any num
    else:
        numbering.append(abstract)
    numbering.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                               % (nsdecls("w"), num_id, abs_id)))
    return num_id


def set_num(p, num_id, ilvl):
    """Attaches the paragraph to list num_id at level ilvl (w:pPr/w:numPr, inserted in schema order)."""
    numPr = p._p.get_or_add_pPr().get_or_add_numPr()
    numPr.get_or_add_ilvl().val = ilvl
    numPr.get_or_add_numId().val = num_id


# --------------------------------------------------------------------------------------------------- runs

def add_segments(p, segments):
    """segments: str, or list of str / (kind, text[, author, date]) with kind in
    'b' (bold), 'u' (underline), 'hidden', 'ins', 'del'. Returns {name: run} for runs given a name via ('name', key, text)."""
    named = {}
    if isinstance(segments, str):
        segments = [segments]
    for seg in segments:
        if isinstance(seg, str):
            p.add_run(seg)
            continue
        kind = seg[0]
        if kind == "b":
            p.add_run(seg[1]).bold = True
        elif kind == "u":
            p.add_run(seg[1]).underline = True
        elif kind == "hidden":
            p.add_run(seg[1]).font.hidden = True  # <w:vanish/>
        elif kind == "name":
            named[seg[1]] = p.add_run(seg[2])
        elif kind in ("ins", "del"):
            author = seg[2] if len(seg) > 2 else "乙方法务"
            date = seg[3] if len(seg) > 3 else "2025-02-18T10:32:00Z"
            tracked_run(p, seg[1], kind, author, date)
        else:
            raise ValueError(kind)
    return named


def tracked_run(p, text, kind, author, date):
    el = OxmlElement("w:" + kind)
    el.set(qn("w:id"), next_id())
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), date)
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if kind == "del" else "w:t")
    t.set(XML_SPACE, "preserve")
    t.text = text
    r.append(t)
    el.append(r)
    p._p.append(el)
    return el


def mark_paragraph_tracked(p, kind, author, date):
    """Marks the paragraph mark itself as inserted/deleted (w:pPr/w:rPr/w:ins|w:del) and wraps its runs,
    which is how Word records a whole paragraph added or removed with Track Changes on."""
    pPr = p._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = OxmlElement("w:rPr")
        pPr.append(rPr)
    mark = OxmlElement("w:" + kind)
    mark.set(qn("w:id"), next_id())
    mark.set(qn("w:author"), author)
    mark.set(qn("w:date"), date)
    rPr.append(mark)
    wrapper = OxmlElement("w:" + kind)
    wrapper.set(qn("w:id"), next_id())
    wrapper.set(qn("w:author"), author)
    wrapper.set(qn("w:date"), date)
    for r in list(p._p.findall(qn("w:r"))):
        if kind == "del":
            for t in r.findall(qn("w:t")):
                t.tag = qn("w:delText")
        wrapper.append(r)
    p._p.append(wrapper)


def content_control(p, alias, tag, placeholder):
    """Inline plain-text content control (w:sdt) showing its placeholder text."""
    sdt = parse_xml(
        '<w:sdt %s><w:sdtPr><w:rPr><w:b/></w:rPr><w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%s"/>'
        '<w:showingPlcHdr/><w:text/></w:sdtPr><w:sdtContent><w:r><w:rPr><w:b/><w:color w:val="808080"/></w:rPr>'
        '<w:t xml:space="preserve">%s</w:t></w:r></w:sdtContent></w:sdt>'
        % (nsdecls("w"), alias, tag, 700000 + int(next_id()), placeholder))
    p._p.append(sdt)
    return sdt


# --------------------------------------------------------------------------------------------------- articles

ZH_NUM = "零一二三四五六七八九十"


def zh_number(n):
    if n <= 10:
        return ZH_NUM[n]
    if n < 20:
        return "十" + (ZH_NUM[n - 10] if n > 10 else "")
    tens, ones = divmod(n, 10)
    return ZH_NUM[tens] + "十" + (ZH_NUM[ones] if ones else "")


def render_articles(doc, articles, mode, lang="zh", num_id=None, start=1):
    """articles: list of (heading, items). item: str | segment list | (text, [subitems]) | callable(doc).
    mode: 'typed' writes the numbers into the text (第八条 / 8.2 / （1）, or 8. / 8.2 / (a));
          'auto' uses Word automatic numbering from num_id (created with add_numbering).
    Returns {name: run} for named segments (used to anchor comments)."""
    named = {}
    for ai, (heading, items) in enumerate(articles, start):
        hp = doc.add_paragraph()
        hp.paragraph_format.space_before = Pt(8)
        hp.paragraph_format.keep_with_next = True
        if mode == "auto":
            set_num(hp, num_id, 0)
            hp.add_run(heading).bold = True
        elif lang == "zh":
            hp.add_run("第%s条 %s" % (zh_number(ai), heading)).bold = True
        else:
            hp.add_run("%d.\t%s" % (ai, heading)).bold = True
        ci = 0
        for item in items:
            if callable(item):
                item(doc)
                continue
            ci += 1
            subitems = []
            if isinstance(item, tuple):
                item, subitems = item
            p = doc.add_paragraph()
            if mode == "auto":
                set_num(p, num_id, 1)
            else:
                p.add_run("%d.%d%s" % (ai, ci, "　" if lang == "zh" else "\t"))
                if lang == "en":
                    p.paragraph_format.left_indent = Cm(1.0)
                    p.paragraph_format.first_line_indent = Cm(-1.0)
            named.update(add_segments(p, item))
            for si, sub in enumerate(subitems, 1):
                sp = doc.add_paragraph()
                if mode == "auto":
                    set_num(sp, num_id, 2)
                else:
                    if lang == "zh":
                        sp.add_run("（%d）" % si)
                        sp.paragraph_format.left_indent = Pt(21)
                    else:
                        sp.add_run("(%s)\t" % "abcdefghijklmnop"[si - 1])
                        sp.paragraph_format.left_indent = Cm(2.0)
                        sp.paragraph_format.first_line_indent = Cm(-1.0)
                named.update(add_segments(sp, sub))
    return named


def table(doc, header, rows, widths=None, caption=None, total=None):
    if caption:
        para(doc, caption, bold=True, align="center")
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        cell = t.rows[0].cells[i]
        cell.text = ""
        cell.paragraphs[0].add_run(h).bold = True
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    if total:
        cells = t.add_row().cells
        merged = cells[0].merge(cells[len(header) - 2])
        merged.text = ""
        merged.paragraphs[0].add_run(total[0]).bold = True
        cells[len(header) - 1].text = ""
        cells[len(header) - 1].paragraphs[0].add_run(total[1]).bold = True
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    doc.add_paragraph()
    return t


def signature_block(doc, lang="zh", left="甲方（盖章）", right="乙方（盖章）", names=("", "")):
    para(doc, "（以下无正文）" if lang == "zh" else "[Signature page follows]", align="center")
    t = doc.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    if lang == "zh":
        lines = ["%s：%s", "法定代表人或授权代表（签字）：", "", "签订日期：____年__月__日", "签订地点：__________"]
    else:
        lines = ["%s%s", "By: ______________________", "Name:", "Title:", "Date: ________________"]
    for ci, who in enumerate((left, right)):
        cell = t.rows[0].cells[ci]
        cell.text = ""
        first = True
        for ln in lines:
            p = cell.paragraphs[0] if first else cell.add_paragraph()
            text = ln % (who, names[ci]) if "%s" in ln else ln
            r = p.add_run(text)
            r.bold = first
            first = False
            p.paragraph_format.space_after = Pt(10)
    return t


def header_footer(doc, header_text, footer_text):
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = header_text
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.text = footer_text
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


# --------------------------------------------------------------------------------------------------- footnotes

FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"


def add_footnotes(doc, notes):
    """notes: list of (run_to_follow, text). Creates word/footnotes.xml (python-docx has no footnote API),
    relates it from the document part and puts a w:footnoteReference right after each given run."""
    body = ['<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
            'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
            'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
    for i, (run, text) in enumerate(notes, 1):
        body.append('<w:footnote w:id="%d"><w:p><w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:pPr>'
                    '<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="18"/></w:rPr><w:footnoteRef/></w:r>'
                    '<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>'
                    % (i, _esc(text)))
        ref = parse_xml('<w:r %s><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="%d"/></w:r>'
                        % (nsdecls("w"), i))
        run._r.addnext(ref)
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes %s>%s</w:footnotes>'
           % (nsdecls("w"), "".join(body))).encode("utf-8")
    part = Part(PackURI("/word/footnotes.xml"), FOOTNOTES_CT, xml, doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# --------------------------------------------------------------------------------------------------- template

DOC_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
DOT_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"


def normalize_zip(path):
    """Rewrites the package with fixed member timestamps so regenerating unchanged content gives identical bytes."""
    fd, tmp = tempfile.mkstemp(suffix=".zip")
    os.close(fd)
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            out = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 1, 0, 0, 0))
            out.compress_type = zipfile.ZIP_DEFLATED
            out.external_attr = 0o644 << 16
            zout.writestr(out, zin.read(info.filename))
    shutil.move(tmp, path)
    os.chmod(path, 0o644)  # mkstemp creates 0600


def docx_to_dotx(src, dst):
    """Rewrites the package so /word/document.xml has the template content type (python-docx only saves .docx)."""
    fd, tmp = tempfile.mkstemp(suffix=".dotx")
    os.close(fd)
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "[Content_Types].xml":
                text = data.decode("utf-8")
                assert DOC_MAIN in text
                data = text.replace(DOC_MAIN, DOT_MAIN).encode("utf-8")
            zout.writestr(info, data)
    shutil.move(tmp, dst)
    os.chmod(dst, 0o644)
    os.remove(src)
