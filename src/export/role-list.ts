/**
 * The role list and the people list as tables, read from the organisation graph: the
 * data `npm run export` writes to a workbook or CSV. Headers are in the site's
 * language; the people list has the columns the roster import reads back, so an
 * exported roster imports without changes.
 */
import { confirmationSheet, type SheetContext } from '../confirm/index.ts';
import type { Department, Organization, Role } from '../model/index.ts';

export type CellValue = string | number | null;

export interface ExportTable {
	/** The sheet's name before a workbook's naming rules are applied. */
	name: string;
	columns: { header: string; width: number }[];
	rows: CellValue[][];
}

export interface RoleListOptions {
	/** Holders' names: when people are published, or asked for. */
	holders: boolean;
}

/** The role list: every role of the graph, in reporting order. */
export function roleList(roles: readonly Role[], name: string, context: SheetContext, options: RoleListOptions): ExportTable {
	const { t } = context;
	const separator = context.organization.site.locale === 'en' ? ', ' : '、';
	const columns = [
		{ header: t('export.roleId'), width: 22 },
		{ header: t('role.code'), width: 10 },
		{ header: t('role.title'), width: 24 },
		{ header: t('role.department'), width: 16 },
		{ header: t('role.grade'), width: 8 },
		{ header: t('role.superior'), width: 24 },
		{ header: t('role.headcount'), width: 8 },
		...(options.holders ? [{ header: t('role.holders'), width: 24 }] : []),
		{ header: t('role.vacancies'), width: 8 },
		{ header: t('confirm.version'), width: 8 },
		{ header: t('confirm.fingerprint'), width: 16 },
	];
	const rows = roles.map((role): CellValue[] => [
		role.id,
		role.data.code ?? null,
		role.title,
		role.department.name,
		role.data.grade ?? null,
		role.superior?.title ?? null,
		role.data.headcount ?? null,
		...(options.holders ? [role.holders.map((person) => person.name).join(separator) || null] : []),
		role.vacancies ?? null,
		role.version?.version ?? null,
		confirmationSheet(role, context).fingerprint,
	]);
	return { name, columns, rows };
}

/** One row per person and role held, with the roster import's columns. */
export function peopleList(organization: Organization, name: string, context: Pick<SheetContext, 't'>): ExportTable {
	const { t } = context;
	const columns = [
		{ header: t('export.personId'), width: 18 },
		{ header: t('export.name'), width: 14 },
		{ header: t('export.roleId'), width: 22 },
		{ header: t('role.code'), width: 10 },
		{ header: t('role.title'), width: 24 },
		{ header: t('role.department'), width: 16 },
		{ header: t('export.since'), width: 12 },
	];
	const rows = organization.people.flatMap((person) =>
		person.roles.map((role): CellValue[] => [person.id, person.name, role.id, role.data.code ?? null, role.title, role.department.name, person.data.since ?? null]),
	);
	return { name, columns, rows };
}

/** The tables of a workbook: all roles, then each department's own roles, then (with holders) the people. */
export function exportTables(organization: Organization, context: SheetContext, options: RoleListOptions): ExportTable[] {
	const { t } = context;
	const tables = [roleList(organization.roles, t('export.all'), context, options)];
	for (const department of departmentsInTreeOrder(organization)) {
		if (department.roles.length) tables.push(roleList(department.roles, department.name, context, options));
	}
	if (options.holders) tables.push(peopleList(organization, t('export.people'), context));
	return tables;
}

/** Departments top down, each followed by its sub-departments. */
export function departmentsInTreeOrder(organization: Organization): Department[] {
	const out: Department[] = [];
	const visit = (department: Department) => {
		if (out.includes(department)) return;
		out.push(department);
		for (const child of department.children) visit(child);
	};
	for (const department of organization.topDepartments) visit(department);
	for (const department of organization.departments) visit(department);
	return out;
}
