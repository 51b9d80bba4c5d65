// Makes public/icon/<size>.png from assets/icon.svg, with no dependency beyond Node: the SVG's few shapes
// are drawn with 8 x 8 samples a pixel and written as PNG with node:zlib. The PNGs are committed, so the
// build never runs this; run it after changing the SVG.
//
//   node scripts/make-icons.mjs          writes the PNGs
//   node scripts/make-icons.mjs --check  exits 1 when a committed PNG differs from what the SVG gives
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync, inflateSync } from 'node:zlib';

export const ICON_SIZES = [16, 32, 48, 96, 128];
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SVG_PATH = join(ROOT, 'assets/icon.svg');
const iconPath = (size) => join(ROOT, `public/icon/${size}.png`);
const SAMPLES = 8;

// ---- The SVG subset: rect (with rx), circle, line (round caps); #rrggbb fills and strokes ----------------

function attributes(tag) {
  const attrs = {};
  for (const [, name, value] of tag.matchAll(/([a-z][a-z0-9-]*)="([^"]*)"/g)) attrs[name] = value;
  return attrs;
}

function colour(value, what) {
  if (value === undefined || value === 'none') return null;
  const hex = /^#([0-9a-f]{6})$/i.exec(value);
  if (!hex) throw new Error(`${what}: only #rrggbb or none, got ${value}`);
  const n = Number.parseInt(hex[1], 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function number(attrs, name, tag) {
  const value = Number(attrs[name] ?? (name === 'rx' || name === 'x' || name === 'y' ? 0 : Number.NaN));
  if (!Number.isFinite(value)) throw new Error(`<${tag}> needs a number ${name}`);
  return value;
}

/** The shapes to paint, in order, each as an inside test over SVG user units and its colour. */
export function parseIconSvg(svg) {
  const box = /viewBox="0 0 (\d+) (\d+)"/.exec(svg);
  if (!box || box[1] !== box[2]) throw new Error('the icon needs a square viewBox="0 0 N N"');
  const shapes = [];
  const body = svg.replace(/<!--[\s\S]*?-->/g, '');
  for (const [tag, name] of body.matchAll(/<([a-z]+)\b[^>]*>/g)) {
    if (name === 'svg' || name === 'title') continue;
    const a = attributes(tag);
    const fill = colour(a.fill, `<${name}> fill`);
    const stroke = colour(a.stroke, `<${name}> stroke`);
    const half = stroke ? number(a, 'stroke-width', name) / 2 : 0;
    if (name === 'rect') {
      const [x, y, w, h, rx] = ['x', 'y', 'width', 'height', 'rx'].map((k) => number(a, k, name));
      if (stroke) throw new Error('<rect>: strokes are not supported');
      const r = Math.min(rx, w / 2, h / 2);
      shapes.push({
        colour: fill,
        inside(px, py) {
          // Distance outside a rounded box, <= 0 inside.
          const qx = Math.abs(px - (x + w / 2)) - (w / 2 - r);
          const qy = Math.abs(py - (y + h / 2)) - (h / 2 - r);
          return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r <= 0;
        },
      });
    } else if (name === 'circle') {
      const [cx, cy, r] = ['cx', 'cy', 'r'].map((k) => number(a, k, name));
      if (fill) shapes.push({ colour: fill, inside: (px, py) => Math.hypot(px - cx, py - cy) <= r });
      if (stroke)
        shapes.push({ colour: stroke, inside: (px, py) => Math.abs(Math.hypot(px - cx, py - cy) - r) <= half });
    } else if (name === 'line') {
      const [x1, y1, x2, y2] = ['x1', 'y1', 'x2', 'y2'].map((k) => number(a, k, name));
      if (!stroke || fill || a['stroke-linecap'] !== 'round') throw new Error('<line>: a stroke with round caps only');
      const dx = x2 - x1;
      const dy = y2 - y1;
      const length2 = dx * dx + dy * dy;
      shapes.push({
        colour: stroke,
        inside(px, py) {
          const t = Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / length2));
          return Math.hypot(px - (x1 + t * dx), py - (y1 + t * dy)) <= half;
        },
      });
    } else {
      throw new Error(`<${name}> is not supported by scripts/make-icons.mjs`);
    }
  }
  return { units: Number(box[1]), shapes };
}

/** RGBA pixels, straight alpha: each pixel averages SAMPLES² points, each painted by the topmost shape. */
export function rasterise({ units, shapes }, size) {
  const pixels = Buffer.alloc(size * size * 4);
  const scale = units / size;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const ux = (px + (sx + 0.5) / SAMPLES) * scale;
          const uy = (py + (sy + 0.5) / SAMPLES) * scale;
          let paint = null;
          for (const shape of shapes) if (shape.colour && shape.inside(ux, uy)) paint = shape.colour;
          if (!paint) continue;
          r += paint[0];
          g += paint[1];
          b += paint[2];
          covered += 1;
        }
      }
      const at = (py * size + px) * 4;
      if (covered > 0) {
        pixels[at] = Math.round(r / covered);
        pixels[at + 1] = Math.round(g / covered);
        pixels[at + 2] = Math.round(b / covered);
        pixels[at + 3] = Math.round((covered * 255) / SAMPLES ** 2);
      }
    }
  }
  return pixels;
}

// ---- PNG: 8-bit RGBA, no interlace ---------------------------------------------------------------------

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 255] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

const SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);

export function encodePng(pixels, width, height = width) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8 bits, RGBA, deflate, adaptive filters, no interlace
  const stride = width * 4;
  const rows = Buffer.alloc(height * (stride + 1));
  for (let y = 0; y < height; y++) pixels.copy(rows, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Width, height and RGBA pixels of an 8-bit RGBA PNG (any filter), to compare icons by their pixels. */
export function decodePng(png) {
  if (!png.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG');
  let offset = 8;
  let width = 0;
  let height = 0;
  const idat = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      if (data[8] !== 8 || data[9] !== 6 || data[12] !== 0) throw new Error('only 8-bit RGBA, not interlaced');
    } else if (type === 'IDAT') idat.push(data);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const pixels = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const byte = raw[y * (stride + 1) + 1 + x];
      const left = x >= 4 ? pixels[y * stride + x - 4] : 0;
      const up = y > 0 ? pixels[(y - 1) * stride + x] : 0;
      const corner = x >= 4 && y > 0 ? pixels[(y - 1) * stride + x - 4] : 0;
      const p = left + up - corner;
      const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - corner)];
      const paeth = pa <= pb && pa <= pc ? left : pb <= pc ? up : corner;
      const predicted = [0, left, up, (left + up) >> 1, paeth][filter];
      if (predicted === undefined) throw new Error(`bad PNG filter ${filter}`);
      pixels[y * stride + x] = (byte + predicted) & 255;
    }
  }
  return { width, height, pixels };
}

// ---- CLI ----------------------------------------------------------------------------------------------

function main(check) {
  const icon = parseIconSvg(readFileSync(SVG_PATH, 'utf8'));
  const stale = [];
  for (const size of ICON_SIZES) {
    const pixels = rasterise(icon, size);
    const path = iconPath(size);
    if (check) {
      const committed = existsSync(path) ? decodePng(readFileSync(path)) : null;
      if (!committed || committed.width !== size || committed.height !== size || !committed.pixels.equals(pixels))
        stale.push(`public/icon/${size}.png`);
    } else {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, encodePng(pixels, size));
      console.log(`wrote public/icon/${size}.png`);
    }
  }
  if (stale.length > 0) {
    console.error(`Not what assets/icon.svg gives: ${stale.join(', ')}. Run: node scripts/make-icons.mjs`);
    process.exit(1);
  }
  if (check) console.log(`public/icon/{${ICON_SIZES.join(',')}}.png match assets/icon.svg`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.includes('--check'));
