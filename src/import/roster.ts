/**
 * Roster import: one row per person (and role) from HR's spreadsheet becomes
 * `people/*.yaml`. Each row is matched to a role by id, code, or title within its
 * department; a row that matches no role, or more than one, is reported with its row
 * number and written nowhere. People are identified by their id column, else their
 * employee number, else their name, so importing the same roster twice writes the
 * same files, and importing an exported roster changes nothing.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ID_PATTERN } from '../../schemas/index.ts';
import { dictionaries, LOCALES } from '../i18n/index.ts';
import type { UIKey } from '../i18n/index.ts';
import type { Organization, Role } from '../model/index.ts';
import { didYouMean } from '../model/suggest.ts';
import { renderPerson, updatePerson } from './person-yaml.ts';
import { columnLetter, locateColumns, parseDate, type ColumnSpec, type Table, type TableRow } from './read-table.ts';

export const ROSTER_FIELDS = ['person', 'employee', 'name', 'role', 'role-id', 'code', 'department', 'since'] as const;
export type RosterField = (typeof ROSTER_FIELDS)[number];

/** Header names per field; the UI labels of every language (as the export writes them) are added. */
const ROSTER_HEADERS: Record<RosterField, { headers: string[]; labels: UIKey[] }> = {
	person: { headers: ['人员编号', '人員編號', 'person id', 'person'], labels: ['export.personId'] },
	employee: { headers: ['工号', '工號', '员工编号', '員工編號', '员工号', '职工号', '员工工号', 'employee id', 'employee number', 'employee no', 'employee no.', 'emp id', 'emp no', 'staff id', 'staff number', 'id'], labels: [] },
	name: { headers: ['姓名', '员工姓名', '員工姓名', '名字', 'name', 'full name', 'employee name', 'employee'], labels: ['export.name'] },
	role: { headers: ['岗位', '岗位名称', '职位', '职位名称', '职务', '崗位', '崗位名稱', '職位', '職務', 'role', 'position', 'job title', 'title', 'job'], labels: ['role.title'] },
	'role-id': { headers: ['岗位id', '崗位id', 'role id', 'position id'], labels: ['export.roleId'] },
	code: { headers: ['岗位编号', '岗位代码', '岗位编码', '崗位編號', '崗位代碼', 'role code', 'position code', 'job code', 'code'], labels: ['role.code'] },
	department: { headers: ['部门', '所属部门', '部门名称', '部門', '所屬部門', 'department', 'dept', 'dept.'], labels: ['role.department'] },
	since: { headers: ['入职日期', '任职日期', '到岗日期', '上岗日期', '入職日期', '任職日期', 'since', 'start date', 'hire date', 'date joined', 'joined', 'in role since'], labels: ['export.since'] },
};

export function rosterColumns(extraLabels: Partial<Record<RosterField, string[]>> = {}): ColumnSpec<RosterField>[] {
	return ROSTER_FIELDS.map((field) => {
		const { headers, labels } = ROSTER_HEADERS[field];
		const fromDictionaries = labels.flatMap((label) => LOCALES.map((locale) => dictionaries[locale][label]));
		return { field, headers: [...headers, ...fromDictionaries, ...(extraLabels[field] ?? [])] };
	});
}

export type RowOutcome =
	| { kind: 'matched'; row: number; personId: string; name: string; role: Role }
	| { kind: 'problem'; row: number; name: string | undefined; message: string };

export interface PlannedPerson {
	id: string;
	name: string;
	roles: string[];
	since: string | undefined;
	rows: number[];
	/** Absolute path of the file to write. */
	file: string;
	action: 'create' | 'update' | 'unchanged';
	/** The text to write (for create and update). */
	text: string;
}

export interface RosterPlan {
	/** The sheet read, for a workbook. */
	sheet: string | undefined;
	encoding: string | undefined;
	header: TableRow;
	/** Which column each field was read from ("C: 岗位名称"). */
	columns: Partial<Record<RosterField, string>>;
	rows: RowOutcome[];
	people: PlannedPerson[];
	/** Notes that are not about one row (same name, people not in the roster). */
	notes: string[];
}

export interface RosterOptions {
	/** From `--columns`. */
	columns?: Partial<Record<RosterField, string>>;
	/** Roles, drafts included, and every person (the graph built with `{ people: true, drafts: true }`). */
	organization: Organization;
	contentDir: string;
	/** What the new files' comment says they came from: `roster.xlsx, row 5`. */
	sourceLabel: string;
	schemaPath: string;
}

/** The table of a workbook that is a roster: the sheet whose header names a person and a role (an exported workbook's people sheet). */
export function pickRosterTable(tables: readonly Table[], options: Pick<RosterOptions, 'columns'> = {}): Table | undefined {
	const specs = rosterColumns();
	let best: Table | undefined;
	let bestScore = 0;
	for (const table of tables) {
		const located = locateColumns(table, specs, options.columns);
		if (!located) continue;
		const { columns } = located;
		const names = columns.name !== undefined || columns.person !== undefined || columns.employee !== undefined;
		const roles = columns.role !== undefined || columns['role-id'] !== undefined || columns.code !== undefined;
		const score = (names ? 10 : 0) + (roles ? 10 : 0) + Object.keys(columns).length;
		if (score > bestScore) [best, bestScore] = [table, score];
	}
	return best;
}

/** Reads the roster and decides, for every row and person, what to write; writes nothing. */
export function planRoster(table: Table, options: RosterOptions): RosterPlan {
	const located = locateColumns(table, rosterColumns(), options.columns);
	if (!located) throw new Error('the table is empty');
	const { columns, header } = located;
	if (columns.name === undefined && columns.person === undefined && columns.employee === undefined) {
		throw new Error(`no name column in the header row (row ${header.number}: ${header.cells.join(', ')}); name it 姓名 or Name, or use --columns name=COLUMN`);
	}
	if (columns.role === undefined && columns['role-id'] === undefined && columns.code === undefined) {
		throw new Error(`no role column in the header row (row ${header.number}: ${header.cells.join(', ')}); name it 岗位, 岗位编号 or Role, or use --columns role=COLUMN`);
	}
	const catalogue = new RoleCatalogue(options.organization.roles);
	const existing = new ExistingPeople(options.organization);
	const rows: RowOutcome[] = [];
	const cell = (row: TableRow, field: RosterField) => (columns[field] === undefined ? '' : (row.cells[columns[field]!] ?? '').trim());
	const rosterNames = new Map<string, number>();
	const claimed = new Set<string>();
	for (const row of located.rows) {
		const name = cell(row, 'name');
		if (name) rosterNames.set(name, (rosterNames.get(name) ?? 0) + 1);
		const id = cell(row, 'person') || slug(cell(row, 'employee'));
		if (id) claimed.add(id);
	}

	const planned = new Map<string, { name: string; roles: string[]; since: string | undefined; rows: number[] }>();
	const notes: string[] = [];
	for (const row of located.rows) {
		const values = Object.fromEntries(ROSTER_FIELDS.map((field) => [field, cell(row, field)])) as Record<RosterField, string>;
		if (ROSTER_FIELDS.every((field) => !values[field])) continue;
		const problem = (message: string) => rows.push({ kind: 'problem', row: row.number, name: values.name || undefined, message });
		const name = values.name || existing.byId(values.person)?.name || '';
		if (!name) {
			problem('no name');
			continue;
		}
		if (!values.role && !values['role-id'] && !values.code) {
			problem('no role');
			continue;
		}
		const match = catalogue.match(values);
		if ('problem' in match) {
			problem(match.problem);
			continue;
		}
		const personId = identify(values, name, { existing, rosterNames, claimed });
		if ('problem' in personId) {
			problem(personId.problem);
			continue;
		}
		if (personId.byName) notes.push(`row ${row.number}: employee number ${personId.value} is new; ${name} is ${personId.id} in people/, matched by name`);
		const since = values.since ? parseDate(values.since) : undefined;
		if (values.since && !since) notes.push(`row ${row.number}: ${headerOf(header, columns.since)} "${values.since}" is not a date (YYYY-MM-DD); since left as it was`);
		const entry = planned.get(personId.id);
		if (entry && entry.name !== name) {
			problem(`${personId.via} ${personId.value} is ${entry.name} on row ${entry.rows[0]}, ${name} here`);
			continue;
		}
		rows.push({ kind: 'matched', row: row.number, personId: personId.id, name, role: match.role });
		if (!entry) planned.set(personId.id, { name, roles: [match.role.id], since, rows: [row.number] });
		else {
			if (!entry.roles.includes(match.role.id)) entry.roles.push(match.role.id);
			if (since && (!entry.since || since < entry.since)) entry.since = since;
			entry.rows.push(row.number);
		}
	}

	const people: PlannedPerson[] = [];
	for (const [id, person] of planned) {
		const found = existing.byId(id);
		const file = found?.file ?? path.join(options.contentDir, 'people', `${id}.yaml`);
		if (found) {
			let text: string;
			try {
				text = updatePerson(found.text, person);
			} catch (error) {
				for (const number of person.rows) replaceWithProblem(rows, number, `${path.basename(file)} cannot be updated: ${(error as Error).message}`);
				continue;
			}
			people.push({ id, ...person, file, action: text === found.text ? 'unchanged' : 'update', text });
		} else if (existsSync(file)) {
			for (const number of person.rows) replaceWithProblem(rows, number, `people/${id}.yaml exists but does not validate; fix it (npm run validate) and import again`);
		} else {
			const source = `Imported from ${options.sourceLabel}, ${person.rows.length === 1 ? 'row' : 'rows'} ${person.rows.join(', ')}.`;
			people.push({ id, ...person, file, action: 'create', text: renderPerson({ id, ...person }, { schemaPath: options.schemaPath, source }) });
			const namesake = existing.byName(person.name);
			if (namesake.length) notes.push(`${person.name} (${id}) is new, and ${namesake.map((p) => p.id).join(', ')} has the same name: if they are one person, give the roster a 人员编号 (person id) column`);
		}
	}
	const inRoster = new Set(planned.keys());
	const absent = existing.all().filter((person) => !inRoster.has(person.id));
	if (absent.length) notes.push(`${absent.length === 1 ? '1 person' : `${absent.length} people`} in people/ not in this roster, left as they are: ${absent.map((p) => `${p.name} (${p.id})`).join(', ')}`);

	return {
		sheet: table.sheet,
		encoding: table.encoding,
		header,
		columns: Object.fromEntries(Object.entries(columns).map(([field, index]) => [field, `${columnLetter(index as number)}: ${header.cells[index as number]}`])),
		rows: rows.sort((a, b) => a.row - b.row),
		people,
		notes,
	};
}

function replaceWithProblem(rows: RowOutcome[], number: number, message: string): void {
	const index = rows.findIndex((row) => row.row === number);
	if (index >= 0) rows[index] = { kind: 'problem', row: number, name: rows[index]!.name, message };
}

function headerOf(header: TableRow, index: number | undefined): string {
	return index === undefined ? '' : (header.cells[index] ?? columnLetter(index));
}

type Identity = { id: string; via: string; value: string; byName?: boolean } | { problem: string };

/**
 * The person's id: the id column as written; else the employee number made an id
 * (E-1001 → e-1001) unless people/ already has someone of that name under another id
 * (people files written by hand are named by the person, and a first import must not
 * double them), when the roster and people/ each have exactly one person of that name
 * and no other row claims that id; else, without an employee number, the same name
 * match, or the name made an id (Ann Lee → ann-lee; a Chinese name, which has no
 * spelling in ids, → person- and a hash of the name).
 */
function identify(values: Record<RosterField, string>, name: string, context: { existing: ExistingPeople; rosterNames: Map<string, number>; claimed: Set<string> }): Identity {
	const { existing, rosterNames, claimed } = context;
	if (values.person) {
		return ID_PATTERN.test(values.person) ? { id: values.person, via: 'person id', value: values.person } : { problem: `person id "${values.person}" is not an id (lower-case letters, digits and hyphens)` };
	}
	const namesakes = existing.byName(name);
	const namesake = namesakes.length === 1 && rosterNames.get(name) === 1 && !claimed.has(namesakes[0]!.id) ? namesakes[0] : undefined;
	if (values.employee) {
		const id = slug(values.employee);
		if (!id) return { problem: `employee number "${values.employee}" has no letters or digits` };
		if (existing.byId(id) || !namesake) return { id, via: 'employee number', value: values.employee };
		return { id: namesake.id, via: 'employee number', value: values.employee, byName: true };
	}
	if (namesake) return { id: namesake.id, via: 'name', value: name };
	const fromName = slug(name);
	const id = fromName && /[a-z]/.test(fromName) ? fromName : `person-${createHash('sha256').update(name.normalize('NFC')).digest('hex').slice(0, 8)}`;
	return { id, via: 'name', value: name };
}

function slug(text: string): string {
	return text
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 64)
		.replace(/-+$/, '');
}

/** How titles, codes and department names are compared: NFKC, lower case, no spaces, one kind of bracket. */
function matchKey(text: string): string {
	return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

class RoleCatalogue {
	private readonly roles: readonly Role[];
	constructor(roles: readonly Role[]) {
		this.roles = roles;
	}

	match(values: Record<RosterField, string>): { role: Role } | { problem: string } {
		if (values['role-id']) {
			const role = this.roles.find((r) => r.id === values['role-id']);
			return role ? { role } : { problem: `no role with id "${values['role-id']}"${didYouMean(values['role-id'], this.roles.map((r) => r.id))}` };
		}
		if (values.code) {
			const role = this.roles.find((r) => r.data.code !== undefined && matchKey(r.data.code) === matchKey(values.code));
			if (role) return { role };
			if (!values.role) return { problem: `no role with code "${values.code}"${didYouMean(values.code, this.roles.flatMap((r) => r.data.code ?? []))}` };
		}
		const written = values.role;
		const byId = this.roles.find((r) => r.id === written);
		if (byId) return { role: byId };
		const byCode = this.roles.find((r) => r.data.code !== undefined && matchKey(r.data.code) === matchKey(written));
		if (byCode) return { role: byCode };
		const titled = this.roles.filter((r) => matchKey(r.title) === matchKey(written));
		const department = values.department;
		const inDepartment = department ? titled.filter((r) => departmentMatches(r, department)) : titled;
		if (inDepartment.length === 1) return { role: inDepartment[0]! };
		if (inDepartment.length > 1) {
			const where = department ? ` in ${department}` : '';
			return { problem: `"${written}"${where} is ambiguous: ${inDepartment.map((r) => `${r.id} (${r.department.name})`).join(', ')}; add a 部门 (department) or 岗位编号 (code) column` };
		}
		if (titled.length) return { problem: `no role "${written}" in department "${department}"; ${titled.map((r) => `${r.id} is in ${r.department.name}`).join(', ')}` };
		const candidates = department ? this.roles.filter((r) => departmentMatches(r, department)) : this.roles;
		const knownDepartment = !department || candidates.length > 0;
		const hint = didYouMean(written, candidates.map((r) => r.title));
		return { problem: `unknown role "${written}"${department ? (knownDepartment ? ` in ${department}` : ` (and no department "${department}")`) : ''}${hint}` };
	}
}

function departmentMatches(role: Role, written: string): boolean {
	const key = matchKey(written);
	const { department } = role;
	return department.id === written || matchKey(department.name) === key || (department.data.code !== undefined && matchKey(department.data.code) === key);
}

interface ExistingPerson {
	id: string;
	name: string;
	file: string;
	text: string;
}

class ExistingPeople {
	private readonly people: ExistingPerson[];
	constructor(organization: Organization) {
		this.people = organization.people.map((person) => {
			const file = path.resolve(person.source.displayPath);
			return { id: person.id, name: person.name, file, text: existsSync(file) ? readFileSync(file, 'utf8') : person.source.text };
		});
	}
	byId(id: string): ExistingPerson | undefined {
		return id ? this.people.find((person) => person.id === id) : undefined;
	}
	byName(name: string): ExistingPerson[] {
		return this.people.filter((person) => person.name === name);
	}
	all(): ExistingPerson[] {
		return this.people;
	}
}
