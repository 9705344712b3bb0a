import { inflateSync } from 'node:zlib';

export interface DecodedPng {
  width: number;
  height: number;
  /** Bytes per pixel: 3 (RGB) or 4 (RGBA); 8-bit samples only. */
  channels: number;
  /** Unfiltered pixel rows, width × channels bytes each. */
  pixels: Uint8Array;
}

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from the IHDR chunk, without decoding. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  if (!SIGNATURE.every((b, i) => png[i] === b)) throw new Error('not a PNG');
  const view = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  if (view.toString('latin1', 12, 16) !== 'IHDR') throw new Error('IHDR is not the first chunk');
  return { width: view.readUInt32BE(16), height: view.readUInt32BE(20) };
}

/** Decodes an 8-bit RGB or RGBA, non-interlaced PNG (what resvg writes): IDAT inflate + unfilter. */
export function decodePng(png: Uint8Array): DecodedPng {
  const { width, height } = pngSize(png);
  const buf = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  const bitDepth = buf[24];
  const colorType = buf[25];
  const interlace = buf[28];
  if (bitDepth !== 8 || (colorType !== 2 && colorType !== 6) || interlace !== 0) {
    throw new Error(`unsupported PNG: depth ${bitDepth}, colour type ${colorType}`);
  }
  const channels = colorType === 6 ? 4 : 3;
  const idat: Buffer[] = [];
  for (let off = 8; off < buf.length;) {
    const len = buf.readUInt32BE(off);
    const type = buf.toString('latin1', off + 4, off + 8);
    if (type === 'IDAT') idat.push(buf.subarray(off + 8, off + 8 + len));
    off += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const pixels = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const src = y * (stride + 1) + 1;
    const row = y * stride;
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? pixels[row + x - channels]! : 0;
      const b = y > 0 ? pixels[row - stride + x]! : 0;
      const c = x >= channels && y > 0 ? pixels[row - stride + x - channels]! : 0;
      const v = raw[src + x]!;
      let predicted = 0;
      if (filter === 1) predicted = a;
      else if (filter === 2) predicted = b;
      else if (filter === 3) predicted = (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        predicted = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      pixels[row + x] = (v + predicted) & 0xff;
    }
  }
  return { width, height, channels, pixels };
}

/**
 * Pixels in a rectangle (fractions of the image) that differ from the image's top-left pixel by
 * more than `threshold` in any channel: "ink" on the background.
 */
export function inkPixels(
  img: DecodedPng,
  box: { x0: number; y0: number; x1: number; y1: number },
  threshold = 64,
): number {
  const { width, height, channels, pixels } = img;
  const bg = pixels.subarray(0, channels);
  let count = 0;
  for (let y = Math.floor(box.y0 * height); y < Math.ceil(box.y1 * height); y++) {
    for (let x = Math.floor(box.x0 * width); x < Math.ceil(box.x1 * width); x++) {
      const i = (y * width + x) * channels;
      for (let c = 0; c < channels; c++) {
        if (Math.abs(pixels[i + c]! - bg[c]!) > threshold) {
          count++;
          break;
        }
      }
    }
  }
  return count;
}
