import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { renderJsonSchemas } from '../../schemas/json-schema.ts';

test('the committed JSON Schema files match the zod schemas (run `npm run generate` after changing them)', () => {
	for (const [name, text] of Object.entries(renderJsonSchemas())) {
		const committed = readFileSync(path.resolve(import.meta.dirname, '../../schemas', name), 'utf8');
		expect(committed, `schemas/${name} is stale`).toBe(text);
	}
});

test('the JSON Schema refuses unknown keys and documents fields', () => {
	const role = JSON.parse(renderJsonSchemas()['role.schema.json']);
	expect(role.additionalProperties).toBe(false);
	expect(role.required).toEqual(['title', 'department']);
	expect(role.properties.reports_to.description).toContain('直接上级');
});

test('the pages know every key of qualifications, conditions and routines', async () => {
	const { CONDITION_KEYS, QUALIFICATION_KEYS, ROUTINE_KEYS } = await import('../../schemas/index.ts');
	const role = JSON.parse(renderJsonSchemas()['role.schema.json']);
	expect(Object.keys(role.properties.qualifications.properties)).toEqual([...QUALIFICATION_KEYS]);
	expect(Object.keys(role.properties.conditions.properties)).toEqual([...CONDITION_KEYS]);
	expect(Object.keys(role.properties.routines.properties)).toEqual([...ROUTINE_KEYS]);
});
