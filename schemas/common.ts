import { z } from 'zod';

/** Ids become URLs, so they are kept to lower-case ASCII letters, digits and hyphens. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;

export const idSchema = z
	.string()
	.regex(ID_PATTERN, {
		message: 'must be 1 to 64 lower-case letters, digits or hyphens, starting with a letter or digit',
	})
	.meta({ description: 'An id: lower-case letters, digits and hyphens (it becomes part of a URL).' });

/** One line of prose: inline Markdown with `[[role-id]]` and `[[department:id]]` links. */
export const textSchema = z.string().meta({ description: 'Inline Markdown.' });

/** A "text list" is one string or a list of strings; the model always sees a list. */
export const textListSchema = z
	.union([textSchema, z.array(textSchema)])
	.transform((value) => (typeof value === 'string' ? [value] : value))
	.meta({ description: 'One string or a list of strings (inline Markdown).' });

/** A list of ids, written as one id or a list. */
export const idListSchema = z
	.union([idSchema, z.array(idSchema)])
	.transform((value) => (typeof value === 'string' ? [value] : value));

/**
 * Codes, grades and versions are labels, but YAML reads `101` or `2` as numbers;
 * both are accepted and kept as text.
 */
export const labelSchema = z.union([z.string(), z.number()]).transform((value) => String(value));

export const dateSchema = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date written YYYY-MM-DD', abort: true })
	.refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), {
		message: 'is not a real calendar date',
	})
	.meta({ description: 'A date, YYYY-MM-DD.' });

/** A Markdown block (headings and lists allowed). */
export const markdownSchema = z.string().meta({ description: 'A Markdown block.' });
