import type { SheetLine } from '../history/types.ts';
import type { Locale } from '../i18n/index.ts';
import type { Translate } from '../i18n/translate.ts';
import type { ProseRenderer } from '../markdown/prose.ts';
import type { Organization, Person, Role } from '../model/index.ts';
import { fingerprintOf } from './fingerprint.ts';
import { escapeHtml, printedMarkdown, printedText, type Printed } from './printed.ts';
import { sectionBody, type SectionBody } from './sections.ts';
import { confirmationSettings, type ConfirmationSection } from './settings.ts';

/** What a sheet needs from the site: the parts of the site context it reads. */
export interface SheetContext {
	organization: Organization;
	t: Translate;
	prose: ProseRenderer;
	formatDate: (date: string) => string;
}

export interface SheetField {
	label: string;
	value: Printed;
}

export type SheetSection = SectionBody & {
	id: ConfirmationSection;
	/** `一、`, `二、` in Chinese, `1.`, `2.` in English. */
	number: string;
	title: string;
};

export interface SheetSignature {
	label: Printed;
	note: Printed | undefined;
}

/**
 * A role's confirmation sheet (岗位职责确认书): everything it prints, in the order it
 * prints it. The sheet component renders exactly this, and the fingerprint is taken from
 * `sheetLines` of exactly this, so the paper and its fingerprint come from one value.
 */
export interface ConfirmationSheet {
	role: Role;
	organization: Printed;
	title: Printed;
	/** Role title, code, department, superior. */
	fields: SheetField[];
	sections: SheetSection[];
	statement: Printed;
	signatures: SheetSignature[];
	/** The newest revision and its date (`V2 · 2025年1月6日`): identifies the text, so it is not part of it. */
	version: string | undefined;
	/** A draft is marked as one on every page; the mark is not part of the text. */
	draft: boolean;
	/** `3f2a-91bc-07de`: see `fingerprintOf`. */
	fingerprint: string;
}

const CHINESE_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

function sectionNumber(index: number, locale: Locale): string {
	return locale === 'en' ? `${index + 1}.` : `${CHINESE_NUMERALS[index] ?? index + 1}、`;
}

const cache = new WeakMap<SheetContext, WeakMap<Role, ConfirmationSheet>>();

/** The role's sheet, made once per site context (the role page, its sheet and its department's sheets share it). */
export function confirmationSheet(role: Role, context: SheetContext): ConfirmationSheet {
	let sheets = cache.get(context);
	if (!sheets) cache.set(context, (sheets = new WeakMap()));
	let sheet = sheets.get(role);
	if (!sheet) sheets.set(role, (sheet = buildSheet(role, context)));
	return sheet;
}

function buildSheet(role: Role, context: SheetContext): ConfirmationSheet {
	const { organization, t, prose, formatDate } = context;
	const { site } = organization;
	const settings = confirmationSettings(site, t);
	const markdown = (text: string) => printedMarkdown(text, prose);
	const none = t('common.none');
	const sections = settings.sections
		.map((id) => ({ id, body: sectionBody(id, role, context) }))
		.filter((section): section is { id: ConfirmationSection; body: SectionBody } => section.body !== undefined)
		.map(({ id, body }, index): SheetSection => ({ ...body, id, number: sectionNumber(index, site.locale), title: t(`role.${id}`) }));
	const { version } = role;
	const sheet: Omit<ConfirmationSheet, 'fingerprint'> = {
		role,
		organization: printedText(site.organization),
		title: markdown(settings.title),
		fields: [
			{ label: t('role.title'), value: printedText(role.title) },
			{ label: t('role.code'), value: printedText(role.data.code ?? none) },
			{ label: t('role.department'), value: printedText(role.department.name) },
			{ label: t('role.superior'), value: printedText(role.superior?.title ?? none) },
		],
		sections,
		statement: markdown(settings.statement),
		signatures: settings.signatures.map((signature) => ({ label: markdown(signature.label), note: signature.note === undefined ? undefined : markdown(signature.note) })),
		version: [version?.version, version?.date && formatDate(version.date)].filter(Boolean).join(' · ') || undefined,
		draft: role.data.status === 'draft',
	};
	return { ...sheet, fingerprint: fingerprintOf(sheetLines(sheet)) };
}

/**
 * The sheet's text, one line per printed piece, in the order the sheet prints it: what the
 * fingerprint is taken of. Left out are only the things that identify a copy rather than
 * the text: the version, the fingerprint itself, page numbers, a draft mark, and the name
 * filled in on a person's sheet (so every copy of a role's text has the role's fingerprint).
 */
export function sheetLines(sheet: Omit<ConfirmationSheet, 'fingerprint' | 'version' | 'draft' | 'role'>): string[] {
	return placedSheetLines(sheet).map((line) => line.text);
}

/** `sheetLines`, each with its place on the sheet (`二、3`, `2.3`, a field's label), so a changed line can be cited. */
export function placedSheetLines(sheet: Omit<ConfirmationSheet, 'fingerprint' | 'version' | 'draft' | 'role'>): SheetLine[] {
	const lines: SheetLine[] = [];
	const push = (place: string, ...texts: string[]) => {
		for (const text of texts) lines.push({ place, text });
	};
	push('', sheet.organization.text, sheet.title.text);
	for (const field of sheet.fields) push(field.label, field.label, field.value.text);
	for (const section of sheet.sections) {
		push(section.number, `${section.number} ${section.title}`);
		switch (section.kind) {
			case 'paragraphs':
				push(section.number, ...section.paragraphs.map((paragraph) => paragraph.text));
				break;
			case 'numbered':
				for (const line of section.lines) push(`${section.number}${line.number.replace(/\.$/, '')}`, [line.number, line.text.text, line.weight].filter(Boolean).join(' '));
				break;
			case 'definitions':
				for (const entry of section.entries) push(`${section.number} ${entry.label}`, entry.label, ...entry.values.map((value) => value.text));
				break;
			case 'table':
				push(section.number, section.columns.join(' '));
				for (const group of section.groups) {
					const place = group.label ? `${section.number} ${group.label}` : section.number;
					if (group.label) push(place, group.label);
					push(place, ...group.rows.map((row) => row.map((cell) => cell.text).join(' ')));
				}
				break;
		}
	}
	push('', sheet.statement.text);
	for (const signature of sheet.signatures) push('', ...[signature.label.text, signature.note?.text].filter((text): text is string => !!text));
	return lines;
}

/**
 * The name and start date filled in on a person's copy of a role's sheet. On screen the
 * name links to the person's page (`personUrl`); on paper it is the name.
 */
export function personFields(person: Person, { t, formatDate }: Pick<SheetContext, 't' | 'formatDate'>, personUrl?: string): SheetField[] {
	const name = printedText(person.name);
	return [
		{ label: t('confirm.employee'), value: personUrl ? { ...name, html: `<a href="${escapeHtml(personUrl)}">${name.html}</a>` } : name },
		{ label: t('confirm.since'), value: printedText(person.data.since ? formatDate(person.data.since) : t('common.none')) },
	];
}
