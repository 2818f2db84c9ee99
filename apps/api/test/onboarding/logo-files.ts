import { deflateSync } from 'node:zlib';

/** CRC-32 of a PNG chunk's type and data. */
function crc32(bytes: Buffer): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A real PNG of one colour, `size` pixels square; `padding` bytes of text make it as large as a test needs. */
export function pngLogo(size = 2, padding = 0): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(size * 3, 0x40)]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: size }, () => row)));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    ...(padding > 0 ? [chunk('tEXt', Buffer.alloc(padding, 0x61))] : []),
    chunk('IDAT', pixels),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A plain, harmless SVG logo: a gradient through a `#fragment`, which is allowed. */
export const SAFE_SVG = Buffer.from(
  `<?xml version="1.0" encoding="UTF-8"?>
<!-- Odder logo -->
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 120 40" width="120" height="40">
  <defs><linearGradient id="g"><stop offset="0" stop-color="#00594f"/><stop offset="1" stop-color="#00806f"/></linearGradient></defs>
  <rect id="r" width="120" height="40" rx="6" style="fill:url(#g)"/>
  <use xlink:href="#r" opacity="0.5"/>
  <text x="10" y="26" fill="#fff" font-size="16">Odder</text>
</svg>`,
  'utf8',
);

/** Each way an SVG can carry code or reach outside, with what the refusal must say. */
export const MALICIOUS_SVGS: { name: string; svg: string; says: RegExp }[] = [
  {
    name: 'a script',
    svg: '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>',
    says: /scripts/,
  },
  {
    name: 'an event handler',
    svg: '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect/></svg>',
    says: /hændelseskode/,
  },
  {
    name: 'a foreignObject',
    svg: '<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject></svg>',
    says: /foreignObject/,
  },
  {
    name: 'an external image',
    svg: '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><image xlink:href="https://tracker.example/p.png"/></svg>',
    says: /henviser til filer udefra/,
  },
  {
    name: 'an entity',
    svg: '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg xmlns="http://www.w3.org/2000/svg"><text>&x;</text></svg>',
    says: /entiteter/,
  },
  {
    name: 'a javascript: link',
    svg: '<svg xmlns="http://www.w3.org/2000/svg"><a href="javascript:alert(1)"><rect width="9" height="9"/></a></svg>',
    says: /javascript/,
  },
  {
    name: 'an external stylesheet',
    svg: '<svg xmlns="http://www.w3.org/2000/svg"><style>@import url(https://x.example/a.css);</style></svg>',
    says: /@import/,
  },
];
