import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseDocument } from 'yaml';
import { readPlainYaml } from '../../src/model/read-plain-yaml.ts';
import { FIXTURES } from '../support/fixtures.ts';

const EVERY_FORM = readFileSync(path.join(FIXTURES, 'plain-yaml/every-form.yaml'), 'utf8');
const EXAMPLE = path.resolve(import.meta.dirname, '../../content');
const EXAMPLE_FILES = readdirSync(EXAMPLE, { recursive: true, encoding: 'utf8' })
	.filter((file) => file.endsWith('.yaml'))
	.map((file) => readFileSync(path.join(EXAMPLE, file), 'utf8'));

/** What `yaml` reads, as the load reads it; nothing when it reports an error. */
function readByYaml(text: string): { data: unknown } | undefined {
	const document = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
	return document.errors.length > 0 ? undefined : { data: document.toJS({ maxAliasCount: 1000 }) };
}

/** The quick reader either declines or gives exactly what `yaml` gives, keys in the same order. */
function expectSameAsYaml(text: string): boolean {
	const quick = readPlainYaml(text);
	if (!quick) return false;
	const full = readByYaml(text);
	expect(full, `yaml reports an error the quick reader missed in:\n${text}`).toBeDefined();
	expect(quick.data).toStrictEqual(full!.data);
	expect(JSON.stringify(quick.data)).toBe(JSON.stringify(full!.data));
	return true;
}

describe('reading plain YAML without a syntax tree', () => {
	test('reads every form it knows exactly as yaml does', () => {
		expect(expectSameAsYaml(EVERY_FORM)).toBe(true);
		expect(readPlainYaml(EVERY_FORM)!.data).toMatchObject({
			unicode: '　岗位　职责　',
			numbers: expect.arrayContaining([Number.NEGATIVE_INFINITY, Number.NaN, 31, 15, '1_000']),
			literal: 'line one\n  indented\n\nline three\n',
			keep: 'kept\n\n',
			strip: 'folded together\napart',
		});
	});

	test('reads every file of the example, with Windows line breaks too', () => {
		for (const text of EXAMPLE_FILES) {
			expect(expectSameAsYaml(text)).toBe(true);
			expect(expectSameAsYaml(text.replaceAll('\n', '\r\n'))).toBe(true);
		}
	});

	test.each([
		['an anchor and an alias', 'a: &x 1\nb: *x\n'],
		['a tag', 'a: !!str 1\n'],
		['a plain scalar over two lines', 'a: one\n  two\n'],
		['a quoted scalar over two lines', 'a: "one\n  two"\n'],
		['a more-indented folded line', 'a: >\n  one\n    two\n'],
		['an explicit indentation indicator', 'a: |2\n   x\n'],
		['a block scalar at the end without a line break', 'a: |\n  x'],
		['a duplicate key', 'a: 1\na: 2\n'],
		['a duplicate key, once quoted', "a: 1\n'a': 2\n"],
		['a key that is a number', '1: a\n'],
		['a merge key', 'a: 1\n<<: {b: 2}\n'],
		['a prototype key', '__proto__: 1\n'],
		['a tab', 'a:\tb\n'],
		['a lone carriage return', 'a: b\rc: d\n'],
		['a document marker', '---\na: 1\n'],
		['a mapping nested on one line', 'a: b: c\n'],
		['an unclosed flow sequence', 'a: [1, 2\n'],
		['a flow mapping inside a flow sequence', 'a: [b: c]\n'],
		['text after a quoted scalar', 'a: "b" c\n'],
		['a bad escape', 'a: "\\q"\n'],
		['an escaped control character, which the load refuses with its position', 'a: "bell \\x07"\n'],
		['an escaped escape character', 'a: "\\e[31m"\n'],
		['a nested entry on one line', '- - a\n'],
		['an empty document', '# nothing here\n'],
		['a lone scalar', 'just text\n'],
		['an entry out of line', 'a:\n  - b\n - c\n'],
	])('declines %s', (_, text) => {
		expect(readPlainYaml(text)).toBeUndefined();
	});

	test('agrees with yaml on thousands of damaged files, or declines them', () => {
		const random = seededRandom(18);
		const pieces = [' ', '  ', ':', ': ', '-', '- ', '#', ' #', '"', "'", '\n', '\n  ', '|', '>', '|-', '>+', '[', ']', '{', '}', ',', '\\', '\\n', '\\u00e9', '0x1F', '.5', 'null', '~', 'true', '&a ', '*a', '!x ', '? ', '\r\n', '\u3000', "''", ' |\n  x\n', ' >\n  a\n\n  b\n', 'a: b\n', '- c\n'];
		const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
		let read = 0;
		for (let i = 0; i < 4000; i++) {
			let text = i % 2 === 0 ? EVERY_FORM : pick(EXAMPLE_FILES);
			for (let edits = 1 + Math.floor(random() * 3); edits > 0; edits--) {
				const at = Math.floor(random() * text.length);
				const kind = random();
				const removed = kind < 0.4 ? 0 : kind < 0.7 ? 1 + Math.floor(random() * 3) : 1;
				text = text.slice(0, at) + (kind >= 0.4 && kind < 0.7 ? '' : pick(pieces)) + text.slice(at + removed);
			}
			if (expectSameAsYaml(text)) read++;
		}
		// Many damaged files are still plain YAML: the comparison above must have happened.
		expect(read).toBeGreaterThan(1000);
	});
});

/** A small deterministic generator, so a failure can be run again. */
function seededRandom(seed: number): () => number {
	let state = seed;
	return () => {
		state = (state * 1103515245 + 12345) & 0x7fffffff;
		return state / 0x7fffffff;
	};
}
