/**
 * List numbering as HR documents write it: 1、 1. 1) (1) （一） 一、 ① A、 a) Ⅰ、 1.1
 * 第一条 and bullets. Numbers with 、, . and ．are one family: authors mix them in one list
 * (1. 2. 3、 4.), and treating them as one keeps such a list together.
 */

export type MarkerFamily =
	| 'arabic'
	| 'arabic-paren'
	| 'arabic-enclosed'
	| 'cjk'
	| 'cjk-enclosed'
	| 'circled'
	| 'latin-upper'
	| 'latin-lower'
	| 'article'
	| 'outline'
	| 'roman'
	| 'bullet';

export interface Marker {
	family: MarkerFamily;
	/** The item's number; bullets have none. */
	number: number | undefined;
	/** The marker as written, with the spaces after it. */
	raw: string;
	/** No separator between the number and the text (`5进行…`): trusted only in sequence. */
	bare: boolean;
	/** A dot followed by a digit (`2.8年…`): read as a number only in sequence. */
	beforeDigit: boolean;
	/** How many numbers an outline number has: 2 for 1.1, 3 for 1.1.1. */
	depth?: number;
}

const CJK_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 两: 2 };

/** 一 … 九十九 as a number; undefined for anything else. */
export function cjkNumber(text: string): number | undefined {
	if (!/^[一二三四五六七八九十两]{1,3}$/.test(text)) return undefined;
	if (!text.includes('十')) return text.length === 1 ? CJK_DIGITS[text] : undefined;
	const [tens, ones] = text.split('十') as [string, string];
	const t = tens === '' ? 1 : CJK_DIGITS[tens];
	const o = ones === '' ? 0 : CJK_DIGITS[ones];
	return t === undefined || o === undefined ? undefined : t * 10 + o;
}

const BULLETS = '•●○◆◇■□❑❏▪▫►▶➢➤✓✔√·・◎★☆※';

/** Units after a number that make it a quantity, not a list number: 2.8年, 3.5万元. */
const UNITS = '年月日号個个人天岁次名万千百倍时小周期层楼点分元';

interface Pattern {
	family: MarkerFamily;
	re: RegExp;
	number: (match: RegExpExecArray) => number | undefined;
	bare?: boolean;
}

/** Tried in order at one position; every pattern is sticky. */
const PATTERNS: Pattern[] = [
	{ family: 'article', re: /第([一二三四五六七八九十两\d]{1,4})条\s*/y, number: (m) => cjkNumber(m[1]!) ?? Number(m[1]) },
	{ family: 'arabic-enclosed', re: /[(（]\s*(\d{1,2})\s*[)）]\s*/y, number: (m) => Number(m[1]) },
	{ family: 'cjk-enclosed', re: /[(（]\s*([一二三四五六七八九十]{1,3})\s*[)）]\s*/y, number: (m) => cjkNumber(m[1]!) },
	{ family: 'outline', re: new RegExp(`(\\d{1,2}(?:\\.\\d{1,2}){1,3})(?:\\s+|(?=[\\u3400-\\u9fff])(?![${UNITS}]))`, 'y'), number: (m) => Number(m[1]!.split('.').at(-1)) },
	{ family: 'roman', re: /([\u2160-\u216b])\s*[、.．]?\s*/y, number: (m) => m[1]!.charCodeAt(0) - 0x2160 + 1 },
	{ family: 'arabic-enclosed', re: /([\u2474-\u2487])\s*/y, number: (m) => m[1]!.charCodeAt(0) - 0x2474 + 1 },
	{ family: 'arabic', re: /([\u2488-\u249b])\s*/y, number: (m) => m[1]!.charCodeAt(0) - 0x2488 + 1 },
	{ family: 'circled', re: /([\u2460-\u2473])\s*/y, number: (m) => m[1]!.charCodeAt(0) - 0x2460 + 1 },
	{ family: 'cjk', re: /([一二三四五六七八九十]{1,3})\s*[、.．]\s*/y, number: (m) => cjkNumber(m[1]!) },
	{ family: 'arabic', re: /(\d{1,2})\s*[、.．](?![、.．])\s*/y, number: (m) => Number(m[1]) },
	{ family: 'arabic-paren', re: /(\d{1,2})[)）]\s*/y, number: (m) => Number(m[1]) },
	{ family: 'latin-upper', re: /([A-Z])(?:、|[.．)）](?=\s|[\u3400-\u9fff]))\s*/y, number: (m) => m[1]!.charCodeAt(0) - 64 },
	{ family: 'latin-lower', re: /([a-z])(?:、|[.)](?=\s))\s*/y, number: (m) => m[1]!.charCodeAt(0) - 96 },
	{ family: 'arabic', re: new RegExp(`(\\d{1,2})(?=[\\u3400-\\u9fff])(?![${UNITS}])`, 'y'), number: (m) => Number(m[1]), bare: true },
	{ family: 'bullet', re: new RegExp(`([${BULLETS}])\\s*`, 'y'), number: () => undefined },
	{ family: 'bullet', re: /([-*+–—])\s+/y, number: () => undefined },
];

/** The marker at `position` of `text`, if the text there reads as one. */
export function markerAt(text: string, position = 0): Marker | undefined {
	for (const pattern of PATTERNS) {
		pattern.re.lastIndex = position;
		const match = pattern.re.exec(text);
		if (!match) continue;
		const number = pattern.number(match);
		if (pattern.family !== 'bullet' && (number === undefined || Number.isNaN(number))) continue;
		const end = position + match[0].length;
		// A marker must introduce something: `1、` alone at the end of a line is not an item.
		if (end >= text.length && pattern.family !== 'bullet') continue;
		const beforeDigit = pattern.family === 'arabic' && /\d/.test(text[end] ?? '');
		const depth = pattern.family === 'outline' ? match[1]!.split('.').length : undefined;
		return { family: pattern.family, number, raw: match[0], bare: pattern.bare === true, beforeDigit, ...(depth ? { depth } : {}) };
	}
	return undefined;
}

/** The style a marker is compared by when deciding whether two items are siblings. */
export function styleOf(marker: Marker): string {
	if (marker.family === 'bullet') return `bullet:${marker.raw.trim()[0] ?? ''}`;
	if (marker.family === 'outline') return `outline:${marker.depth}`;
	return marker.family;
}

/** Markers that only count when they continue the list in progress. */
export function needsSequence(marker: Marker): boolean {
	return marker.bare || marker.beforeDigit;
}
