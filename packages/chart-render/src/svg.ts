/**
 * Escapes &, <, >, " and ' for SVG/XML text and attribute values: the one escape every SVG the
 * engine writes goes through.
 *
 * @example escapeXml('<a & "b">') // → "&lt;a &amp; &quot;b&quot;&gt;"
 */
export function escapeXml(text: string): string {
  return String(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * A coordinate rounded to 2 decimals, so output is short and identical on every machine.
 *
 * @example r2(1 / 3) // → 0.33
 */
export function r2(n: number): number {
  return Math.round(n * 100) / 100;
}

type AttrValue = string | number | null | undefined | false;

/**
 * An SVG element as a string; null, undefined and false attributes are left out, numbers are
 * rounded with r2, strings escaped.
 *
 * @example el('rect', { x: 1, width: 2.555, fill: '#fff' }) // → '<rect x="1" width="2.56" fill="#fff"/>'
 */
export function el(name: string, attrs: Record<string, AttrValue>, children?: string): string {
  let out = `<${name}`;
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    out += ` ${k}="${typeof v === 'number' ? r2(v) : escapeXml(v)}"`;
  }
  return children === undefined ? `${out}/>` : `${out}>${children}</${name}>`;
}

/**
 * Makes a string safe inside an id and a url(#…) reference.
 *
 * @example safeId('trade trend/1') // → "trade-trend-1"
 */
export function safeId(id: string): string {
  return id.replace(/[^A-Za-z0-9_-]/g, '-');
}
