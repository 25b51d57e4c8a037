/**
 * `npm run import -- ORG --roles`: a list of roles with a reports-to column becomes draft
 * roles and departments that validate, superiors resolved by title or code, and what
 * the table leaves open marked TODO.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { loadOrganization } from '../../src/model/index.ts';
import { runImport } from './spreadsheet-support.ts';

function emptyContent(): string {
	const dir = mkdtempSync(path.join(tmpdir(), 'rolebook-org-'));
	writeFileSync(path.join(dir, 'site.yaml'), 'organization: 新公司\nlocale: zh-CN\npublish: { drafts: true }\n');
	return dir;
}

const ORG = [
	'岗位名称,部门,直接上级,岗位编号,职级,编制',
	'总经理,总经理办公室,,GM-01,M5,1',
	'销售总监,销售部,GM-01,S-01,M3,1',
	'销售代表,销售部,销售总监,S-02,P2,6',
	'经理,财务部,总经理,F-01,M2,1',
	'经理,行政部,总经理,A-01,M2,1',
	'会计,财务部,经理,F-02,P2,两名',
	'司机,行政部,车队长,A-02,P1,2',
].join('\n');

const read = (dir: string, file: string) => parse(readFileSync(path.join(dir, file), 'utf8'));

describe('an org list with a reports-to column', { timeout: 60_000 }, () => {
	test('becomes draft roles and departments that validate, superiors resolved by code and title', async () => {
		const dir = emptyContent();
		const file = path.join(dir, 'org.csv');
		writeFileSync(file, ORG);
		const { status, lines } = await runImport([file, '--roles', '--content', dir]);
		expect(status).toBe(0);
		expect(lines).toContain('7 rows: 7 roles in 4 new departments, 2 TODOs to resolve');
		expect(lines).toContain('  row 8: TODO 直接上级 "车队长" is no role in the table or the content: set reports_to');

		expect(readdirSync(path.join(dir, 'departments')).sort()).toEqual(['admin.yaml', 'finance.yaml', 'gm-office.yaml', 'sales.yaml']);
		expect(read(dir, 'roles/sales/sales-director.yaml')).toEqual({ id: 'sales-director', title: '销售总监', department: 'sales', code: 'S-01', grade: 'M3', status: 'draft', reports_to: 'general-manager', headcount: 1 });
		// Two roles titled 经理: ids from department and title; 会计 reports to the one in its own department.
		expect(read(dir, 'roles/finance/finance-manager.yaml')).toMatchObject({ title: '经理', department: 'finance', reports_to: 'general-manager' });
		expect(read(dir, 'roles/admin/admin-manager.yaml')).toMatchObject({ title: '经理', department: 'admin' });
		const accountant = readFileSync(path.join(dir, 'roles/finance/accountant.yaml'), 'utf8');
		expect(parse(accountant)).toMatchObject({ reports_to: 'finance-manager' });
		expect(parse(accountant)).not.toHaveProperty('headcount');
		expect(accountant).toContain('# TODO: 岗位编制 "两名" is not a whole number: set headcount');
		expect(read(dir, 'departments/sales.yaml')).toEqual({ id: 'sales', name: '销售部', reports_to: 'general-manager', head: 'sales-director' });

		const { organization, errorCount } = loadOrganization(dir);
		expect(errorCount).toBe(0);
		expect(organization.topRoles.map((role) => role.id).sort()).toEqual(['driver', 'general-manager']);
		expect(organization.role('sales-representative')?.reportingChain.map((role) => role.id)).toEqual(['general-manager', 'sales-director']);
	});

	test('existing files are kept unless --force; --dry-run writes nothing', async () => {
		const dir = emptyContent();
		const file = path.join(dir, 'org.csv');
		writeFileSync(file, ORG);
		await runImport([file, '--roles', '--content', dir, '--dry-run']);
		expect(readdirSync(dir).sort()).toEqual(['org.csv', 'site.yaml']);
		await runImport([file, '--roles', '--content', dir]);
		const again = await runImport([file, '--roles', '--content', dir]);
		expect(again.status).toBe(1);
		expect(again.lines).toContain('  销售总监 → ' + path.join(dir, 'roles/sales/sales-director.yaml') + ' — exists, not overwritten (use --force)');
		expect(readdirSync(path.join(dir, 'roles', 'sales')).sort()).toEqual(['sales-director.yaml', 'sales-representative.yaml']);
	});

	test('an .xlsx list with English headers, a superior in the content already and a reporting cycle', async () => {
		const dir = emptyContent();
		mkdirSync(path.join(dir, 'departments'));
		mkdirSync(path.join(dir, 'roles'));
		writeFileSync(path.join(dir, 'departments', 'exec.yaml'), 'name: Executive\n');
		writeFileSync(path.join(dir, 'roles', 'ceo.yaml'), 'title: Chief Executive\ndepartment: exec\ncode: E-1\n');
		const book = new ExcelJS.Workbook();
		const sheet = book.addWorksheet('Roles');
		sheet.addRow(['Title', 'Department', 'Reports to', 'Headcount', 'Parent department']);
		sheet.addRow(['Head of Research', 'Research', 'E-1', 1, 'exec']);
		sheet.addRow(['Analyst', 'Research', 'Head of Research', 3, '']);
		sheet.addRow(['Lead A', 'Labs', 'Lead B', 1, 'Research']);
		sheet.addRow(['Lead B', 'Labs', 'Lead A', 1, '']);
		const file = path.join(dir, 'org.xlsx');
		await book.xlsx.writeFile(file);
		const { lines } = await runImport([file, '--roles', '--content', dir]);
		expect(lines.filter((line) => line.includes('closes a reporting cycle'))).toHaveLength(1);
		expect(read(dir, 'departments/research.yaml')).toEqual({ id: 'research', name: 'Research', parent: 'exec', reports_to: 'ceo', head: 'head-of-research' });
		expect(read(dir, 'departments/labs.yaml')).toMatchObject({ parent: 'research' });
		expect(loadOrganization(dir).errorCount).toBe(0);
	});
});
