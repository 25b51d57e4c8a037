import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { RULES } from '../src/model/index.ts';
import { UI_KEYS } from '../src/i18n/index.ts';
import { LABEL_TABLE_END, LABEL_TABLE_START, renderLabelTable } from '../src/i18n/label-table.ts';

const readme = readFileSync(path.resolve(import.meta.dirname, '../README.md'), 'utf8');

test('the README lists every UI label key, as `npm run generate` writes them', () => {
	expect(UI_KEYS.filter((key) => !readme.includes(`| \`${key}\` |`))).toEqual([]);
	expect(readme).toContain(`${LABEL_TABLE_START}\n${renderLabelTable()}${LABEL_TABLE_END}`);
});

test('the README lists every validator rule', () => {
	expect(Object.keys(RULES).filter((rule) => !readme.includes(`| \`${rule}\` |`))).toEqual([]);
});

test('the README gives the Content-Security-Policy the site is built for', async () => {
	const { CONTENT_SECURITY_POLICY } = await import('../src/site/content-security-policy.ts');
	expect(readme).toContain(`Content-Security-Policy: ${CONTENT_SECURITY_POLICY}`);
});
