import type { Site } from '../../schemas/index.ts';
import { dictionaries, type Locale, type UIDictionary, type UIKey } from './index.ts';

export type Translate = (key: UIKey, values?: Record<string, string | number>) => string;

/** The word each UI dictionary uses for "role" (岗位, 職位), which `site.terms.role` replaces. */
export const DEFAULT_ROLE_TERMS: Record<Locale, string> = { en: 'role', 'zh-CN': '岗位', 'zh-TW': '職位' };

/**
 * A dictionary with the word for "role" replaced by `term` in every label. In English the
 * word keeps its capital and its plural (role → position, Roles → Positions).
 */
export function withRoleTerm(dictionary: UIDictionary, locale: Locale, term: string): UIDictionary {
	const replace =
		locale === 'en'
			? (text: string) =>
					text.replace(/\b([Rr])ole(s?)\b/g, (_, initial: string, plural: string) => {
						const word = initial === 'R' ? term.charAt(0).toUpperCase() + term.slice(1) : term;
						return plural ? `${word}s` : word;
					})
			: (text: string) => text.replaceAll(DEFAULT_ROLE_TERMS[locale], term);
	return Object.fromEntries(Object.entries(dictionary).map(([key, text]) => [key, replace(text)])) as UIDictionary;
}

/**
 * UI strings in the site's language, with the site's word for "role" (`site.terms.role`),
 * `site.labels` overrides (taken as written) and `{placeholder}` values filled in.
 */
export function createTranslator(site: Site): Translate {
	const language = site.terms?.role ? withRoleTerm(dictionaries[site.locale], site.locale, site.terms.role) : dictionaries[site.locale];
	const dictionary = { ...language, ...site.labels };
	return (key, values) => {
		const text = dictionary[key] ?? dictionaries.en[key];
		return values ? text.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match)) : text;
	};
}

/**
 * `2024-04-14` as the site's language writes a date (2024年4月14日, 14 April 2024). Each
 * date is formatted once: a site shows a few dates on thousands of pages.
 */
export function createDateFormatter(site: Site): (date: string) => string {
	const format = new Intl.DateTimeFormat(site.locale === 'en' ? 'en-GB' : site.locale, { dateStyle: 'long', timeZone: 'UTC' });
	const written = new Map<string, string>();
	return (date) => {
		let text = written.get(date);
		if (text === undefined) written.set(date, (text = format.format(new Date(`${date}T00:00:00Z`))));
		return text;
	};
}

/** A list as the site's language joins it: "A, B and C" in English (en-GB), "A、B和C" in Chinese. */
export function createListFormatter(site: Site): ListFormatter {
	const format = new Intl.ListFormat(site.locale === 'en' ? 'en-GB' : site.locale, { style: 'long', type: 'conjunction' });
	return Object.assign((items: readonly string[]) => format.format(items), {
		parts: (items: readonly string[]) => format.formatToParts(items).map((part) => ({ literal: part.type === 'literal', value: part.value })),
	});
}

export interface ListFormatter {
	(items: readonly string[]): string;
	/** The list in pieces, for a list of links: each item, and the words between them. */
	parts(items: readonly string[]): { literal: boolean; value: string }[];
}
