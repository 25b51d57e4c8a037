import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create, type Font } from 'fontkit';

/**
 * The font charts are drawn in, and text measured in it. Boxes are sized at build time,
 * where there is no browser, so the chart ships its own Latin font (Inter, through
 * @fontsource) with the site and in every downloaded SVG, and measures text with that
 * font's own advance widths: what is measured is what is drawn, on any machine.
 *
 * Characters Inter does not have fall to the system's fonts: CJK characters (and other
 * full-width ones) are one em wide in every CJK font; anything else is given a generous
 * 0.62 em.
 */

export type Weight = 400 | 600;

/** The family list for SVG `font-family` attributes: Inter first, then each platform's CJK fonts. */
export const CHART_FONT_FAMILY =
	"Inter, 'PingFang SC', 'PingFang TC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Microsoft JhengHei', 'Noto Sans CJK SC', 'Noto Sans CJK TC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', sans-serif";

/** The font files, by weight: the Latin subset first, then Latin Extended. */
const FILES: Record<Weight, string[]> = {
	400: ['inter-latin-400-normal.woff2', 'inter-latin-ext-400-normal.woff2'],
	600: ['inter-latin-600-normal.woff2', 'inter-latin-ext-600-normal.woff2'],
};

const require = createRequire(import.meta.url);

/** Where a font file of @fontsource/inter is. */
export function chartFontFile(name: string): string {
	return require.resolve(`@fontsource/inter/files/${name}`);
}

/** The files the downloaded SVG embeds: the Latin subset of each weight. */
export function embeddedFontFiles(): { weight: Weight; file: string }[] {
	return ([400, 600] as const).map((weight) => ({ weight, file: chartFontFile(FILES[weight][0]!) }));
}

const fonts = new Map<Weight, Font[]>();
const advances = new Map<Weight, Map<number, number>>();

function fontsOf(weight: Weight): Font[] {
	let list = fonts.get(weight);
	if (!list) {
		list = FILES[weight].map((name) => create(readFileSync(chartFontFile(name))));
		fonts.set(weight, list);
	}
	return list;
}

/** Code point ranges of characters as wide as they are tall: Hangul Jamo, CJK, kana, Hangul, full-width forms, emoji. */
const WIDE_RANGES = [
	[0x1100, 0x115f],
	[0x2e80, 0x303e],
	[0x3041, 0x33ff],
	[0x3400, 0x4dbf],
	[0x4e00, 0x9fff],
	[0xa960, 0xa97f],
	[0xac00, 0xd7a3],
	[0xf900, 0xfaff],
	[0xfe30, 0xfe4f],
	[0xff00, 0xff60],
	[0xffe0, 0xffe6],
	[0x1f300, 0x1faff],
	[0x20000, 0x3fffd],
] as const;

export function isWide(codePoint: number): boolean {
	if (codePoint < 0x1100) return false;
	for (const [from, to] of WIDE_RANGES) if (codePoint >= from && codePoint <= to) return true;
	return false;
}

/** A character's advance in em. */
function advance(codePoint: number, weight: Weight): number {
	let cache = advances.get(weight);
	if (!cache) advances.set(weight, (cache = new Map()));
	let em = cache.get(codePoint);
	if (em === undefined) {
		if (isWide(codePoint)) em = 1;
		else {
			const font = fontsOf(weight).find((candidate) => candidate.hasGlyphForCodePoint(codePoint));
			em = font ? font.glyphForCodePoint(codePoint).advanceWidth / font.unitsPerEm : 0.62;
		}
		cache.set(codePoint, em);
	}
	return em;
}

/**
 * The width of `text` in pixels at `size` px and `weight`. Kerning is left out: in Inter
 * it only ever tightens a line, so the measure errs on the wide side.
 */
export function measureText(text: string, size: number, weight: Weight = 400): number {
	let em = 0;
	for (const char of text) em += advance(char.codePointAt(0)!, weight);
	return em * size;
}
