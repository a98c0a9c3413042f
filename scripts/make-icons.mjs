// Draws the toolbar icon (a walking figure on a green tile) as PNGs into assets/public/icon/.
// Run by hand when the icon changes: `node scripts/make-icons.mjs`. Pure Node, no image library.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 128];
const GREEN = [31, 111, 84];
const WHITE = [255, 255, 255];

const segments = [
  [0.52, 0.36, 0.46, 0.6], // body
  [0.46, 0.6, 0.34, 0.82], // back leg
  [0.46, 0.6, 0.6, 0.8], // front leg
  [0.5, 0.42, 0.64, 0.53], // front arm
  [0.5, 0.42, 0.37, 0.5], // back arm
];

function distToSegment(px, py, [ax, ay, bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function colourAt(x, y) {
  const r = 0.2;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if (Math.hypot(x - cx, y - cy) > r) return null; // outside the rounded tile
  const head = Math.hypot(x - 0.56, y - 0.24) < 0.085;
  const limb = segments.some((s) => distToSegment(x, y, s) < 0.055);
  return head || limb ? WHITE : GREEN;
}

function pixel(size, px, py) {
  const n = 4; // supersampling for smooth edges
  let [r, g, b, a] = [0, 0, 0, 0];
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      const c = colourAt((px + (i + 0.5) / n) / size, (py + (j + 0.5) / n) / size);
      if (!c) continue;
      r += c[0];
      g += c[1];
      b += c[2];
      a += 255;
    }
  const covered = a / 255;
  return covered ? [r / covered, g / covered, b / covered, a / (n * n)].map(Math.round) : [0, 0, 0, 0];
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

function png(size) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) Buffer.from(pixel(size, x, y)).copy(raw, y * (size * 4 + 1) + 1 + x * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const dir = new URL('../assets/public/icon/', import.meta.url);
mkdirSync(dir, { recursive: true });
for (const size of SIZES) writeFileSync(new URL(`${size}.png`, dir), png(size));
console.log(`icons written: ${SIZES.join(', ')} px`);
