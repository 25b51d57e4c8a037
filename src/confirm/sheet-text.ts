import type { SheetLine } from '../history/types.ts';
import { createDateFormatter, createTranslator } from '../i18n/translate.ts';
import type { Organization, Role } from '../model/types.ts';
import { siteProseOf } from '../site/prose.ts';
import { confirmationSheet, placedSheetLines, type SheetContext } from './sheet.ts';

export interface SheetText {
	fingerprint: string;
	lines: SheetLine[];
}

const contexts = new WeakMap<Organization, SheetContext>();
const dateFormatters = new Map<string, (date: string) => string>();

/** The context every sheet of an organisation is made in, the way the site makes it. */
export function sheetContextOf(organization: Organization): SheetContext {
	let context = contexts.get(organization);
	if (!context) {
		const prose = siteProseOf(organization);
		const { locale } = organization.site;
		// A date formatter is slow to make and depends on the language only; the history makes hundreds of contexts.
		let formatDate = dateFormatters.get(locale);
		if (!formatDate) dateFormatters.set(locale, (formatDate = createDateFormatter(organization.site)));
		context = { organization, t: createTranslator(organization.site), prose, formatDate };
		contexts.set(organization, context);
	}
	return context;
}

/** A role's printed text and its fingerprint, outside any page: for the history, the register and the command line. */
export function sheetTextOf(role: Role, organization: Organization): SheetText {
	const sheet = confirmationSheet(role, sheetContextOf(organization));
	return { fingerprint: sheet.fingerprint, lines: placedSheetLines(sheet) };
}
