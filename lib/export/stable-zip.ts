import JSZip from 'jszip';
import type { Dataset } from '@/data/types';

/** The earliest date a zip entry can carry (MS-DOS time starts in 1980), in UTC. */
export const ZIP_EPOCH = new Date(Date.UTC(1980, 0, 1));

/**
 * The newest publication date among the dataset's sources, as UTC midnight of its first day
 * (`2025-01` → 2025-01-01): the date the data was last true to, and the date its exports carry.
 * Sources without a date are skipped; null when none has one.
 *
 * @example latestPublication({ sources: [{ published: '2024-05' }, { published: '2025-01' }, { published: null }] })
 * // → 2025-01-01T00:00:00.000Z
 */
export function latestPublication(d: Pick<Dataset, 'sources'>): Date | null {
  let latest: number | null = null;
  for (const s of d.sources) {
    const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s.published ?? '');
    if (!m) continue;
    const t = Date.UTC(Number(m[1]), Number(m[2] ?? 1) - 1, Number(m[3] ?? 1));
    if (latest === null || t > latest) latest = t;
  }
  return latest === null ? null : new Date(latest);
}

/** `2025-01-01T00:00:00Z`: W3CDTF as Office writes it, without milliseconds. */
const w3cdtf = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

// pptxgenjs numbers chart parts by a counter global to the process, so the same deck built
// twice is chart1…7.xml the first time and chart8…14.xml the second.
const CHART_PART = /(\/charts\/(?:_rels\/)?chart)(\d+)(\.xml)/g;
const SHEET_PART = /(embeddings\/Microsoft_Excel_Worksheet)(\d+)(\.xlsx)/g;
const TEXT_PART = /\.(?:xml|rels)$/;

/** Old part number → 1, 2, … in the order the parts first appear among the entry names. */
function renumbering(names: readonly string[], pattern: RegExp): Map<string, string> {
  const map = new Map<string, string>();
  for (const name of names) {
    for (const m of `/${name}`.matchAll(pattern)) {
      if (!map.has(m[2]!)) map.set(m[2]!, String(map.size + 1));
    }
  }
  return map;
}

function renumber(text: string, maps: { chart: Map<string, string>; sheet: Map<string, string> }) {
  return text
    .replace(CHART_PART, (all, a: string, n: string, b: string) => {
      const to = maps.chart.get(n);
      return to === undefined ? all : `${a}${to}${b}`;
    })
    .replace(SHEET_PART, (all, a: string, n: string, b: string) => {
      const to = maps.sheet.get(n);
      return to === undefined ? all : `${a}${to}${b}`;
    });
}

/** Sets `dcterms:created` and `dcterms:modified` of an OOXML core-properties part to `date`. */
export function stampCoreProperties(xml: string, date: Date): string {
  return xml.replace(
    /(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g,
    (_all, open: string, _tag: string, close: string) => `${open}${w3cdtf(date)}${close}`,
  );
}

/**
 * The same Office document (PPTX, XLSX) with bytes that depend only on its content: every entry
 * dated `date`, the core properties' created/modified set to it, chart and embedded-sheet parts
 * numbered from 1 in order (with every reference to them), and embedded workbooks treated the
 * same way. Entry order and compression (DEFLATE) are kept, so a reader sees the same document.
 *
 * @example await stabiliseOfficeZip(await buildDeckPptx(o), new Date('2025-01-01')) // → equal bytes in any process, at any time
 */
export async function stabiliseOfficeZip(bytes: Uint8Array, date: Date): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files);
  const maps = { chart: renumbering(names, CHART_PART), sheet: renumbering(names, SHEET_PART) };
  const out = new JSZip();
  for (const name of names) {
    const entry = zip.files[name]!;
    const target = renumber(`/${name}`, maps).slice(1);
    if (entry.dir) {
      out.file(target, null, { dir: true, date });
      continue;
    }
    let content: string | Uint8Array;
    if (TEXT_PART.test(name)) {
      content = renumber(await entry.async('string'), maps);
      if (name === 'docProps/core.xml') content = stampCoreProperties(content, date);
    } else if (name.endsWith('.xlsx')) {
      content = await stabiliseOfficeZip(await entry.async('uint8array'), date);
    } else {
      content = await entry.async('uint8array');
    }
    out.file(target, content, { date, createFolders: false });
  }
  return out.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/**
 * A ZIP of `entries` in the order given, every entry dated `date` and stored uncompressed (PNGs
 * are compressed already), so the bytes depend only on the names and contents.
 *
 * @example await stableZip([{ name: '01-title.png', bytes }], ZIP_EPOCH) // → equal bytes in any process, at any time
 */
export async function stableZip(
  entries: readonly { name: string; bytes: Uint8Array }[],
  date: Date,
): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const e of entries) zip.file(e.name, e.bytes, { date, createFolders: false });
  return zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
}
