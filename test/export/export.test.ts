/**
 * `npm run export`: the role list as a workbook and as CSV, read back with the same
 * libraries, and the round trip: an exported roster imports without changing a file.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, test, vi } from 'vitest';
import { main as exportMain } from '../../src/cli/export.ts';
import { confirmationSheet } from '../../src/confirm/index.ts';
import { departmentsInTreeOrder } from '../../src/export/role-list.ts';
import { createDateFormatter, createTranslator } from '../../src/i18n/translate.ts';
import { loadOrganization } from '../../src/model/index.ts';
import { siteProseOf } from '../../src/site/prose.ts';
import { fixtureWith } from '../support/fixtures.ts';
import { runImport } from '../import/spreadsheet-support.ts';

const EXAMPLE = path.resolve(import.meta.dirname, '../../content');

async function runExport(args: string[]) {
	const lines: string[] = [];
	const log = vi.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => void lines.push(parts.join(' ')));
	const error = vi.spyOn(console, 'error').mockImplementation((...parts: unknown[]) => void lines.push(parts.join(' ')));
	try {
		return { status: await exportMain(args), lines };
	} finally {
		log.mockRestore();
		error.mockRestore();
	}
}

function copyOf(dir: string): string {
	const copy = mkdtempSync(path.join(tmpdir(), 'rolebook-export-'));
	cpSync(dir, copy, { recursive: true });
	return copy;
}

const values = (row: ExcelJS.Row) => Array.from((row.values as unknown[]).slice(1), (value) => value ?? null);

describe('the role list as a workbook', { timeout: 60_000 }, () => {
	test('a sheet of all roles, one per department and one of people; bold frozen header in the site’s language', async () => {
		const out = path.join(mkdtempSync(path.join(tmpdir(), 'rolebook-xlsx-')), 'roles.xlsx');
		const { status, lines } = await runExport(['--content', EXAMPLE, '--out', out]);
		expect(status).toBe(0);
		expect(lines[0]).toMatch(/roles\.xlsx: 23 roles, 8 people; 8 sheets/);

		const { organization } = loadOrganization(EXAMPLE);
		const book = new ExcelJS.Workbook();
		await book.xlsx.readFile(out);
		const withRoles = departmentsInTreeOrder(organization).filter((department) => department.roles.length);
		expect(withRoles).toHaveLength(6);
		expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['全部岗位', ...withRoles.map((department) => department.name), '任职人员']);
		const all = book.getWorksheet('全部岗位')!;
		expect(values(all.getRow(1))).toEqual(['岗位ID', '岗位编号', '岗位名称', '所属部门', '岗位级别', '直接上级', '岗位编制', '任职人员', '空缺', '版本', '文本指纹']);
		expect(all.getRow(1).font?.bold).toBe(true);
		expect(all.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
		expect(all.autoFilter).toBeTruthy();

		// Every published role, with the model's values and the fingerprint its sheet prints.
		const t = createTranslator(organization.site);
		const context = { organization, t, formatDate: createDateFormatter(organization.site), prose: siteProseOf(organization) };
		expect(all.rowCount).toBe(organization.roles.length + 1);
		const byId = new Map<string, unknown[]>();
		all.eachRow((row, number) => number > 1 && byId.set(String(row.getCell(1).value), values(row)));
		for (const role of organization.roles) {
			expect(byId.get(role.id)).toEqual([
				role.id,
				role.data.code ?? null,
				role.title,
				role.department.name,
				role.data.grade ?? null,
				role.superior?.title ?? null,
				role.data.headcount ?? null,
				role.holders.map((person) => person.name).join('、') || null,
				role.vacancies ?? null,
				role.version?.version ?? null,
				confirmationSheet(role, context).fingerprint,
			]);
		}
		const finance = book.getWorksheet('财务部')!;
		expect(finance.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
		expect(finance.getColumn(1).values.slice(2)).toEqual(organization.department('finance')!.roles.map((role) => role.id));
		const people = book.getWorksheet('任职人员')!;
		expect(values(people.getRow(1))).toEqual(['人员编号', '姓名', '岗位ID', '岗位编号', '岗位名称', '所属部门', '任职日期']);
		expect(people.rowCount).toBe(1 + organization.people.reduce((n, person) => n + person.roles.length, 0));
	});

	test('no holders and no people sheet when people are not published, unless --people', async () => {
		const dir = fixtureWith();
		writeFileSync(path.join(dir, 'site.yaml'), 'organization: Acme Support Ltd\nlocale: en\n');
		const out = path.join(dir, 'roles.xlsx');
		await runExport(['--content', dir, '--out', out]);
		let book = await new ExcelJS.Workbook().xlsx.readFile(out);
		expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['All roles', 'Executive Office', 'Sales', 'Customer Support']);
		expect(values(book.worksheets[0]!.getRow(1))).toEqual(['Role id', 'Code', 'Position', 'Department', 'Grade', 'Reports to', 'Headcount', 'Vacancies', 'Version', 'Fingerprint']);
		expect(JSON.stringify(book.worksheets.map((sheet) => sheet.getSheetValues()))).not.toContain('Ann Lee');
		await runExport(['--content', dir, '--out', out, '--people']);
		book = await new ExcelJS.Workbook().xlsx.readFile(out);
		expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['All roles', 'Executive Office', 'Sales', 'Customer Support', 'People']);
		expect(values(book.getWorksheet('People')!.getRow(2))).toEqual(['ann', 'Ann Lee', 'account-manager', null, 'Account Manager', 'Sales', '2023-03-01']);
	});

	test('content with errors exports nothing', async () => {
		const dir = fixtureWith();
		writeFileSync(path.join(dir, 'roles', 'ceo.yaml'), 'title: CEO\ndepartment: nowhere\n');
		const out = path.join(dir, 'roles.xlsx');
		const { status, lines } = await runExport(['--content', dir, '--out', out]);
		expect(status).toBe(1);
		expect(lines.at(-1)).toBe('1 error: nothing exported (npm run validate lists them all)');
		expect(readdirSync(dir)).not.toContain('roles.xlsx');
	});
});

describe('the role list as CSV', { timeout: 60_000 }, () => {
	test('UTF-8 with a BOM and CRLF, readable by a CSV parser; formula-like text defused', async () => {
		const dir = fixtureWith();
		writeFileSync(path.join(dir, 'roles', 'support-lead.yaml'), 'title: "=HYPERLINK(\\"x\\"), Lead"\ndepartment: support\nreports_to: ceo\n');
		const out = path.join(dir, 'roles.csv');
		const { status } = await runExport(['--content', dir, '--format', 'csv', '--out', out]);
		expect(status).toBe(0);
		const bytes = readFileSync(out);
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(bytes.toString('utf8')).toContain('\r\n');
		const rows = parse(bytes, { bom: true }) as string[][];
		expect(rows[0]).toEqual(['Role id', 'Code', 'Position', 'Department', 'Grade', 'Reports to', 'Headcount', 'Held by', 'Vacancies', 'Version', 'Fingerprint']);
		expect(rows.slice(1).map((row) => row[0])).toEqual(loadOrganization(dir).organization.roles.map((role) => role.id));
		expect(rows.find((row) => row[0] === 'support-lead')![2]).toBe(`'=HYPERLINK("x"), Lead`);
	});
});

describe('round trip', { timeout: 60_000 }, () => {
	test('exporting the workbook with people and importing it as a roster changes nothing', async () => {
		const dir = copyOf(EXAMPLE);
		const before = Object.fromEntries(readdirSync(path.join(dir, 'people')).map((file) => [file, readFileSync(path.join(dir, 'people', file), 'utf8')]));
		const out = path.join(dir, '..', `${path.basename(dir)}-roles.xlsx`);
		await runExport(['--content', dir, '--out', out, '--people']);
		const { status, lines } = await runImport([out, '--people', '--content', dir]);
		expect(lines[0]).toContain('(sheet 任职人员): header on row 1');
		expect(lines).toContain('8 rows: 8 matched to a role, 0 not imported');
		expect(lines.at(-1)).toMatch(/: 0 new, 0 updated, 8 unchanged\.$/);
		expect(status).toBe(0);
		const after = Object.fromEntries(readdirSync(path.join(dir, 'people')).map((file) => [file, readFileSync(path.join(dir, 'people', file), 'utf8')]));
		expect(after).toEqual(before);
	});

	test('the same through CSV (--list people)', async () => {
		const dir = fixtureWith();
		writeFileSync(path.join(dir, 'people', 'bo.yaml'), '# Two roles.\nname: Bo Chen\nroles: [support-agent, sales-director]\n');
		const before = readdirSync(path.join(dir, 'people')).map((file) => readFileSync(path.join(dir, 'people', file), 'utf8'));
		const out = path.join(dir, 'people.csv');
		await runExport(['--content', dir, '--list', 'people', '--out', out]);
		const { status, lines } = await runImport([out, '--people', '--content', dir]);
		expect(lines).toContain('3 rows: 3 matched to a role, 0 not imported');
		expect(status).toBe(0);
		expect(readdirSync(path.join(dir, 'people')).filter((file) => file.endsWith('.yaml')).map((file) => readFileSync(path.join(dir, 'people', file), 'utf8'))).toEqual(before);
	});
});
