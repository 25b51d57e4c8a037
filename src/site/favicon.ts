import { deflateSync } from 'node:zlib';

/** The site's default accent (site.css), used when `site.theme.accent` is not a hex colour. */
const DEFAULT_ACCENT = '#1f5fbf';

/**
 * The generated icon, for a site without a logo: the organisation's first letter, white on
 * its accent colour, as SVG. The text is escaped; the accent is a checked CSS colour.
 */
export function faviconSvg(organization: string, accent: string | undefined): string {
	const letter = [...organization.trim()][0] ?? '';
	const escaped = letter.replace(/[&<>"']/g, (c) => `&#${c.codePointAt(0)};`);
	return [
		'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">',
		`<rect width="64" height="64" rx="14" fill="${accent ?? DEFAULT_ACCENT}"/>`,
		`<text x="32" y="33" dy=".35em" text-anchor="middle" font-family="system-ui, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif" font-size="38" font-weight="700" fill="#fff">${escaped}</text>`,
		'</svg>',
		'',
	].join('\n');
}

/**
 * `/favicon.ico`, which browsers and crawlers ask for whatever the page links to: a
 * 32 × 32 rounded square in the accent colour (a letter would need a font rasteriser),
 * as a PNG inside an ICO container, which every browser reads.
 */
export function faviconIco(accent: string | undefined): Uint8Array<ArrayBuffer> {
	const png = roundedSquarePng(32, hexColour(accent) ?? hexColour(DEFAULT_ACCENT)!);
	const header = Buffer.alloc(22);
	header.writeUInt16LE(0, 0); // reserved
	header.writeUInt16LE(1, 2); // type: icon
	header.writeUInt16LE(1, 4); // one image
	header.writeUInt8(32, 6); // width
	header.writeUInt8(32, 7); // height
	header.writeUInt8(0, 8); // no palette
	header.writeUInt8(0, 9);
	header.writeUInt16LE(1, 10); // colour planes
	header.writeUInt16LE(32, 12); // bits per pixel
	header.writeUInt32LE(png.length, 14);
	header.writeUInt32LE(22, 18); // where the image starts
	return new Uint8Array(Buffer.concat([header, png]));
}

function hexColour(colour: string | undefined): [number, number, number] | undefined {
	const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})([0-9a-f]{2})?$/i.exec(colour?.trim() ?? '')?.[1];
	if (!hex) return undefined;
	const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
	return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
}

/** An RGBA PNG of a square with rounded corners (transparent outside them). */
function roundedSquarePng(size: number, [r, g, b]: [number, number, number]): Buffer {
	const radius = size * 0.22;
	const rows: Buffer[] = [];
	for (let y = 0; y < size; y++) {
		const row = Buffer.alloc(1 + size * 4); // filter byte 0, then pixels
		for (let x = 0; x < size; x++) {
			const dx = Math.max(radius - x - 0.5, x + 0.5 - (size - radius), 0);
			const dy = Math.max(radius - y - 0.5, y + 0.5 - (size - radius), 0);
			const alpha = Math.max(0, Math.min(1, radius - Math.hypot(dx, dy) + 0.5));
			row.set([r, g, b, Math.round(alpha * 255)], 1 + x * 4);
		}
		rows.push(row);
	}
	const ihdr = Buffer.alloc(13);
	ihdr.writeUInt32BE(size, 0);
	ihdr.writeUInt32BE(size, 4);
	ihdr.set([8, 6, 0, 0, 0], 8); // 8 bits, RGBA, deflate, no filter, no interlace
	return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}

function chunk(type: string, data: Buffer): Buffer {
	const head = Buffer.alloc(8);
	head.writeUInt32BE(data.length, 0);
	head.write(type, 4, 'ascii');
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
	return Buffer.concat([head, data, crc]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});

function crc32(bytes: Buffer): number {
	let c = 0xffffffff;
	for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}
