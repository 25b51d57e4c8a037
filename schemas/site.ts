import { z } from 'zod';
import { LOCALES, UI_KEYS } from '../src/i18n/index.ts';
import { textSchema } from './common.ts';

export const CONFIRMATION_SECTIONS = [
	'summary',
	'duties',
	'authorities',
	'qualifications',
	'relationships',
	'conditions',
	'routines',
	'kpis',
] as const;

/**
 * Accepts the colour notations a stylesheet does (hex, a named colour, or a colour
 * function) and nothing that could close the declaration it is written into.
 */
const CSS_COLOR = /^(#[0-9a-f]{3,8}|[a-z]+|(rgb|rgba|hsl|hsla|hwb|lab|lch|oklab|oklch|color)\([-\w\s.,%/]*\))$/i;

/**
 * `base` is written into every URL of the site, into the `src` of Astro's own scripts and
 * into `_headers`: plain path segments only, so it can neither leave the site's host
 * (`//host/`, `/\\host/`) nor close an attribute, nor carry a query or a fragment.
 */
export const BASE_PATTERN = /^\/(?:(?!\.{1,2}(?:\/|$))[A-Za-z0-9._~-]+\/)*(?:(?!\.{1,2}$)[A-Za-z0-9._~-]+)?$/;

/** A file under public/ (`/logo.svg`, `brand/logo.png`) or an `https:` address; never another host without a scheme (`//host/x`). */
export const LOGO_PATTERN = /^(?:https:\/\/[^\s/\\"'<>]+(?:\/[^\s\\"'<>]*)?|\/?(?:(?!\.{1,2}\/)[^\s/\\:?#"'<>%]+\/)*(?!\.{1,2}$)[^\s/\\:?#"'<>%]+)$/;

const labelsSchema = z
	.strictObject(Object.fromEntries(UI_KEYS.map((key) => [key, z.string().optional()])) as Record<(typeof UI_KEYS)[number], z.ZodOptional<z.ZodString>>)
	.meta({ description: 'Overrides of UI strings, keyed by the UI dictionary (see the README).' });

const signatureSchema = z.strictObject({
	label: textSchema.meta({ description: 'The label printed before the signature line, e.g. 员工签名.' }),
	note: textSchema.optional().meta({ description: 'A small note under the line, e.g. 本人手签.' }),
});

export const siteSchema = z
	.strictObject({
		organization: z.string().meta({ description: 'The organisation name: shown in headers and on printed sheets.' }),
		locale: z.enum(LOCALES).default('en').meta({ description: 'UI language: en, zh-CN or zh-TW (default en).' }),
		base: z
			.string()
			.regex(BASE_PATTERN, { message: 'must be plain path segments such as "/", "/handbook/" or "/a/b-c/" (letters, digits, "-", "_", "." and "~" between slashes)' })
			.default('/')
			.meta({ description: 'URL path the site is served under (default /).' }),
		logo: z
			.string()
			.regex(LOGO_PATTERN, { message: 'must be a file under public/ (like /logo.svg) or an https: address (like https://example.com/logo.svg)' })
			.optional()
			.meta({ description: 'A file under public/, e.g. /logo.svg.' }),
		theme: z
			.strictObject({
				accent: z
					.string()
					.regex(CSS_COLOR, { message: 'must be a CSS colour such as "#b4232a" or "teal"' })
					.optional()
					.meta({ description: 'The accent colour (a CSS colour).' }),
			})
			.optional(),
		terms: z
			.strictObject({
				role: z
					.string()
					.min(1)
					.optional()
					.meta({
						description:
							'The word for "role" in every UI label that uses it: 崗位 instead of the traditional-Chinese default 職位, 职位 instead of 岗位, "position" instead of "role" (English plurals add -s).',
					}),
			})
			.optional()
			.meta({ description: 'Words the interface uses for the organisation’s own terms.' }),
		edit_url: z
			.string()
			.regex(/^https?:\/\/[^\s]+$/i, { message: 'must be an http: or https: address, such as "https://git.example.com/hr/handbook/-/edit/main/{path}"' })
			.optional()
			.meta({ description: 'An "edit this page" link on role, department and workflow pages; {path} is the YAML file\'s path from the content folder.' }),
		labels: labelsSchema.optional(),
		publish: z
			.strictObject({
				people: z.boolean().default(false).meta({ description: "Show holders' names (default false)." }),
				compensation: z.boolean().default(false).meta({ description: 'Show `compensation` fields (default false).' }),
				drafts: z.boolean().default(false).meta({ description: 'Build roles whose status is draft (default false).' }),
			})
			.default({ people: false, compensation: false, drafts: false }),
		confirmation: z
			.strictObject({
				title: textSchema.optional().meta({ description: 'The sheet title, e.g. 岗位职责确认书.' }),
				statement: textSchema.optional().meta({ description: 'The statement the employee signs under.' }),
				sections: z
					.array(z.enum(CONFIRMATION_SECTIONS))
					.optional()
					.meta({ description: 'Which parts of the role the sheet prints.' }),
				signatures: z.array(signatureSchema).optional().meta({ description: 'Signature lines, in order.' }),
			})
			.optional()
			.meta({ description: 'The printable role-confirmation sheet (岗位职责确认书).' }),
	})
	.meta({ title: 'Rolebook site', description: 'Organisation and site settings (site.yaml).' });

export type SiteInput = z.input<typeof siteSchema>;
export type Site = z.output<typeof siteSchema>;
