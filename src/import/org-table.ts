/**
 * Org import: a spreadsheet with one row per role (title, department, reports-to as a
 * title or code, optional code, grade and headcount) becomes draft role files and
 * department files for an organisation that has no job descriptions yet. Everything
 * written validates; what the table leaves open (a superior nobody can identify, a
 * headcount that is not a number) is a TODO comment beside the key, not a guess.
 */
import path from 'node:path';
import { Document, Pair, Scalar, YAMLMap } from 'yaml';
import { ID_PATTERN } from '../../schemas/index.ts';
import { dictionaries, LOCALES, type UIKey } from '../i18n/index.ts';
import type { Organization, Role } from '../model/index.ts';
import { IdAllocator, idFor } from './ids.ts';
import { columnLetter, locateColumns, type ColumnSpec, type Table, type TableRow } from './read-table.ts';

export const ORG_FIELDS = ['title', 'department', 'reports-to', 'code', 'grade', 'headcount', 'parent', 'id'] as const;
export type OrgField = (typeof ORG_FIELDS)[number];

const ORG_HEADERS: Record<OrgField, { headers: string[]; labels: UIKey[] }> = {
	title: { headers: ['岗位', '岗位名称', '职位', '职位名称', '职务', '崗位', '崗位名稱', '職位', 'role', 'position', 'title', 'job title', 'job'], labels: ['role.title'] },
	department: { headers: ['部门', '所属部门', '部门名称', '部門', '所屬部門', 'department', 'dept'], labels: ['role.department'] },
	'reports-to': { headers: ['直接上级', '上级', '上级岗位', '汇报对象', '汇报给', '直接上級', '上級', 'reports to', 'reports-to', 'manager', 'supervisor', 'superior', 'line manager'], labels: ['role.superior'] },
	code: { headers: ['岗位编号', '岗位代码', '岗位编码', '崗位編號', 'code', 'role code', 'position code', 'job code'], labels: ['role.code'] },
	grade: { headers: ['岗位级别', '职级', '级别', '等级', '職級', '級別', 'grade', 'level', 'band'], labels: ['role.grade'] },
	headcount: { headers: ['岗位编制', '编制', '编制人数', '定编', '人数', '編制', 'headcount', 'hc', 'budgeted headcount'], labels: ['role.headcount'] },
	parent: { headers: ['上级部门', '上級部門', '所属上级部门', 'parent department', 'parent'], labels: [] },
	id: { headers: ['岗位id', 'role id', 'id'], labels: [] },
};

function orgColumns(): ColumnSpec<OrgField>[] {
	return ORG_FIELDS.map((field) => ({
		field,
		headers: [...ORG_HEADERS[field].headers, ...ORG_HEADERS[field].labels.flatMap((label) => LOCALES.map((locale) => dictionaries[locale][label]))],
	}));
}

export interface OrgRowReport {
	row: number;
	/** The row was not imported. */
	problem?: string;
	/** The row was imported with a TODO. */
	todo?: string;
}

export interface OrgFile {
	/** What the CLI prints: the title or department name. */
	label: string;
	file: string;
	text: string;
}

export interface OrgPlan {
	header: TableRow;
	columns: Partial<Record<OrgField, string>>;
	/** Rows read below the header (empty ones not counted). */
	rowCount: number;
	rows: OrgRowReport[];
	departments: OrgFile[];
	roles: OrgFile[];
	todos: number;
}

export interface OrgOptions {
	organization: Organization;
	contentDir: string;
	columns?: Partial<Record<OrgField, string>>;
	sourceLabel: string;
	/** The schemas/ folder, for the files' schema modelines. */
	schemaRoot: string;
}

interface RowRole {
	row: number;
	id: string;
	title: string;
	departmentId: string;
	code: string;
	grade: string;
	headcount: string;
	reportsTo: string;
	superior: string | undefined;
	todo: string | undefined;
	/** The file of the role already in the content that this row describes. */
	existingFile: string | undefined;
}

interface NewDepartment {
	id: string;
	name: string;
	parent: string;
	rows: number[];
}

/** Reads the table and decides every file to write; writes nothing. */
export function planOrgTable(table: Table, options: OrgOptions): OrgPlan {
	const located = locateColumns(table, orgColumns(), options.columns);
	if (!located || located.columns.title === undefined || located.columns.department === undefined) {
		const header = located?.header ?? table.rows[0];
		throw new Error(`no ${located?.columns.title === undefined ? 'title (岗位)' : 'department (部门)'} column in the header row${header ? ` (row ${header.number}: ${header.cells.join(', ')})` : ''}; use --columns title=COLUMN,department=COLUMN`);
	}
	const { columns, header } = located;
	const { organization } = options;
	const cell = (row: TableRow, field: OrgField) => (columns[field] === undefined ? '' : (row.cells[columns[field]!] ?? '').trim());
	const reports: OrgRowReport[] = [];

	const departmentIds = new IdAllocator(organization.departments.map((d) => d.id));
	const newDepartments = new Map<string, NewDepartment>();
	const departmentFor = (name: string, row: number): string => {
		const existing = organization.departments.find((d) => d.id === name || key(d.name) === key(name) || (d.data.code !== undefined && key(d.data.code) === key(name)));
		if (existing) return existing.id;
		let created = newDepartments.get(key(name));
		if (!created) newDepartments.set(key(name), (created = { id: departmentIds.allocate(idFor(name, 'department')), name, parent: '', rows: [] }));
		created.rows.push(row);
		return created.id;
	};

	const written = located.rows.filter((row) => ORG_FIELDS.some((field) => cell(row, field)));
	const titleCount = new Map<string, number>();
	for (const row of written) titleCount.set(key(cell(row, 'title')), (titleCount.get(key(cell(row, 'title'))) ?? 0) + 1);
	const roleIds = new IdAllocator(organization.roles.map((r) => r.id));
	const rows: RowRole[] = [];
	for (const row of written) {
		const title = cell(row, 'title');
		const department = cell(row, 'department');
		if (!title || !department) {
			reports.push({ row: row.number, problem: title ? 'no department' : 'no title' });
			continue;
		}
		const departmentId = departmentFor(department, row.number);
		const parent = cell(row, 'parent');
		const created = [...newDepartments.values()].find((d) => d.id === departmentId);
		if (created && parent && !created.parent) created.parent = parent;
		const givenId = cell(row, 'id');
		if (givenId && !ID_PATTERN.test(givenId)) {
			reports.push({ row: row.number, problem: `id "${givenId}" is not an id (lower-case letters, digits and hyphens)` });
			continue;
		}
		const code = cell(row, 'code');
		const existing = organization.roles.find((r) => (givenId ? r.id === givenId : code && r.data.code !== undefined ? key(r.data.code) === key(code) : r.department.id === departmentId && key(r.title) === key(title)));
		const base = (titleCount.get(key(title)) ?? 0) > 1 ? idFor(`${department}${title}`, 'role') : idFor(title, 'role');
		rows.push({
			row: row.number,
			id: existing ? existing.id : roleIds.allocate(givenId || base),
			existingFile: existing && path.resolve(existing.source.displayPath),
			title,
			departmentId,
			code,
			grade: cell(row, 'grade'),
			headcount: cell(row, 'headcount'),
			reportsTo: cell(row, 'reports-to'),
			superior: undefined,
			todo: undefined,
		});
	}

	for (const role of rows) resolveSuperior(role, rows, organization.roles);
	breakCycles(rows);
	for (const role of rows) if (role.todo) reports.push({ row: role.row, todo: role.todo });

	const roleFiles = rows.map((role) => ({ label: role.title, file: role.existingFile ?? path.join(options.contentDir, 'roles', role.departmentId, `${role.id}.yaml`), text: renderRole(role, options) }));
	const departmentFiles = [...newDepartments.values()].map((department) => {
		const members = rows.filter((role) => role.departmentId === department.id);
		const heads = members.filter((role) => !members.some((other) => other.id === role.superior));
		const parentId = department.parent ? departmentFor(department.parent, department.rows[0]!) : undefined;
		return {
			label: department.name,
			file: path.join(options.contentDir, 'departments', `${department.id}.yaml`),
			text: renderDepartment(department, heads.length === 1 ? heads[0] : undefined, parentId === department.id ? undefined : parentId, options),
		};
	});
	const todos = rows.filter((role) => role.todo).length + rows.filter((role) => role.headcount && !isCount(role.headcount)).length;
	return {
		header,
		columns: Object.fromEntries(Object.entries(columns).map(([field, index]) => [field, `${columnLetter(index as number)}: ${header.cells[index as number]}`])),
		rowCount: written.length,
		rows: reports.sort((a, b) => a.row - b.row),
		departments: departmentFiles,
		roles: roleFiles,
		todos,
	};
}

/** Reports-to as a code, a title (in the same department first), an id, or an existing role's title or code. */
function resolveSuperior(role: RowRole, rows: readonly RowRole[], existing: readonly Role[]): void {
	const written = role.reportsTo;
	if (!written) return;
	const others = rows.filter((other) => other !== role);
	const byCode = others.filter((other) => other.code && key(other.code) === key(written));
	let candidates = byCode.length ? byCode : others.filter((other) => key(other.title) === key(written));
	if (candidates.length > 1) {
		const near = candidates.filter((other) => other.departmentId === role.departmentId);
		if (near.length === 1) candidates = near;
	}
	if (candidates.length === 1) {
		role.superior = candidates[0]!.id;
		return;
	}
	if (candidates.length > 1) {
		role.todo = `直接上级 "${written}" could be ${candidates.map((c) => `${c.id} (row ${c.row})`).join(' or ')}: set reports_to`;
		return;
	}
	const found = existing.filter((r) => r.id === written || key(r.title) === key(written) || (r.data.code !== undefined && key(r.data.code) === key(written)));
	if (found.length === 1) role.superior = found[0]!.id;
	else if (found.length > 1) role.todo = `直接上级 "${written}" could be ${found.map((r) => r.id).join(' or ')}: set reports_to`;
	else role.todo = `直接上级 "${written}" is no role in the table or the content: set reports_to`;
}

/** A reporting cycle in the table would not validate: the row that closes it loses its reports_to, with a TODO. */
function breakCycles(rows: RowRole[]): void {
	const byId = new Map(rows.map((role) => [role.id, role]));
	for (const role of rows) {
		const seen = new Set<RowRole>();
		for (let current: RowRole | undefined = role; current?.superior; current = byId.get(current.superior)) {
			if (seen.has(current)) {
				current.todo = `直接上级 "${current.reportsTo}" closes a reporting cycle (${[...seen].map((r) => r.title).join(' → ')}): set reports_to`;
				current.superior = undefined;
				break;
			}
			seen.add(current);
		}
	}
}

function renderRole(role: RowRole, options: OrgOptions): string {
	const roleDir = path.dirname(role.existingFile ?? path.join(options.contentDir, 'roles', role.departmentId, 'x'));
	const doc = new Document();
	const map = new YAMLMap();
	doc.contents = map;
	const put = (name: string, value: unknown, comment?: string) => {
		const pair = new Pair(doc.createNode(name), doc.createNode(value));
		if (comment) (pair.value as Scalar).comment = ` ${comment}`;
		map.items.push(pair);
	};
	put('id', role.id);
	put('title', role.title);
	put('department', role.departmentId);
	if (role.code) put('code', role.code);
	if (role.grade) put('grade', role.grade);
	put('status', 'draft');
	if (role.superior) put('reports_to', role.superior, role.reportsTo && role.reportsTo !== role.superior ? `直接上级: ${role.reportsTo}` : undefined);
	if (role.headcount && isCount(role.headcount)) put('headcount', Number(role.headcount.normalize('NFKC')));
	const closing: string[] = [];
	if (role.todo) closing.push(` TODO: ${role.todo}`);
	else if (!role.superior) closing.push(' No 直接上级 in the table: add reports_to unless this role is the top of the organisation.');
	if (role.headcount && !isCount(role.headcount)) closing.push(` TODO: 岗位编制 "${role.headcount}" is not a whole number: set headcount`);
	closing.push(' TODO: summary, duties, authorities and qualifications (npm run import -- FILE.docx drafts them from a job description).');
	doc.commentBefore = [
		` yaml-language-server: $schema=${modeline(roleDir, options.schemaRoot, 'role')}`,
		` Imported from ${options.sourceLabel}, row ${role.row}.`,
		' A draft: complete it, then remove status: draft (or set publish.drafts: true in site.yaml to see drafts on the site now).',
	].join('\n');
	doc.comment = closing.join('\n');
	return doc.toString({ lineWidth: 0 });
}

function renderDepartment(department: NewDepartment, head: RowRole | undefined, parent: string | undefined, options: OrgOptions): string {
	const data: Record<string, unknown> = { id: department.id, name: department.name };
	if (parent) data['parent'] = parent;
	if (head?.superior) data['reports_to'] = head.superior;
	if (head) data['head'] = head.id;
	const doc = new Document(data);
	doc.commentBefore = [
		` yaml-language-server: $schema=${modeline(path.join(options.contentDir, 'departments'), options.schemaRoot, 'department')}`,
		` Imported from ${options.sourceLabel}, ${department.rows.length === 1 ? 'row' : 'rows'} ${department.rows.join(', ')}.`,
	].join('\n');
	doc.comment = [' TODO: mission (部门本职) and responsibilities (主要职责).', ...(head ? [] : [' TODO: head: the role that leads the department.'])].join('\n');
	return doc.toString({ lineWidth: 0 });
}

function modeline(from: string, schemaRoot: string, kind: string): string {
	return path.relative(from, path.join(schemaRoot, `${kind}.schema.json`)).split(path.sep).join('/');
}

function isCount(text: string): boolean {
	return /^\d+$/.test(text.normalize('NFKC').trim());
}

function key(text: string): string {
	return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}
