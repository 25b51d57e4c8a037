import { CONDITION_KEYS, QUALIFICATION_KEYS, ROUTINE_KEYS, type AuthorityEntry, type DutyEntry } from '../../schemas/index.ts';
import type { UIKey } from '../i18n/index.ts';
import type { Translate } from '../i18n/translate.ts';
import type { ProseRenderer } from '../markdown/prose.ts';
import type { Organization, Role } from '../model/index.ts';
import { flattenNumbered, numberEntries } from './numbering.ts';
import { resolveMention } from '../model/mentions.ts';
import { printedMarkdown, printedText, type Printed } from './printed.ts';
import type { ConfirmationSection } from './settings.ts';

/** A numbered line of a duty or authority list: an item, or the heading of a group. */
export interface NumberedLine {
	/** `1.`, `2.3`, `2.3.1`: the place in the list as written, so a line can be cited. */
	number: string;
	/** 0 for the top level, 1 inside a group, … */
	depth: number;
	group: boolean;
	text: Printed;
	/** The share of working time, e.g. `10%`. */
	weight: string | undefined;
}

export interface DefinitionEntry {
	label: string;
	values: Printed[];
}

export interface TableGroup {
	/** A heading row above the group's rows (内部, 外部), if any. */
	label: string | undefined;
	rows: Printed[][];
}

export type SectionBody =
	| { kind: 'paragraphs'; paragraphs: Printed[] }
	| { kind: 'numbered'; lines: NumberedLine[] }
	| { kind: 'definitions'; entries: DefinitionEntry[] }
	| { kind: 'table'; columns: string[]; groups: TableGroup[] };

export interface SectionContext {
	organization: Organization;
	t: Translate;
	prose: ProseRenderer;
}

/** The body of one section of a sheet, or nothing when the role has nothing to print there. */
export function sectionBody(section: ConfirmationSection, role: Role, context: SectionContext): SectionBody | undefined {
	const { data } = role;
	const { t, prose } = context;
	const markdown = (text: string) => printedMarkdown(text, prose);
	switch (section) {
		case 'summary':
			return nonEmpty(data.summary) ? { kind: 'paragraphs', paragraphs: data.summary.map(markdown) } : undefined;
		case 'duties':
			return nonEmpty(data.duties) ? { kind: 'numbered', lines: numberedLines(data.duties, prose) } : undefined;
		case 'authorities':
			return nonEmpty(data.authorities) ? { kind: 'numbered', lines: numberedLines(data.authorities, prose) } : undefined;
		case 'qualifications':
			return definitions(data.qualifications, QUALIFICATION_KEYS, 'qualifications', context);
		case 'conditions':
			return definitions(data.conditions, CONDITION_KEYS, 'conditions', context);
		case 'routines':
			return definitions(data.routines, ROUTINE_KEYS, 'routines', context);
		case 'relationships': {
			const none = printedText(t('common.none'));
			const row = (other: Printed, nature: string | undefined) => [other, nature ? markdown(nature) : none];
			const internal = (data.relationships?.internal ?? []).map((item) =>
				typeof item === 'string' ? row(mention(item, context), undefined) : row(mention(item.with, context), item.nature),
			);
			const external = (data.relationships?.external ?? []).map((item) =>
				typeof item === 'string' ? row(markdown(item), undefined) : row(markdown(item.with), item.nature),
			);
			const groups = [
				{ label: t('relationships.internal'), rows: internal },
				{ label: t('relationships.external'), rows: external },
			].filter((group) => group.rows.length > 0);
			return groups.length > 0 ? { kind: 'table', columns: [t('relationships.with'), t('relationships.nature')], groups } : undefined;
		}
		case 'kpis': {
			if (!nonEmpty(data.kpis)) return undefined;
			const none = printedText(t('common.none'));
			const rows = data.kpis.map((kpi) =>
				typeof kpi === 'string'
					? [markdown(kpi), none, none]
					: [markdown(kpi.name), kpi.target ? markdown(kpi.target) : none, kpi.weight === undefined ? none : printedText(`${kpi.weight}%`)],
			);
			return { kind: 'table', columns: [t('kpi.name'), t('kpi.target'), t('kpi.weight')], groups: [{ label: undefined, rows }] };
		}
	}
}

function nonEmpty<T>(list: readonly T[] | undefined): list is readonly T[] {
	return list !== undefined && list.length > 0;
}

/** Duties and authorities numbered as the role page numbers them (see numbering.ts), as printed lines. */
function numberedLines(entries: readonly (DutyEntry | AuthorityEntry)[], prose: ProseRenderer): NumberedLine[] {
	return flattenNumbered(numberEntries(entries)).map((entry) => ({
		number: entry.number,
		depth: entry.depth,
		group: entry.items !== undefined,
		text: printedMarkdown(entry.text, prose),
		weight: entry.weight === undefined ? undefined : `${entry.weight}%`,
	}));
}

function definitions<K extends string>(
	values: Partial<Record<K, readonly string[] | undefined>> | undefined,
	keys: readonly K[],
	prefix: 'qualifications' | 'conditions' | 'routines',
	{ t, prose }: SectionContext,
): SectionBody | undefined {
	const entries = keys
		.filter((key) => nonEmpty(values?.[key]))
		.map((key) => ({ label: t(`${prefix}.${key}` as UIKey), values: values![key]!.map((text) => printedMarkdown(text, prose)) }));
	return entries.length > 0 ? { kind: 'definitions', entries } : undefined;
}

/** A role id, `department:ID`, or free text, printed as the role's title, the department's name, or the text. */
function mention(value: string, { organization, prose, t }: SectionContext): Printed {
	const found = resolveMention(organization, value);
	if (found.kind === 'department') return printedText(found.department.name);
	if (found.kind === 'role') return printedText(found.role.title);
	if (found.kind === 'unpublished') return printedText(t('prose.unpublishedRole'));
	return printedMarkdown(found.text, prose);
}
