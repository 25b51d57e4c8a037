import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { RULES } from '../src/model/index.ts';
import { UI_KEYS } from '../src/i18n/index.ts';

const readme = readFileSync(path.resolve(import.meta.dirname, '../README.md'), 'utf8');

test('the README lists every UI label key', () => {
	expect(UI_KEYS.filter((key) => !readme.includes(`| \`${key}\` |`))).toEqual([]);
});

test('the README lists every validator rule', () => {
	expect(Object.keys(RULES).filter((rule) => !readme.includes(`| \`${rule}\` |`))).toEqual([]);
});
