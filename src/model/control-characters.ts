import type { PathSegment } from './source-file.ts';

/** C0 control characters other than tab, line feed and carriage return, and DEL: never text. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

export interface ControlCharacterProblem {
	path: PathSegment[];
	/** A key name that holds the character, or the text value. */
	target: 'key' | 'value';
	/** The offending text, shown escaped. */
	text: string;
}

export function hasControlCharacter(text: string): boolean {
	return CONTROL.test(text);
}

/**
 * Writes control characters (and other line breaks) as visible escapes, `\u001b`, so
 * a message quoting a key or a value cannot move the terminal's cursor, colour its text,
 * or fake a line of output.
 */
export function showControlCharacters(text: string): string {
	return text.replace(CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).replace(/[\u0085\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Every key and text of a parsed document that holds a control character. Such
 * characters make the SVG charts malformed XML and put raw NULs into pages; no
 * organisation needs them.
 */
export function findControlCharacters(data: unknown): ControlCharacterProblem[] {
	const problems: ControlCharacterProblem[] = [];
	const seen = new Set<object>();
	const walk = (value: unknown, path: PathSegment[]) => {
		if (typeof value === 'string') {
			if (CONTROL.test(value)) problems.push({ path, target: 'value', text: value });
			return;
		}
		if (value === null || typeof value !== 'object' || seen.has(value)) return;
		// Anchored values are shared; each is checked once, where it is defined.
		seen.add(value);
		if (Array.isArray(value)) {
			value.forEach((item, index) => walk(item, [...path, index]));
			return;
		}
		for (const [key, item] of Object.entries(value)) {
			if (CONTROL.test(key)) problems.push({ path: [...path, key], target: 'key', text: key });
			walk(item, [...path, key]);
		}
	};
	walk(data, []);
	return problems;
}
