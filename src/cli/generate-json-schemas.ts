/** Writes `schemas/*.schema.json` from the zod schemas. */
import { writeFileSync } from 'node:fs';
import { renderJsonSchemas } from '../../schemas/json-schema.ts';

const schemasDir = new URL('../../schemas/', import.meta.url);
for (const [name, text] of Object.entries(renderJsonSchemas())) {
	writeFileSync(new URL(name, schemasDir), text);
	console.log(`wrote schemas/${name}`);
}
