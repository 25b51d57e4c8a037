/**
 * HR's register of signed sheets (a spreadsheet or CSV: person, role, fingerprint, date)
 * turned into `signed:` entries of the people files. Each row names the person by id or
 * name and the role by id or title; a row that cannot be matched is listed with the reason.
 * The files keep their comments and key order: entries are appended to the YAML document.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isSeq, parseDocument, type YAMLSeq } from 'yaml';
import { FINGERPRINT_PATTERN } from '../../schemas/index.ts';
import type { Organization, Person, Role } from '../model/index.ts';
import { locateColumns, parseDate, readTables, type ColumnSpec } from './read-table.ts';

export const SIGNATURE_FIELDS = ['person', 'name', 'role', 'fingerprint', 'date'] as const;
type SignatureField = (typeof SIGNATURE_FIELDS)[number];

const COLUMNS: ColumnSpec<SignatureField>[] = [
	{ field: 'person', headers: ['person', 'person id', '人员编号', '人員編號', '人员id', 'employee id', '工号', '工號', 'id'] },
	{ field: 'name', headers: ['name', 'employee', 'employee name', 'full name', '姓名', '员工姓名', '員工姓名', '签字人', '簽字人'] },
	{ field: 'role', headers: ['role', 'role id', 'role title', 'title', 'position', 'job title', '岗位', '岗位名称', '岗位id', '崗位', '崗位名稱', '职位', '職位', '職位名稱', '职务', '職務'] },
	{ field: 'fingerprint', headers: ['fingerprint', 'text fingerprint', '文本指纹', '指纹', '文本指紋', '指紋'] },
	{ field: 'date', headers: ['date', 'signed', 'signed on', 'date signed', 'signature date', '签字日期', '签署日期', '簽字日期', '簽署日期', '日期'] },
];

export interface Signature {
	role: string;
	fingerprint: string;
	date: string;
}

export interface ImportedRow {
	/** Where the row is, as the spreadsheet shows it (`Sheet1 row 4`, `row 4`). */
	at: string;
	person: Person;
	signature: Signature;
	/** The fingerprint is no known version of the role's text (a warning, as in validation). */
	unknownText: boolean;
	/** The person's file has this entry already. */
	duplicate: boolean;
}

export interface UnmatchedRow {
	at: string;
	reason: string;
}

export interface SignatureImport {
	rows: ImportedRow[];
	unmatched: UnmatchedRow[];
	/** Person file (absolute path) → its new text, for the people with new entries. */
	files: Map<string, string>;
}

/** Reads the register and plans the edits; writes nothing. `contentDir` is where the people files are. */
export async function planSignatureImport(file: string, organization: Organization, contentDir: string): Promise<SignatureImport> {
	const rows: ImportedRow[] = [];
	const unmatched: UnmatchedRow[] = [];
	for (const table of await readTables(file)) {
		const located = locateColumns(table, COLUMNS);
		if (!located) continue;
		const { columns } = located;
		if (columns.fingerprint === undefined || (columns.person === undefined && columns.name === undefined) || columns.role === undefined) {
			unmatched.push({ at: table.sheet ?? path.basename(file), reason: 'no header row naming the person (id or name), the role, the fingerprint and the date' });
			continue;
		}
		for (const row of located.rows) {
			const cell = (field: SignatureField) => (columns[field] === undefined ? '' : (row.cells[columns[field]!] ?? '').trim());
			if (row.cells.every((value) => value === '')) continue;
			const at = `${table.sheet ? `${table.sheet} ` : ''}row ${row.number}`;
			const outcome = matchRow(organization, { person: cell('person'), name: cell('name'), role: cell('role'), fingerprint: cell('fingerprint'), date: cell('date') });
			if ('reason' in outcome) unmatched.push({ at, reason: outcome.reason });
			else rows.push({ at, ...outcome, duplicate: outcome.person.data.signed.some((s) => s.role === outcome.signature.role && s.fingerprint === outcome.signature.fingerprint && s.date === outcome.signature.date) });
		}
	}
	const files = new Map<string, string>();
	for (const person of new Set(rows.filter((row) => !row.duplicate).map((row) => row.person))) {
		const absolute = path.join(contentDir, person.sourcePath);
		const text = files.get(absolute) ?? readFileSync(absolute, 'utf8');
		const seen = new Set<string>();
		const entries = rows.filter((row) => row.person === person && !row.duplicate && !seen.has(key(row.signature)) && seen.add(key(row.signature)));
		files.set(absolute, appendSignatures(text, entries.map((row) => row.signature)));
	}
	return { rows, unmatched, files };
}

const key = (signature: Signature) => `${signature.role}\n${signature.fingerprint}\n${signature.date}`;

function matchRow(organization: Organization, cells: Record<SignatureField, string>): Omit<ImportedRow, 'at' | 'duplicate'> | { reason: string } {
	const who = cells.person || cells.name;
	const person = (cells.person && organization.people.find((p) => p.id === cells.person)) || undefined;
	const byName = person ? [person] : organization.people.filter((p) => p.name === (cells.name || cells.person));
	if (byName.length === 0) return { reason: `no person "${who}" (by id or name)` };
	if (byName.length > 1) return { reason: `${byName.length} people are named "${who}" (${byName.map((p) => p.id).join(', ')}); give the person id` };
	const found = byName[0]!;
	const role = findRole(organization, found, cells.role);
	if (typeof role === 'string') return { reason: role };
	const fingerprint = cells.fingerprint.toLowerCase();
	if (!FINGERPRINT_PATTERN.test(fingerprint)) return { reason: `"${cells.fingerprint}" is not a fingerprint (12 hex digits in groups of four, like 9b74-de04-09e3)` };
	const date = parseDate(cells.date);
	if (!date) return { reason: `"${cells.date}" is not a date (YYYY-MM-DD, 2024/2/1 or 2024年2月1日)` };
	const unknownText = !organization.versionsOf(role).some((version) => version.fingerprint === fingerprint);
	return { person: found, signature: { role: role.id, fingerprint, date }, unknownText };
}

/** The role by id, else by title: among the roles the person holds first, then in the whole organisation. */
function findRole(organization: Organization, person: Person, written: string): Role | string {
	if (!written) return 'no role given';
	const byId = organization.role(written);
	if (byId) return byId;
	const held = person.roles.filter((role) => role.title === written);
	if (held.length === 1) return held[0]!;
	const all = organization.roles.filter((role) => role.title === written);
	if (all.length === 1) return all[0]!;
	if (all.length > 1) return `${all.length} roles are titled "${written}" (${all.map((r) => r.id).join(', ')}); give the role id`;
	return `no role "${written}" (by id or title)`;
}

/** The person file with entries appended to `signed:` (made if missing), comments and key order kept. */
export function appendSignatures(text: string, signatures: readonly Signature[]): string {
	const document = parseDocument(text);
	let list = document.get('signed', true);
	if (!isSeq(list)) {
		list = document.createNode([]) as YAMLSeq;
		document.set('signed', list);
	}
	for (const signature of signatures) {
		const node = document.createNode({ role: signature.role, fingerprint: signature.fingerprint, date: signature.date });
		node.flow = true;
		(list as YAMLSeq).items.push(node);
	}
	return document.toString({ lineWidth: 0 });
}
