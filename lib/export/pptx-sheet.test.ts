import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildWorkbook, columnName, rangeRef, sheetXml, type SheetColumn } from './pptx-sheet';
import { xmlProblems } from './xml-check.fixture';

describe('columnName', () => {
  it.each<[number, string]>([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [27, 'AB'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('%i → %s', (i, expected) => {
    expect(columnName(i)).toBe(expected);
  });
});

describe('rangeRef', () => {
  it.each<[string, [number, number, number], string]>([
    ['a column of values', [2, 2, 26], 'Sheet1!$C$2:$C$26'],
    ['one cell', [2, 1, 1], 'Sheet1!$C$1'],
    ['past Z', [27, 2, 3], 'Sheet1!$AB$2:$AB$3'],
  ])('%s', (_name, [c, a, b], expected) => {
    expect(rangeRef(c, a, b)).toBe(expected);
  });
});

describe('sheetXml', () => {
  const columns: (SheetColumn | null)[] = [
    { header: 'Year', cells: ['2006', '2007'] },
    { header: 'A & <B>', cells: [8.36, null], numberFormat: '"$"General"bn"' },
    null,
    { header: 'Step', cells: [{ formula: 'B2', value: 8.36 }] },
  ];
  const xml = sheetXml(columns);

  it('is well-formed and escapes headings', () => {
    expect(xmlProblems(xml)).toEqual([]);
    expect(xml).toContain('<t xml:space="preserve">A &amp; &lt;B&gt;</t>');
  });

  it('styles numbers with their column format, keeps formulas with their value, leaves gaps', () => {
    expect(xml).toContain('<c r="B2" s="1"><v>8.36</v></c>');
    expect(xml).not.toContain('r="B3"');
    expect(xml).not.toMatch(/r="C\d+"/);
    expect(xml).toContain('<c r="D2"><f>B2</f><v>8.36</v></c>');
  });

  it('writes one row for an empty sheet', () => {
    expect(sheetXml([])).toContain('<sheetData></sheetData>');
  });
});

describe('buildWorkbook', () => {
  it('packages a one-sheet workbook whose number formats are declared in its styles', async () => {
    const zip = await JSZip.loadAsync(
      await buildWorkbook([{ header: 'v', cells: [1], numberFormat: '"$"General"bn"' }]),
    );
    expect(Object.keys(zip.files).sort()).toEqual([
      '[Content_Types].xml',
      '_rels/',
      '_rels/.rels',
      'xl/',
      'xl/_rels/',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/workbook.xml',
      'xl/worksheets/',
      'xl/worksheets/sheet1.xml',
    ]);
    const styles = await zip.file('xl/styles.xml')!.async('string');
    expect(xmlProblems(styles)).toEqual([]);
    expect(styles).toContain('formatCode="&quot;$&quot;General&quot;bn&quot;"');
    expect(await zip.file('xl/workbook.xml')!.async('string')).toContain('name="Sheet1"');
  });
});
