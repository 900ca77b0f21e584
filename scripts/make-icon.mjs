// Draws images/icon.png (128x128 RGBA): a chat bubble showing "414" in seven-segment digits.
// Written by hand with zlib so the project needs no image library. Usage: node scripts/make-icon.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const SAMPLES = 4; // 4x4 supersampling per pixel for smooth edges
const BLUE = [30, 90, 168];
const WHITE = [255, 255, 255];
const ORANGE = [245, 146, 35];

// --- shapes: each returns true when the point (x, y) is inside -------------------------------
const roundRect = (x0, y0, x1, y1, r) => (x, y) => {
  const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
  const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && dx * dx + dy * dy <= r * r;
};
const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const triangle =
  ([ax, ay], [bx, by], [cx, cy]) =>
  (x, y) => {
    const side = (px, py, qx, qy) => (qx - px) * (y - py) - (qy - py) * (x - px);
    const s1 = side(ax, ay, bx, by),
      s2 = side(bx, by, cx, cy),
      s3 = side(cx, cy, ax, ay);
    return (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0);
  };
const union =
  (...shapes) =>
  (x, y) =>
    shapes.some((s) => s(x, y));

// seven-segment digits 18x40 with 5px strokes; only the segments "4" and "1" need
const T = 5,
  W = 18,
  H = 40;
const bar = (x0, y0, x1, y1) => roundRect(x0, y0, x1, y1, T / 2);
const four = (x, y) =>
  union(
    bar(x, y, x + T, y + H / 2 + T / 2), // upper left
    bar(x + W - T, y, x + W, y + H), // right, full height
    bar(x, y + H / 2 - T / 2, x + W, y + H / 2 + T / 2), // middle
  );
const one = (x, y) => bar(x + (W - T) / 2, y, x + (W + T) / 2, y + H);

const layers = [
  [roundRect(0, 0, SIZE, SIZE, 26), BLUE],
  [union(roundRect(16, 24, 112, 92, 16), triangle([34, 90], [58, 90], [28, 112])), WHITE],
  [union(four(29, 38), one(55, 38), four(81, 38)), BLUE],
  [circle(104, 26, 14), WHITE],
  [circle(104, 26, 10), ORANGE],
];

// --- raster: colour = last layer covering the sample; alpha from coverage ------------------
const rows = [];
for (let py = 0; py < SIZE; py++) {
  const row = Buffer.alloc(1 + SIZE * 4); // leading filter byte 0 (None)
  for (let px = 0; px < SIZE; px++) {
    const acc = [0, 0, 0, 0];
    for (let sy = 0; sy < SAMPLES; sy++) {
      for (let sx = 0; sx < SAMPLES; sx++) {
        const x = px + (sx + 0.5) / SAMPLES,
          y = py + (sy + 0.5) / SAMPLES;
        let colour = null;
        for (const [inside, c] of layers) if (inside(x, y)) colour = c;
        if (colour) {
          acc[0] += colour[0];
          acc[1] += colour[1];
          acc[2] += colour[2];
          acc[3]++;
        }
      }
    }
    const n = acc[3];
    const o = 1 + px * 4;
    if (n) {
      row[o] = acc[0] / n;
      row[o + 1] = acc[1] / n;
      row[o + 2] = acc[2] / n;
    }
    row[o + 3] = Math.round((255 * n) / (SAMPLES * SAMPLES));
  }
  rows.push(row);
}

// --- PNG container ---------------------------------------------------------------------
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(SIZE, 0);
ihdr.writeUInt32BE(SIZE, 4);
ihdr[8] = 8; // bit depth
ihdr[9] = 6; // colour type RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
mkdirSync('images', { recursive: true });
writeFileSync('images/icon.png', png);
console.log(`images/icon.png: ${png.length} bytes`);
