import { z } from 'zod';
import { contentSchemas, type ContentKind } from './index.ts';

/**
 * The JSON Schema of each kind of content file, as committed under `schemas/`.
 * Editors read them through each YAML file's `# yaml-language-server: $schema=` line;
 * draft-07 is the dialect those editors understand best.
 */
export function renderJsonSchemas(): Record<`${ContentKind}.schema.json`, string> {
	const files = {} as Record<`${ContentKind}.schema.json`, string>;
	for (const [kind, schema] of Object.entries(contentSchemas) as [ContentKind, z.ZodType][]) {
		const json = z.toJSONSchema(schema, { target: 'draft-7', io: 'input', unrepresentable: 'any' });
		files[`${kind}.schema.json`] = `${JSON.stringify(json, null, '\t')}\n`;
	}
	return files;
}
