import type { Site } from '../../schemas/index.ts';
import { dictionaries, type UIKey } from './index.ts';

export type Translate = (key: UIKey, values?: Record<string, string | number>) => string;

/** UI strings in the site's language, with `site.labels` overrides and `{placeholder}` values filled in. */
export function createTranslator(site: Site): Translate {
	const dictionary = { ...dictionaries[site.locale], ...site.labels };
	return (key, values) => {
		const text = dictionary[key] ?? dictionaries.en[key];
		return values ? text.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match)) : text;
	};
}

/** `2024-04-14` as the site's language writes a date (2024年4月14日, 14 April 2024). */
export function createDateFormatter(site: Site): (date: string) => string {
	const format = new Intl.DateTimeFormat(site.locale === 'en' ? 'en-GB' : site.locale, { dateStyle: 'long', timeZone: 'UTC' });
	return (date) => format.format(new Date(`${date}T00:00:00Z`));
}
