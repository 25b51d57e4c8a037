/**
 * `npm run generate`: rewrites what is derived from the code and committed beside it,
 * the JSON Schema files under `schemas/` and the UI label table in the README.
 * Tests fail while either is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { renderJsonSchemas } from '../../schemas/json-schema.ts';
import { LABEL_TABLE_END, LABEL_TABLE_START, renderLabelTable } from '../i18n/label-table.ts';

const root = new URL('../../', import.meta.url);

for (const [name, text] of Object.entries(renderJsonSchemas())) {
	writeFileSync(new URL(`schemas/${name}`, root), text);
	console.log(`wrote schemas/${name}`);
}

const readme = new URL('README.md', root);
const text = readFileSync(readme, 'utf8');
const start = text.indexOf(LABEL_TABLE_START);
const end = text.indexOf(LABEL_TABLE_END);
if (start < 0 || end < start) throw new Error(`README.md lacks the ${LABEL_TABLE_START} … ${LABEL_TABLE_END} markers`);
writeFileSync(readme, `${text.slice(0, start + LABEL_TABLE_START.length)}\n${renderLabelTable()}${text.slice(end)}`);
console.log('wrote the UI label table in README.md');
