import { z } from 'zod';
import { dateSchema, idListSchema, idSchema } from './common.ts';

/** A sheet's fingerprint as printed: 12 hex digits in groups of four (`9b74-de04-09e3`). */
export const FINGERPRINT_PATTERN = /^[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}$/i;

export const fingerprintSchema = z
	.string()
	.regex(FINGERPRINT_PATTERN, { message: 'must be a fingerprint as printed on the sheet: 12 hex digits in groups of four, like 9b74-de04-09e3' })
	.transform((value) => value.toLowerCase())
	.meta({ description: 'The fingerprint printed on the signed sheet: 12 hex digits in groups of four.' });

export const signatureSchema = z
	.strictObject({
		role: idSchema.meta({ description: 'The role whose sheet was signed (held now or earlier).' }),
		fingerprint: fingerprintSchema,
		date: dateSchema.meta({ description: 'The day of the signature, YYYY-MM-DD.' }),
	})
	.meta({ description: 'One signed confirmation sheet.' });

export const personSchema = z
	.strictObject({
		id: idSchema.optional().meta({ description: 'The person id (default: the file name).' }),
		name: z.string().meta({ description: "The person's name." }),
		roles: idListSchema.default([]).meta({ description: 'Ids of the roles this person holds.' }),
		since: dateSchema.optional().meta({ description: 'In the role since, YYYY-MM-DD.' }),
		signed: z.array(signatureSchema).default([]).meta({ description: 'Confirmation sheets this person signed, in any order.' }),
	})
	.meta({ title: 'Rolebook person', description: 'Who holds which role (任职人员).' });

export type PersonData = z.output<typeof personSchema>;
export type SignatureData = z.output<typeof signatureSchema>;
