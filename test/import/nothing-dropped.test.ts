/**
 * The importer's promise: every piece of text it reads ends up in what it writes, in
 * a field or in the commented block of unplaced lines. Checked token by token over the
 * seeds: each one's text (less its numbering and the label words that became keys)
 * must be found in the files written for its document.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { lookupLabel } from '../../src/import/headings.ts';
import { importFiles } from '../../src/import/index.ts';
import { readLabels } from '../../src/import/labels.ts';
import { readSource } from '../../src/import/read-source.ts';
import { segment } from '../../src/import/segment.ts';
import { SEEDS } from './support.ts';

const letters = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '');

describe('nothing the importer reads is dropped', () => {
	for (const name of readdirSync(SEEDS)) {
		test(name, async () => {
			const file = path.join(SEEDS, name);
			const { files } = await importFiles([file], { contentDir: path.join(SEEDS, 'no-content-here'), outDir: path.join(SEEDS, 'not-written') });
			const roles = files[0]!.roles;
			const written = letters(roles.map((role) => role.yaml).join('\n'));
			const titles = roles.map((role) => role.title);
			const isHeading = (text: string) => titles.some((title) => lookupLabel(text, title) !== undefined);

			const missing: string[] = [];
			for (const token of segment((await readSource(file)).lines)) {
				const pieces: string[] = [];
				const labels = readLabels(token);
				if (!labels) pieces.push(token.text);
				else {
					for (const part of labels) {
						if (part.type !== 'label') pieces.push(part.text);
						else {
							if (part.value) pieces.push(part.value);
							// A label is a few words; anything longer read as one would be text swallowed.
							const words = titles.reduce((label, title) => label.replace(`${title}的`, ''), part.label);
							if (letters(words).length > 10) missing.push(`${token.line}: label ${part.label}`);
						}
					}
				}
				for (const piece of pieces) {
					if (letters(piece) && !written.includes(letters(piece)) && !isHeading(piece)) missing.push(`${token.line}: ${piece}`);
				}
			}
			expect(missing).toEqual([]);
		});
	}
});
