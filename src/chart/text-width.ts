import { isWide } from './chart-font.ts';

/**
 * Line breaking for chart boxes, in pixels measured by `measure` (see chart-font.ts):
 * between words in Latin text, anywhere between CJK characters, and "…" where the text
 * does not fit in the lines it may take.
 */
export type Measure = (text: string) => number;

/**
 * A measure that measures each text once: a title is drawn on its own chart and on its
 * manager's, peers' and reports' charts, and a large organisation draws ten thousand.
 */
export function rememberingMeasure(measure: Measure): Measure {
	const widths = new Map<string, number>();
	return (text) => {
		let width = widths.get(text);
		if (width === undefined) widths.set(text, (width = measure(text)));
		return width;
	};
}

const wrapped = new WeakMap<Measure, Map<string, readonly string[]>>();

/**
 * Breaks text into at most `maxLines` lines no wider than `maxWidth`. What does not fit
 * ends the last line in "…". The same text, width and measure always break the same
 * way, so each is broken once.
 */
export function wrapText(text: string, maxWidth: number, maxLines: number, measure: Measure): string[] {
	let known = wrapped.get(measure);
	if (!known) wrapped.set(measure, (known = new Map()));
	const key = `${maxWidth}\n${maxLines}\n${text}`;
	let lines = known.get(key);
	if (!lines) known.set(key, (lines = breakLines(text, maxWidth, maxLines, measure)));
	return [...lines];
}

function breakLines(text: string, maxWidth: number, maxLines: number, measure: Measure): string[] {
	const tokens = tokenize(text.trim().replace(/\s+/g, ' '));
	const lines: string[] = [];
	let line = '';
	for (const token of tokens) {
		if (token === ' ') {
			if (line) line += ' ';
			continue;
		}
		if (!line.trim() || measure(line + token) <= maxWidth) {
			if (!line.trim() && measure(token) > maxWidth) {
				// A single word longer than a line: cut it.
				const [head, rest] = cut(token, maxWidth, measure);
				lines.push(head);
				line = rest;
			} else line += token;
		} else {
			lines.push(line.trimEnd());
			line = token;
		}
	}
	if (line.trim()) lines.push(line.trimEnd());
	if (lines.length <= maxLines) return lines;
	const kept = lines.slice(0, maxLines);
	kept[maxLines - 1] = ellipsize(`${kept[maxLines - 1]} ${lines.slice(maxLines).join(' ')}`, maxWidth, measure);
	return kept;
}

/** The text, shortened with "…" to fit `maxWidth`. */
export function ellipsize(text: string, maxWidth: number, measure: Measure): string {
	if (measure(text) <= maxWidth) return text;
	const chars = [...text];
	// Drop characters from the end until the rest and "…" fit.
	let keep = chars.length;
	while (keep > 0 && measure(`${chars.slice(0, keep).join('').trimEnd()}…`) > maxWidth) keep--;
	return `${chars.slice(0, keep).join('').trimEnd()}…`;
}

/** Words, single spaces, and single wide characters (a line may break before any of them). */
function tokenize(text: string): string[] {
	const tokens: string[] = [];
	let word = '';
	for (const char of text) {
		if (char === ' ' || isWide(char.codePointAt(0)!)) {
			if (word) tokens.push(word);
			tokens.push(char);
			word = '';
		} else word += char;
	}
	if (word) tokens.push(word);
	return tokens;
}

function cut(word: string, maxWidth: number, measure: Measure): [string, string] {
	const chars = [...word];
	let i = 1;
	while (i < chars.length && measure(chars.slice(0, i + 1).join('')) <= maxWidth) i++;
	return [chars.slice(0, i).join(''), chars.slice(i).join('')];
}
