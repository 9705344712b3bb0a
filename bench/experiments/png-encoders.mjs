// node bench/experiments/png-encoders.mjs [dir]: is there a faster PNG encoder whose files stay
// comparable to resvg's own (RenderedImage.asPng)? Encodes the same 1920×1080 renders (first 5
// charts, light) with resvg, with @napi-rs/image 1.15 (Rust `png` crate; compression Default or
// Fast = fdeflate, several filters) from resvg's RGBA pixels, and with a plain RGB encoder over
// fflate 0.8 (pure JS deflate). Neither package is a dependency: install them in `dir`
// (default: a temporary folder you made with `npm i @napi-rs/image@1.15.0 fflate@0.8.3`).
// Prints CPU ms and kB summed over the charts (median of 5 per chart). Opaque images only (the
// plain encoder drops alpha).
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { require as appRequire } from '../lib/server.mjs';
import { loadSpecs } from '../lib/specs.mjs';

const dir = process.argv[2];
if (!dir)
  throw new Error('png-encoders: pass the folder where @napi-rs/image and fflate are installed');
const req = createRequire(join(dir, 'package.json'));
const { Transformer, CompressionType: C, FilterType: F } = req('@napi-rs/image');
const fflate = req('fflate');
/** @type {typeof import('chart-render')} */
const cr = appRequire('chart-render');
const { Resvg } = appRequire('@resvg/resvg-js');
const { specs, ids } = await loadSpecs();

const T = new Uint32Array(256);
for (let n = 0; n < 256; n++) {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  T[n] = c >>> 0;
}
const crc = (/** @type {Uint8Array} */ b) => {
  let c = ~0;
  for (let i = 0; i < b.length; i++) c = T[(c ^ b[i]) & 255] ^ (c >>> 8);
  return ~c >>> 0;
};
function chunk(/** @type {string} */ type, /** @type {Uint8Array} */ data) {
  const b = Buffer.alloc(12 + data.length);
  b.writeUInt32BE(data.length, 0);
  b.write(type, 4, 'latin1');
  b.set(data, 8);
  b.writeUInt32BE(crc(b.subarray(4, 8 + data.length)), 8 + data.length);
  return b;
}
/** RGB, filter Up on every row, deflated by fflate at `level`. */
function rgbPng(
  /** @type {Buffer} */ px,
  /** @type {number} */ w,
  /** @type {number} */ h,
  /** @type {number} */ level,
) {
  const stride = w * 3;
  const raw = new Uint8Array((stride + 1) * h);
  let o = 0;
  for (let y = 0; y < h; y++) {
    raw[o++] = 2;
    for (let x = 0; x < w; x++) {
      const s = (y * w + x) * 4;
      raw[o++] = px[s];
      raw[o++] = px[s + 1];
      raw[o++] = px[s + 2];
    }
  }
  for (let y = h - 1; y >= 1; y--) {
    const r = y * (stride + 1) + 1;
    const p = r - stride - 1;
    for (let i = 0; i < stride; i++) raw[r + i] = (raw[r + i] - raw[p + i]) & 255;
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', fflate.zlibSync(raw, { level })),
    chunk('IEND', new Uint8Array()),
  ]);
}
const napi = (/** @type {any} */ img, /** @type {number} */ c, /** @type {number} */ f) =>
  Transformer.fromRgbaPixels(img.pixels, img.width, img.height).pngSync({
    compressionType: c,
    filterType: f,
  });
/** @type {Record<string, (img: any) => Buffer>} */
const variants = {
  'resvg asPng (today)': (img) => img.asPng(),
  '@napi-rs/image Default, no filter': (img) => napi(img, C.Default, F.NoFilter),
  '@napi-rs/image Default, Sub': (img) => napi(img, C.Default, F.Sub),
  '@napi-rs/image Fast, Up': (img) => napi(img, C.Fast, F.Up),
  '@napi-rs/image Fast, adaptive': (img) => napi(img, C.Fast, F.Adaptive),
  'RGB + fflate level 1': (img) => rgbPng(img.pixels, img.width, img.height, 1),
  'RGB + fflate level 6': (img) => rgbPng(img.pixels, img.width, img.height, 6),
  '(resvg pixels getter alone)': (img) => img.pixels,
};
const cpu = (/** @type {() => Buffer} */ f) => {
  const xs = [];
  let len = 0;
  for (let i = 0; i < 5; i++) {
    const c = process.cpuUsage();
    len = f().length;
    const u = process.cpuUsage(c);
    xs.push((u.user + u.system) / 1000);
  }
  return [xs.sort((a, b) => a - b)[2], len];
};
/** @type {Record<string, { ms: number; bytes: number }>} */
const sum = {};
for (const spec of specs.slice(0, 5)) {
  const img = new Resvg(
    cr.renderChartImage(spec, { width: 1920, height: 1080 }),
    cr.RESVG_OPTIONS,
  ).render();
  for (const [k, f] of Object.entries(variants)) {
    const [ms, bytes] = cpu(() => f(img));
    sum[k] ??= { ms: 0, bytes: 0 };
    sum[k].ms += ms;
    sum[k].bytes += bytes;
  }
}
console.log(`${ids.slice(0, 5).join(', ')} at 1920×1080: CPU ms and kB, summed`);
for (const [k, v] of Object.entries(sum)) {
  console.log(
    `  ${k.padEnd(36)} ${v.ms.toFixed(1).padStart(7)} ms ${(v.bytes / 1000).toFixed(0).padStart(7)} kB`,
  );
}
