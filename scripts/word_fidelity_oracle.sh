#!/usr/bin/env bash
# Compares what ClauseGuard reads with what LibreOffice Writer shows, on generated Word fixtures for the
# constructs of docs/WORD-FIDELITY.md (mc:AlternateContent, hidden-text properties, deleted paragraph marks).
# An oracle for a person, not a CI check: LibreOffice differs from Word in places (see the doc).
#   scripts/word_fidelity_oracle.sh
set -euo pipefail
cd "$(dirname "$0")/.."
command -v soffice >/dev/null || { apt-get install -y -qq --no-install-recommends libreoffice-writer >/dev/null; }
swift build -c release >/dev/null
work=$(mktemp -d)
python3 - "$work" <<'PY'
import sys, zipfile
out = sys.argv[1]
NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"')
def p(t): return '<w:p><w:r><w:t>%s</w:t></w:r></w:p>' % t
def ac(choices, fallback, declare=''):
    x = '<mc:AlternateContent%s>' % declare
    for requires, t in choices: x += '<mc:Choice Requires="%s">%s</mc:Choice>' % (requires, p(t))
    return x + '<mc:Fallback>%s</mc:Fallback></mc:AlternateContent>' % p(fallback)
decoy = ' xmlns:x="urn:example:decoy"'
cases = {
    'decoy': ac([('x', 'DECOY-CHOICE')], 'REAL-FALLBACK', decoy),
    'understood': ac([('w14', 'W14-CHOICE')], 'W14-FALLBACK'),
    'multi': ac([('x', 'DECOY'), ('wps', 'WPS-CHOICE'), ('w14', 'SECOND-CHOICE')], 'FALLBACK', decoy),
    'both': ac([('wps x', 'BOTH-CHOICE')], 'BOTH-FALLBACK', decoy),
    'rebound': ac([('wps', 'REBOUND-CHOICE')], 'REBOUND-FALLBACK', ' xmlns:wps="urn:example:decoy"'),
    'renamed': ac([('foo', 'RENAMED-CHOICE')], 'RENAMED-FALLBACK', ' xmlns:foo="http://schemas.microsoft.com/office/word/2010/wordml"'),
    'newer': ac([('w99', 'NEWER-CHOICE')], 'NEWER-FALLBACK', ' xmlns:w99="http://schemas.microsoft.com/office/word/2099/wordml"'),
    'undeclared': ac([('nope', 'UNDECLARED-CHOICE')], 'UNDECLARED-FALLBACK'),
    'vanish0': '<w:p><w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>VANISH0-SHOWN</w:t></w:r></w:p>',
    'specvanish': '<w:p><w:r><w:rPr><w:specVanish/></w:rPr><w:t>SPECVANISH-TEXT</w:t></w:r></w:p>',
    'webhidden': '<w:p><w:r><w:rPr><w:webHidden/></w:rPr><w:t>WEBHIDDEN-TEXT</w:t></w:r></w:p>',
    'delmark': '<w:p><w:pPr><w:rPr><w:del w:id="1" w:author="A"/></w:rPr></w:pPr><w:r><w:t>JOINED-A</w:t></w:r></w:p>' + p('JOINED-B'),
}
types = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" '
         'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
for name, body in cases.items():
    doc = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s</w:body></w:document>' % (NS, body)
    with zipfile.ZipFile('%s/%s.docx' % (out, name), 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', types); z.writestr('_rels/.rels', rels); z.writestr('word/document.xml', doc)
PY
soffice --headless --convert-to txt:Text --outdir "$work/lo" "$work"/*.docx >/dev/null 2>&1
printf '%-11s | %-40s | %s\n' fixture LibreOffice ClauseGuard
for f in "$work"/*.docx; do
    name=$(basename "$f" .docx)
    lo=$(sed 's/^\xEF\xBB\xBF//' "$work/lo/$name.txt" | paste -sd'|')
    cg=$(.build/release/clauseguard extract "$f" | cut -f2- | paste -sd'|')
    printf '%-11s | %-40s | %s\n' "$name" "$lo" "$cg"
done
