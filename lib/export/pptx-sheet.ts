import JSZip from 'jszip';
import { escapeXml } from 'chart-render';

/** A cell: text, a number, a formula with the value it computes to, or empty. */
export type SheetCell = string | number | { formula: string; value: number } | null;

/** One column of the embedded sheet: a heading in row 1, its cells from row 2 down. */
export interface SheetColumn {
  header: string;
  cells: SheetCell[];
  /** Excel number format of the numbers in the column; absent: General. */
  numberFormat?: string;
}

/**
 * The column letters of a 0-based index.
 *
 * @example columnName(0) // → "A"; columnName(27) // → "AB"
 */
export function columnName(index: number): string {
  let n = index + 1;
  let name = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    name = String.fromCharCode(65 + r) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

/**
 * The absolute reference of rows `first`…`last` (1-based, inclusive) of a column in Sheet1.
 *
 * @example rangeRef(2, 2, 26) // → "Sheet1!$C$2:$C$26"; rangeRef(2, 1, 1) // → "Sheet1!$C$1"
 */
export function rangeRef(column: number, first: number, last: number): string {
  const c = columnName(column);
  return first === last ? `Sheet1!$${c}$${first}` : `Sheet1!$${c}$${first}:$${c}$${last}`;
}

/**
 * The worksheet XML of columns (null columns are left empty, to separate tables): headings in
 * row 1 as inline strings, numbers styled with their column's format, formulas with their
 * computed value cached.
 *
 * @example sheetXml([{ header: 'Year', cells: ['2006'] }, { header: 'US$ bn', cells: [8.36], numberFormat: '0.00' }])
 * // → '<?xml …?><worksheet …><sheetData><row r="1">…<c r="B2" s="1"><v>8.36</v></c></row></sheetData></worksheet>'
 */
export function sheetXml(columns: readonly (SheetColumn | null)[]): string {
  const formats = numberFormats(columns);
  const rows = Math.max(1, ...columns.map((c) => (c ? c.cells.length + 1 : 0)));
  const out: string[] = [];
  for (let r = 1; r <= rows; r++) {
    const cells = columns.flatMap((col, ci) => {
      if (!col) return [];
      const ref = `${columnName(ci)}${r}`;
      const cell = r === 1 ? col.header : col.cells[r - 2];
      if (cell === null || cell === undefined) return [];
      if (typeof cell === 'string') {
        return [
          `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(cell)}</t></is></c>`,
        ];
      }
      const s = col.numberFormat ? formats.indexOf(col.numberFormat) + 1 : 0;
      const style = s > 0 ? ` s="${s}"` : '';
      if (typeof cell === 'number') return [`<c r="${ref}"${style}><v>${cell}</v></c>`];
      return [`<c r="${ref}"${style}><f>${escapeXml(cell.formula)}</f><v>${cell.value}</v></c>`];
    });
    if (cells.length > 0) out.push(`<row r="${r}">${cells.join('')}</row>`);
  }
  const widths = columns
    .map((c, i) => {
      const chars = c ? Math.min(60, Math.max(10, c.header.length * 0.9)) : 3;
      return `<col min="${i + 1}" max="${i + 1}" width="${Math.round(chars)}" customWidth="1"/>`;
    })
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' +
    `<cols>${widths}</cols><sheetData>${out.join('')}</sheetData></worksheet>`
  );
}

/** The distinct number formats of the columns, in first-use order (style n + 1 uses format n). */
function numberFormats(columns: readonly (SheetColumn | null)[]): string[] {
  return [...new Set(columns.flatMap((c) => (c?.numberFormat ? [c.numberFormat] : [])))];
}

function stylesXml(formats: readonly string[]): string {
  const numFmts = formats
    .map((f, i) => `<numFmt numFmtId="${164 + i}" formatCode="${escapeXml(f)}"/>`)
    .join('');
  const xfs = formats
    .map(
      (_, i) =>
        `<xf numFmtId="${164 + i}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`,
    )
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    (formats.length > 0 ? `<numFmts count="${formats.length}">${numFmts}</numFmts>` : '') +
    '<fonts count="1"><font><sz val="11"/><name val="Arial"/></font></fonts>' +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    `<cellXfs count="${formats.length + 1}"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>${xfs}</cellXfs>` +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    '</styleSheet>'
  );
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
  '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
  '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
  '</Types>';

const ROOT_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
  '</Relationships>';

const WORKBOOK =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
  '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets><calcPr calcId="0" fullCalcOnLoad="1"/></workbook>';

const WORKBOOK_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
  '</Relationships>';

/**
 * The embedded workbook of a native chart: one sheet ("Sheet1", which the chart's references
 * name) holding `columns`, each number in its column's format. Asynchronous only because
 * zipping is.
 *
 * @example await buildWorkbook([{ header: 'Year', cells: ['2006'] }]) // → the bytes of a one-sheet .xlsx
 */
export async function buildWorkbook(columns: readonly (SheetColumn | null)[]): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', CONTENT_TYPES);
  zip.file('_rels/.rels', ROOT_RELS);
  zip.file('xl/workbook.xml', WORKBOOK);
  zip.file('xl/_rels/workbook.xml.rels', WORKBOOK_RELS);
  zip.file('xl/styles.xml', stylesXml(numberFormats(columns)));
  zip.file('xl/worksheets/sheet1.xml', sheetXml(columns));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
