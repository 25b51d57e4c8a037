/**
 * Text width estimated without a browser: the layout runs at build time, where no font
 * can be measured. A Latin letter counts one unit and a CJK character (or any other
 * full-width one) two, which is close to how system sans-serif fonts draw them; boxes
 * are sized with a little slack so that the estimate never clips a title.
 */

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

/** Letters clearly narrower than the average, and clearly wider. */
const NARROW = new Set("iljtfrI.,:;'’!|()[] -");
const BROAD = new Set('ABCDEFGHKMNOQRUVWXYZ@%&mw');

/** Width of one character in units: 2 for CJK, 1 for most Latin, less for narrow letters. */
export function charUnits(char: string): number {
	if (isWide(char.codePointAt(0)!)) return 2;
	if (NARROW.has(char)) return 0.6;
	if (BROAD.has(char)) return 1.25;
	return 1;
}

export function textUnits(text: string): number {
	let units = 0;
	for (const char of text) units += charUnits(char);
	return units;
}

/**
 * Breaks text into at most `maxLines` lines of at most `maxUnits` each: between words
 * for Latin text, anywhere between CJK characters. What does not fit ends in "…".
 */
export function wrapText(text: string, maxUnits: number, maxLines: number): string[] {
	const tokens = tokenize(text.trim());
	const lines: string[] = [];
	let line = '';
	let width = 0;
	for (const token of tokens) {
		const tokenWidth = textUnits(token);
		if (/^\s+$/.test(token)) {
			if (line) {
				line += ' ';
				width += 0.6;
			}
			continue;
		}
		if (width + tokenWidth <= maxUnits || !line) {
			if (tokenWidth > maxUnits && !line) {
				// A single word longer than a line: cut it.
				const [head, rest] = cut(token, maxUnits);
				lines.push(head);
				line = rest;
				width = textUnits(rest);
			} else {
				line += token;
				width += tokenWidth;
			}
		} else {
			lines.push(line.trimEnd());
			line = token;
			width = tokenWidth;
		}
	}
	if (line.trim()) lines.push(line.trimEnd());
	if (lines.length <= maxLines) return lines;
	const kept = lines.slice(0, maxLines);
	kept[maxLines - 1] = ellipsize(`${kept[maxLines - 1]} ${lines.slice(maxLines).join(' ')}`, maxUnits);
	return kept;
}

/** The text, shortened with "…" to fit `maxUnits`. */
export function ellipsize(text: string, maxUnits: number): string {
	if (textUnits(text) <= maxUnits) return text;
	let out = '';
	let width = 1;
	for (const char of text) {
		const w = charUnits(char);
		if (width + w > maxUnits) break;
		out += char;
		width += w;
	}
	return `${out.trimEnd()}…`;
}

/** Words, runs of spaces, and single wide characters (a line may break before any of them). */
function tokenize(text: string): string[] {
	const tokens: string[] = [];
	let word = '';
	let spaces = false;
	for (const char of text) {
		const space = char === ' ' || char === '\t' || char === '\n';
		if (isWide(char.codePointAt(0)!)) {
			if (word) tokens.push(word);
			tokens.push(char);
			word = '';
		} else if (word && space !== spaces) {
			tokens.push(word);
			word = char;
		} else word += char;
		spaces = space;
	}
	if (word) tokens.push(word);
	return tokens;
}

function cut(word: string, maxUnits: number): [string, string] {
	let head = '';
	let width = 0;
	const chars = [...word];
	let i = 0;
	for (; i < chars.length; i++) {
		const w = charUnits(chars[i]!);
		if (width + w > maxUnits) break;
		head += chars[i];
		width += w;
	}
	return [head, chars.slice(i).join('')];
}
