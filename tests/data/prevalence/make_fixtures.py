#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Makes the small .xlsx fixtures of the prevalence tests by hand (zipfile + written XML), so
that the reader is tested against workbooks it did not write itself. Run from this folder."""
import zipfile

CT = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
</Types>'''
RELS = '''<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>'''
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def workbook(path, sheets, shared):
    """sheets: list of (name, target, sheet_xml_body); the relation ids are chosen so that
    the first sheet is NOT sheet1.xml, to prove the reader follows the relations."""
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', CT)
        z.writestr('_rels/.rels', RELS)
        sheet_tags = ''.join(f'<sheet name="{n}" sheetId="{i+1}" r:id="rId{i+7}"/>' for i, (n, _, _) in enumerate(sheets))
        z.writestr('xl/workbook.xml', f'<?xml version="1.0" encoding="UTF-8"?><workbook {NS}><sheets>{sheet_tags}</sheets></workbook>')
        rels = ''.join(f'<Relationship Id="rId{i+7}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="{t}"/>' for i, (_, t, _) in enumerate(sheets))
        z.writestr('xl/_rels/workbook.xml.rels', f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>')
        if shared is not None:
            z.writestr('xl/sharedStrings.xml', f'<?xml version="1.0" encoding="UTF-8"?><sst {NS} count="{len(shared)}" uniqueCount="{len(shared)}">' + ''.join(shared) + '</sst>')
        for _, target, body in sheets:
            z.writestr('xl/' + target.lstrip('/').removeprefix('xl/'), f'<?xml version="1.0" encoding="UTF-8"?><worksheet {NS}><sheetData>{body}</sheetData></worksheet>')


# cells.xlsx: every kind of cell, a gap row, a missing cell, and a second sheet.
shared = ['<si><t>kode</t></si>', '<si><t>nama</t></si>', '<si><r><t>Air </t></r><r><rPr><b/></rPr><t>Putih</t></r><rPh><t>x</t></rPh></si>',
          '<si><t xml:space="preserve"> spasi </t></si>', '<si><t>nilai</t></si>', '<si><t>aktif</t></si>']
body = ('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>4</v></c><c r="D1" t="s"><v>5</v></c></row>'
        '<row r="2"><c r="A2" t="inlineStr"><is><t>14.03.01.2001</t></is></c><c r="B2" t="s"><v>2</v></c><c r="C2"><v>8.4000000000000004</v></c><c r="D2" t="b"><v>1</v></c></row>'
        '<row r="4"><c r="A4" t="str"><f>A2</f><v>14.03.01.2002</v></c><c r="B4" t="s"><v>3</v></c><c r="D4" t="b"><v>0</v></c></row>'
        '<row r="5"><c r="A5"><v>1250</v></c><c r="B5" t="inlineStr"><is><t>Ketam &amp; Putih</t></is></c><c r="C5"><v>-3.5E-2</v></c></row>'
        '<row r="6"><c r="A6" t="s"><v>3</v></c><c r="F6"><v>1</v></c></row>')
second = '<row r="1"><c r="A1" t="inlineStr"><is><t>lain</t></is></c></row><row r="2"><c r="A2"><v>7</v></c></row>'
workbook('cells.xlsx', [('Data', 'worksheets/sheet2.xml', body), ('Lain', '/xl/worksheets/sheet1.xml', second)], shared)

# prevalence.xlsx: an import in Indonesian headers, the figures of three Bengkalis desa.
rows = [['kode_wilayah', 'tahun', 'putaran', 'sumber', 'indikator', 'diukur', 'kasus', 'sasaran', 'catatan'],
        ['14.03.01.2004', 2025, 'Februari', 'e-PPGBM', 'stunting', 210, 17, 230, 'uji'],
        ['14.03.01.2005', 2025, 'Februari', 'e-PPGBM', 'stunting', 120, 9, None, None],
        ['14.03.02.2001', 2025, 'Februari', 'e-PPGBM', 'stunting', 0, 0, None, 'tidak ada pengukuran']]
def cell(ref, v):
    if v is None:
        return ''
    if isinstance(v, (int, float)):
        return f'<c r="{ref}"><v>{v}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t>{v}</t></is></c>'
body = ''.join(f'<row r="{i+1}">' + ''.join(cell(f'{chr(65+j)}{i+1}', v) for j, v in enumerate(r)) + '</row>' for i, r in enumerate(rows))
workbook('prevalence.xlsx', [('Prevalensi', 'worksheets/sheet1.xml', body)], None)

# Damaged files: a zip header followed by junk, and a real workbook cut in half.
with open('not-a-zip.xlsx', 'wb') as f:
    f.write(b'PK\x03\x04' + bytes(range(256)) * 4)
with open('prevalence.xlsx', 'rb') as f:
    data = f.read()
with open('truncated.xlsx', 'wb') as f:
    f.write(data[: len(data) // 2])
# A workbook whose shared string index points past the table.
workbook('bad-shared-index.xlsx', [('S', 'worksheets/sheet1.xml', '<row r="1"><c r="A1" t="s"><v>9</v></c></row>')], ['<si><t>a</t></si>'])
