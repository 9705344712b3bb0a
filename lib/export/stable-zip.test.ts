import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { getChartSpec } from '@/lib/charts/registry';
import { getDataset } from '@/lib/datasets';
import { buildChartPptx } from './pptx';
import {
  latestPublication,
  stabiliseOfficeZip,
  stableZip,
  stampCoreProperties,
} from './stable-zip';

const src = (published: string | null) => ({ published });

describe('latestPublication', () => {
  it.each([
    ['no sources', [], null],
    ['only undated sources', [src(null), src(null)], null],
    ['a year', [src('2007')], '2007-01-01T00:00:00.000Z'],
    ['a month', [src('2024-05')], '2024-05-01T00:00:00.000Z'],
    ['a day', [src('2023-05-17')], '2023-05-17T00:00:00.000Z'],
    [
      'the newest of mixed precisions',
      [src('2025'), src('2024-12-31'), src(null), src('2025-01')],
      '2025-01-01T00:00:00.000Z',
    ],
    [
      'a malformed date is skipped',
      [src('May 2024'), src('2020-01-10')],
      '2020-01-10T00:00:00.000Z',
    ],
  ])('%s', (_name, sources, expected) => {
    expect(latestPublication({ sources } as never)?.toISOString() ?? null).toBe(expected);
  });

  it('of the dataset: the newest publication date its sources give', () => {
    const dates = getDataset()
      .sources.map((s) => s.published)
      .filter((p): p is string => typeof p === 'string')
      .map((p) => (p.length === 4 ? `${p}-01-01` : p.length === 7 ? `${p}-01` : p))
      .sort();
    expect(latestPublication(getDataset())?.toISOString().slice(0, 10)).toBe(dates.at(-1));
  });
});

describe('stampCoreProperties', () => {
  it('sets created and modified, and nothing else', () => {
    const xml =
      '<cp:coreProperties><dc:title>T</dc:title>' +
      '<dcterms:created xsi:type="dcterms:W3CDTF">2026-12-01T20:21:18.123Z</dcterms:created>' +
      '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-12-01T20:21:18Z</dcterms:modified>' +
      '</cp:coreProperties>';
    expect(stampCoreProperties(xml, new Date(Date.UTC(2025, 0, 1)))).toBe(
      '<cp:coreProperties><dc:title>T</dc:title>' +
        '<dcterms:created xsi:type="dcterms:W3CDTF">2025-01-01T00:00:00Z</dcterms:created>' +
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-01-01T00:00:00Z</dcterms:modified>' +
        '</cp:coreProperties>',
    );
  });
});

const DATE = new Date(Date.UTC(2025, 0, 1));
const core = (when: string) =>
  `<cp:coreProperties><dcterms:created>${when}</dcterms:created><dcterms:modified>${when}</dcterms:modified></cp:coreProperties>`;

/** A PPTX-shaped zip as pptxgenjs writes it: chart parts numbered by `n`, dated `when`. */
async function officeZip(n: number, when: Date) {
  const sheet = new JSZip();
  sheet.file('docProps/core.xml', core(when.toISOString()), { date: when });
  sheet.file('xl/worksheets/sheet1.xml', '<worksheet/>', { date: when });
  const zip = new JSZip();
  const o = { date: when };
  zip.file(
    '[Content_Types].xml',
    `<Types><Override PartName="/ppt/charts/chart${n}.xml"/><Override PartName="/ppt/charts/chart${n + 1}.xml"/></Types>`,
    o,
  );
  zip.file('docProps/core.xml', core(when.toISOString()), o);
  zip.file('ppt/slides/_rels/slide1.xml.rels', `<R Target="/ppt/charts/chart${n}.xml"/>`, o);
  zip.file('ppt/slides/_rels/slide2.xml.rels', `<R Target="../charts/chart${n + 1}.xml"/>`, o);
  for (const k of [n, n + 1]) {
    zip.file(`ppt/charts/chart${k}.xml`, `<c:chartSpace id="${k === n ? 'a' : 'b'}"/>`, o);
    zip.file(
      `ppt/charts/_rels/chart${k}.xml.rels`,
      `<R Target="../embeddings/Microsoft_Excel_Worksheet${k}.xlsx"/>`,
      o,
    );
    zip.file(
      `ppt/embeddings/Microsoft_Excel_Worksheet${k}.xlsx`,
      await sheet.generateAsync({ type: 'uint8array' }),
      o,
    );
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

describe('stabiliseOfficeZip', () => {
  it('numbers chart and sheet parts from 1, rewrites every reference, and dates every entry', async () => {
    const out = await JSZip.loadAsync(
      await stabiliseOfficeZip(await officeZip(8, new Date()), DATE),
    );
    expect(Object.keys(out.files).filter((f) => !out.files[f]!.dir)).toEqual([
      '[Content_Types].xml',
      'docProps/core.xml',
      'ppt/slides/_rels/slide1.xml.rels',
      'ppt/slides/_rels/slide2.xml.rels',
      'ppt/charts/chart1.xml',
      'ppt/charts/_rels/chart1.xml.rels',
      'ppt/embeddings/Microsoft_Excel_Worksheet1.xlsx',
      'ppt/charts/chart2.xml',
      'ppt/charts/_rels/chart2.xml.rels',
      'ppt/embeddings/Microsoft_Excel_Worksheet2.xlsx',
    ]);
    const text = (name: string) => out.file(name)!.async('string');
    expect(await text('[Content_Types].xml')).toBe(
      '<Types><Override PartName="/ppt/charts/chart1.xml"/><Override PartName="/ppt/charts/chart2.xml"/></Types>',
    );
    expect(await text('ppt/slides/_rels/slide2.xml.rels')).toBe(
      '<R Target="../charts/chart2.xml"/>',
    );
    expect(await text('ppt/charts/chart2.xml')).toBe('<c:chartSpace id="b"/>');
    expect(await text('ppt/charts/_rels/chart1.xml.rels')).toBe(
      '<R Target="../embeddings/Microsoft_Excel_Worksheet1.xlsx"/>',
    );
    expect(await text('docProps/core.xml')).toBe(core('2025-01-01T00:00:00Z'));
    for (const entry of Object.values(out.files)) expect(entry.date).toEqual(DATE);
    const sheet = await JSZip.loadAsync(
      await out.file('ppt/embeddings/Microsoft_Excel_Worksheet2.xlsx')!.async('uint8array'),
    );
    expect(await sheet.file('docProps/core.xml')!.async('string')).toBe(
      core('2025-01-01T00:00:00Z'),
    );
    for (const entry of Object.values(sheet.files)) expect(entry.date).toEqual(DATE);
  });

  it('gives equal bytes for documents written at other times with other part numbers', async () => {
    const a = await stabiliseOfficeZip(await officeZip(1, new Date(Date.UTC(2026, 0, 1))), DATE);
    const b = await stabiliseOfficeZip(await officeZip(15, new Date(Date.UTC(2027, 5, 3))), DATE);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('gives one chart PPTX the same bytes however many charts the process built before', async () => {
    const spec = getChartSpec(getDataset(), 'crude-shipped');
    const first = await stabiliseOfficeZip(await buildChartPptx(spec), DATE);
    await buildChartPptx(getChartSpec(getDataset(), 'trade-trend'));
    const again = await stabiliseOfficeZip(await buildChartPptx(spec), DATE);
    expect(Buffer.from(first).equals(Buffer.from(again))).toBe(true);
  });
});

describe('stableZip', () => {
  it('gives the same bytes for the same entries, in their order, every entry dated', async () => {
    const entries = [
      { name: '01-title.png', bytes: new Uint8Array([1, 2, 3]) },
      { name: '02-x.png', bytes: new Uint8Array([4]) },
    ];
    const date = new Date('2025-01-01T00:00:00Z');
    const a = await stableZip(entries, date);
    await new Promise((r) => setTimeout(r, 5));
    expect(await stableZip(entries, date)).toEqual(a);
    const zip = await JSZip.loadAsync(a);
    expect(Object.keys(zip.files)).toEqual(['01-title.png', '02-x.png']);
    expect(zip.files['02-x.png']!.date.getTime()).toBe(date.getTime());
    expect(await zip.file('01-title.png')!.async('uint8array')).toEqual(entries[0]!.bytes);
  });
});
