import { isScalar, Schema, type CollectionTag, type ScalarTag } from 'yaml';
import { hasControlCharacter } from './control-characters.ts';

/**
 * A quick reader for the plain YAML content files are written in: block mappings and
 * sequences, one-line scalars (plain, quoted, or in one-line flow collections), and literal
 * or folded block scalars. It gives exactly the data `yaml` would (YAML 1.2, core schema)
 * at a fraction of the cost, since it builds no syntax tree. Anything else it declines
 * (anchors, tags, multi-line plain or quoted text, more-indented folded lines, odd
 * indentation, duplicate keys, any syntax error) by returning nothing, and the caller
 * parses the file with `yaml`, which reports every problem with its position.
 *
 * Data it returns holds no control character (the load refuses them): it declines text
 * with one, raw or escaped, so that the caller need not look for them again.
 */
export function readPlainYaml(text: string): { data: unknown } | undefined {
	const lines = splitLines(text);
	if (!lines) return undefined;
	try {
		const reader = new PlainYamlReader(lines, text.endsWith('\n'));
		return { data: reader.readDocument() };
	} catch (error) {
		if (error === NOT_PLAIN) return undefined;
		throw error;
	}
}

/** Thrown, and caught above, wherever the text leaves the plain subset. */
const NOT_PLAIN = Symbol('not plain YAML');

function decline(): never {
	throw NOT_PLAIN;
}

/**
 * Tabs, carriage returns outside CRLF, other control characters, and the characters YAML
 * 1.1 took for line breaks: left to `yaml`, which has rules (and messages) for each.
 */
const UNUSUAL_CHARACTER = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff]/;

/** A document marker or directive at the start of a line. */
const DOCUMENT_LINE = /^(?:---|\.\.\.|%)/;

function splitLines(text: string): string[] | undefined {
	const normalized = text.includes('\r') ? text.replaceAll('\r\n', '\n') : text;
	if (UNUSUAL_CHARACTER.test(normalized)) return undefined;
	const lines = normalized.split('\n');
	if (lines.at(-1) === '') lines.pop();
	if (lines.some((line) => DOCUMENT_LINE.test(line))) return undefined;
	return lines;
}

/** The core schema's scalar types, as `yaml` tries them on a plain scalar. */
const SCALAR_TAGS = new Schema({}).tags.filter((tag): tag is ScalarTag => !(tag as CollectionTag).collection && tag.default === true && tag.test !== undefined);

/** The first characters of every plain scalar the core schema reads as anything but text. */
const MAY_BE_TYPED = /^[-+.0-9~nNtTfF]/;

/** A plain scalar as `yaml` resolves it: null, a boolean, a number, or the text itself. */
function resolvePlain(value: string): unknown {
	if (!MAY_BE_TYPED.test(value)) return value;
	const tag = SCALAR_TAGS.find((candidate) => candidate.test!.test(value));
	if (!tag) return value;
	const resolved = tag.resolve(value, decline, { intAsBigInt: false } as never);
	return isScalar(resolved) ? resolved.value : resolved;
}

/** Characters that may not start a plain scalar (`-`, `?` and `:` may, when a non-space follows). */
const INDICATOR = /^(?:[,[\]{}#&*!|>'"%@`]|[-?:](?: |$))/;

/** Double-quoted escapes with a fixed meaning. */
const ESCAPES: Record<string, string> = {
	'0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b',
	' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029',
};

/** Double-quoted escapes followed by this many hex digits. */
const HEX_ESCAPES: Record<string, number> = { x: 2, u: 4, U: 8 };
const HEX_DIGITS = /^[0-9a-fA-F]*$/;

/** The characters that end a plain scalar inside a flow collection. */
const FLOW_INDICATOR = /[,[\]{}]/;

/** Longest plain key taken; `yaml` has a limit of 1024 characters on implicit keys. */
const MAX_KEY_LENGTH = 200;

/** The index of the first character at or after `from` that is not a space. */
function skipSpaces(text: string, from: number): number {
	while (text.charCodeAt(from) === 32) from++;
	return from;
}

/** Removes trailing spaces (only spaces: `trimEnd` would also take an ideographic space). */
function trimSpaces(text: string): string {
	let end = text.length;
	while (end > 0 && text.charCodeAt(end - 1) === 32) end--;
	return text.slice(0, end);
}

/** A line's indentation, or -1 for a blank line or a comment. */
function contentIndent(line: string): number {
	const indent = skipSpaces(line, 0);
	return indent === line.length || line.charCodeAt(indent) === 35 ? -1 : indent;
}

/** The rest of a line after a value must be blank or a comment. */
function expectLineEnd(text: string, from: number): void {
	const at = skipSpaces(text, from);
	if (at < text.length && !(text[at] === '#' && text[at - 1] === ' ')) decline();
}

/** A sequence entry at `column`: a dash followed by a space or the end of the line. */
function isEntryAt(line: string, column: number): boolean {
	return line.charCodeAt(column) === 45 && (line.length === column + 1 || line.charCodeAt(column + 1) === 32);
}

class PlainYamlReader {
	readonly #lines: string[];
	/** Each line's indentation, -1 for a blank line or a comment. */
	readonly #indents: number[];
	/** Whether the last line ends with a line break, which a block scalar ending there keeps. */
	readonly #endsWithBreak: boolean;
	#next = 0;

	constructor(lines: string[], endsWithBreak: boolean) {
		this.#lines = lines;
		this.#indents = lines.map(contentIndent);
		this.#endsWithBreak = endsWithBreak;
	}

	readDocument(): unknown {
		const indent = this.#peekIndent();
		if (indent === undefined) decline();
		const data = this.#readBlock(indent);
		if (this.#peekIndent() !== undefined) decline();
		return data;
	}

	/** The indentation of the next line that holds content, skipping blank and comment lines. */
	#peekIndent(): number | undefined {
		while (this.#indents[this.#next] === -1) this.#next++;
		return this.#indents[this.#next];
	}

	/** A mapping or sequence starting on the next line, at `indent`. */
	#readBlock(indent: number): unknown {
		return isEntryAt(this.#lines[this.#next]!, indent) ? this.#readSequence(indent) : this.#readMapping(indent);
	}

	#readSequence(indent: number): unknown[] {
		const items: unknown[] = [];
		while (this.#peekIndent() === indent && isEntryAt(this.#lines[this.#next]!, indent)) {
			items.push(this.#readEntry(indent));
			const after = this.#peekIndent();
			if (after !== undefined && after > indent) decline();
		}
		return items;
	}

	/** One `- ` entry: a scalar, a block below it, or a mapping that starts on its line. */
	#readEntry(indent: number): unknown {
		const line = this.#lines[this.#next]!;
		const column = skipSpaces(line, indent + 1);
		const content = line.slice(column);
		if (content === '' || content.startsWith('#')) {
			this.#next++;
			return this.#readNested(indent, false);
		}
		if (isEntryAt(content, 0)) decline();
		if (findKey(content)) {
			// The mapping's first key sits where the entry's content starts.
			this.#lines[this.#next] = ' '.repeat(column) + content;
			this.#indents[this.#next] = column;
			return this.#readMapping(column);
		}
		return this.#readInlineValue(line, column, indent);
	}

	#readMapping(indent: number): Record<string, unknown> {
		const map: Record<string, unknown> = {};
		while (this.#peekIndent() === indent) {
			const line = this.#lines[this.#next]!;
			if (isEntryAt(line, indent)) break;
			const found = findKey(line.slice(indent));
			if (!found) decline();
			if (Object.hasOwn(map, found.key)) decline();
			map[found.key] = this.#readMapValue(line, indent + found.valueStart, indent);
			const after = this.#peekIndent();
			if (after !== undefined && after > indent) decline();
		}
		return map;
	}

	#readMapValue(line: string, valueStart: number, indent: number): unknown {
		const column = skipSpaces(line, valueStart);
		if (column === line.length || line[column] === '#') {
			this.#next++;
			return this.#readNested(indent, true);
		}
		return this.#readInlineValue(line, column, indent);
	}

	/**
	 * The value of a key or entry with nothing after it on its line: the block below, more
	 * indented (or, for a key, a sequence at the key's own indentation); else null.
	 */
	#readNested(indent: number, sequenceMayAlign: boolean): unknown {
		const below = this.#peekIndent();
		if (below === undefined || below < indent) return null;
		if (below > indent) return this.#readBlock(below);
		const aligned = sequenceMayAlign && isEntryAt(this.#lines[this.#next]!, indent);
		return aligned ? this.#readSequence(indent) : null;
	}

	/** A value that starts at `column` of the current line; `indent` is its parent's. */
	#readInlineValue(line: string, column: number, indent: number): unknown {
		this.#next++;
		const first = line[column]!;
		if (first === '|' || first === '>') return this.#readBlockScalar(line.slice(column), indent);
		const inline = new InlineReader(line, column);
		const value = inline.readValue();
		expectLineEnd(line, inline.position);
		return value;
	}

	#readBlockScalar(header: string, indent: number): string {
		const match = /^([|>])([+-]?)(?: +#.*)? *$/.exec(header);
		if (!match) decline();
		const body = this.#takeBlockLines(indent);
		const content = match[1] === '|' ? body.lines.join('\n') : foldLines(body.lines);
		return chomp(content, body.trailingBreaks, match[2]!);
	}

	/** The lines of a block scalar, without their indentation, and the empty lines after them. */
	#takeBlockLines(indent: number): { lines: string[]; trailingBreaks: number } {
		const lines: string[] = [];
		let blockIndent: number | undefined;
		let empty = 0;
		for (; this.#next < this.#lines.length; this.#next++) {
			const line = this.#lines[this.#next]!;
			const lineIndent = skipSpaces(line, 0);
			if (lineIndent === line.length) {
				if (blockIndent !== undefined ? lineIndent > blockIndent : lineIndent > indent) decline();
				empty++;
				continue;
			}
			if (blockIndent === undefined) {
				if (lineIndent <= indent) break;
				blockIndent = lineIndent;
			} else if (lineIndent < blockIndent) {
				break;
			}
			for (; empty > 0; empty--) lines.push('');
			lines.push(line.slice(blockIndent));
		}
		if (blockIndent === undefined) decline();
		if (this.#next === this.#lines.length && !this.#endsWithBreak) decline();
		return { lines, trailingBreaks: empty };
	}
}

/** Folded scalar lines: joined by spaces, each empty line a line break. More-indented lines are declined. */
function foldLines(lines: string[]): string {
	let folded = '';
	let breaks = 0;
	let started = false;
	for (const line of lines) {
		if (line === '') {
			breaks++;
			continue;
		}
		if (line.startsWith(' ')) decline();
		folded += started && breaks === 0 ? ' ' : '\n'.repeat(breaks);
		folded += line;
		started = true;
		breaks = 0;
	}
	return folded;
}

/** Block scalar chomping: clip keeps one final line break, strip none, keep all. */
function chomp(content: string, trailingBreaks: number, indicator: string): string {
	if (content === '') decline();
	if (indicator === '-') return content;
	if (indicator === '+') return content + '\n'.repeat(trailingBreaks + 1);
	return content + '\n';
}

/**
 * Where a line's mapping key ends: a one-line key (plain, single- or double-quoted)
 * followed by `:` and a space or the end of the line. Nothing when the line is no key;
 * declines a key `yaml` would read as anything but a string, or would treat specially.
 */
function findKey(content: string): { key: string; valueStart: number } | undefined {
	if (content[0] === '[' || content[0] === '{') return undefined;
	let key: string;
	let end: number;
	if (content[0] === '"' || content[0] === "'") {
		const inline = new InlineReader(content, 0);
		key = inline.readQuoted();
		end = inline.position;
		end = skipSpaces(content, end);
		if (content[end] !== ':') return undefined;
	} else {
		end = plainKeyEnd(content);
		if (end < 0) return undefined;
		key = trimSpaces(content.slice(0, end));
		if (key === '' || INDICATOR.test(key) || FLOW_INDICATOR.test(key) || resolvePlain(key) !== key) decline();
	}
	const after = content[end + 1];
	if (after !== undefined && after !== ' ') return undefined;
	if (key === '__proto__' || key === '<<' || key.length > MAX_KEY_LENGTH) decline();
	return { key, valueStart: end + 1 };
}

/** The index of the `:` ending a plain key, or -1 when the line has none before a comment. */
function plainKeyEnd(content: string): number {
	for (let i = 0; i < content.length; i++) {
		const char = content[i];
		if (char === '#' && (i === 0 || content[i - 1] === ' ')) return -1;
		if (char === ':' && (i + 1 === content.length || content[i + 1] === ' ')) return i;
	}
	return -1;
}

/** Reads one-line values from a position in a line: plain and quoted scalars, and flow collections. */
class InlineReader {
	readonly #text: string;
	position: number;

	constructor(text: string, position: number) {
		this.#text = text;
		this.position = position;
	}

	/** A block-context value: a plain scalar runs to the end of the line or a comment. */
	readValue(): unknown {
		const char = this.#text[this.position];
		if (char === '"' || char === "'") return this.readQuoted();
		if (char === '[' || char === '{') return this.#readFlow();
		return this.#readPlain(false);
	}

	readQuoted(): string {
		const quote = this.#text[this.position++];
		let value = '';
		for (;;) {
			const char = this.#text[this.position++];
			if (char === undefined) decline();
			if (char === quote) {
				if (quote === "'" && this.#text[this.position] === "'") {
					value += "'";
					this.position++;
					continue;
				}
				return value;
			}
			value += quote === '"' && char === '\\' ? this.#readEscape() : char;
		}
	}

	#readEscape(): string {
		const char = this.#text[this.position++];
		if (char === undefined) decline();
		const fixed = ESCAPES[char];
		if (fixed !== undefined) return hasControlCharacter(fixed) ? decline() : fixed;
		const digits = HEX_ESCAPES[char];
		if (digits === undefined) decline();
		const hex = this.#text.slice(this.position, this.position + digits);
		if (hex.length !== digits || !HEX_DIGITS.test(hex)) decline();
		this.position += digits;
		const code = parseInt(hex, 16);
		if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) decline();
		const escaped = String.fromCodePoint(code);
		return hasControlCharacter(escaped) ? decline() : escaped;
	}

	/** A plain scalar: in a flow collection it also ends at `,`, `]`, `}` and at `: `. */
	#readPlain(inFlow: boolean): unknown {
		const start = this.position;
		const text = this.#text;
		const rest = text.slice(start);
		if (INDICATOR.test(rest) || (inFlow && /^[-?:]/.test(rest) && FLOW_INDICATOR.test(rest.charAt(1)))) decline();
		let end = start;
		for (; end < text.length; end++) {
			const char = text[end]!;
			if (char === '#' && text[end - 1] === ' ') break;
			if (char === ':' && (end + 1 === text.length || text[end + 1] === ' ' || (inFlow && FLOW_INDICATOR.test(text[end + 1]!)))) {
				if (!inFlow) decline();
				break;
			}
			if (inFlow && FLOW_INDICATOR.test(char)) break;
		}
		this.position = end;
		const value = trimSpaces(text.slice(start, end));
		if (value === '') decline();
		return resolvePlain(value);
	}

	/** A flow sequence or mapping closed on the same line; nested ones too. */
	#readFlow(): unknown[] | Record<string, unknown> {
		const open = this.#text[this.position++];
		const close = open === '[' ? ']' : '}';
		const items: unknown[] = [];
		const map: Record<string, unknown> = {};
		for (;;) {
			this.position = skipSpaces(this.#text, this.position);
			if (this.#text[this.position] === close) break;
			if (open === '[') items.push(this.#readFlowValue());
			else this.#readFlowPair(map);
			this.position = skipSpaces(this.#text, this.position);
			const separator = this.#text[this.position];
			if (separator === ',') this.position++;
			else if (separator !== close) decline();
		}
		this.position++;
		return open === '[' ? items : map;
	}

	#readFlowValue(): unknown {
		const char = this.#text[this.position];
		if (char === undefined) decline();
		const value = char === '"' || char === "'" ? this.readQuoted() : char === '[' || char === '{' ? this.#readFlow() : this.#readPlain(true);
		this.position = skipSpaces(this.#text, this.position);
		// `[a: b]` is a mapping inside a sequence: left to `yaml`.
		if (this.#text[this.position] === ':') decline();
		return value;
	}

	#readFlowPair(map: Record<string, unknown>): void {
		const char = this.#text[this.position];
		let key: unknown;
		if (char === '"' || char === "'") key = this.readQuoted();
		else if (char === '[' || char === '{' || char === undefined) decline();
		else key = this.#readPlain(true);
		if (typeof key !== 'string' || key === '__proto__' || key === '<<' || Object.hasOwn(map, key)) decline();
		this.position = skipSpaces(this.#text, this.position);
		if (this.#text[this.position] !== ':') decline();
		this.position++;
		if (this.#text[this.position] !== ' ') decline();
		this.position = skipSpaces(this.#text, this.position);
		map[key] = this.#readFlowValue();
	}
}
