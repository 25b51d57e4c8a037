/**
 * `npm run import -- ROSTER --people` as HR runs it on the spreadsheets its HR system
 * exports: Chinese and English headers, .xlsx and CSV (UTF-8 with a BOM, GB18030),
 * rows that cannot be matched reported by row number and written nowhere.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { decodeText, parseDate, readDelimited } from '../../src/import/read-table.ts';
import { loadOrganization } from '../../src/model/index.ts';
import { encodeGb18030, rosterContent, runImport, runImportProcess } from './spreadsheet-support.ts';

const person = (dir: string, id: string) => parse(readFileSync(path.join(dir, 'people', `${id}.yaml`), 'utf8'));
const peopleFiles = (dir: string) => readdirSync(path.join(dir, 'people')).sort();

const CHINESE_ROSTER = [
	'工号,姓名,岗位,部门,入职日期',
	'E-1001,张伟,经理,销售部,2023/3/1',
	'E-1002,李娜,经理,,2022-05-06',
	'E-1003,王芳,司机,客服部,2021年4月6日',
	'E-1004,"刘洋, Jr.",客服专员,客服部,2024-01-08',
	'E-1005,陈静,C-02,,',
	'E-1006,周敏,客服专员,客服部,2019-07-01',
].join('\r\n');

describe('a roster in CSV with Chinese headers', { timeout: 60_000 }, () => {
	test('matches rows by title within the department and by code, and writes one file per person', async () => {
		const dir = rosterContent();
		const roster = path.join(dir, 'roster.csv');
		writeFileSync(roster, `\uFEFF${CHINESE_ROSTER}\r\n`);
		const { status, lines } = await runImport([roster, '--people', '--content', dir]);
		expect(lines).toContain('6 rows: 4 matched to a role, 2 not imported');
		expect(lines).toContain('  row 3 (李娜): "经理" is ambiguous: sales-manager (销售部), support-manager (客服部); add a 部门 (department) or 岗位编号 (code) column');
		expect(lines).toContain('  row 4 (王芳): unknown role "司机" in 客服部');
		expect(status).toBe(1);

		expect(peopleFiles(dir)).toEqual(['e-1001.yaml', 'e-1004.yaml', 'e-1005.yaml', 'zhou-min.yaml']);
		expect(person(dir, 'e-1001')).toEqual({ id: 'e-1001', name: '张伟', roles: ['sales-manager'], since: '2023-03-01' });
		expect(person(dir, 'e-1004')).toEqual({ id: 'e-1004', name: '刘洋, Jr.', roles: ['agent'], since: '2024-01-08' });
		expect(person(dir, 'e-1005')).toEqual({ id: 'e-1005', name: '陈静', roles: ['agent'] });
		// The person on file under a hand-chosen id is recognised by name, not doubled.
		expect(lines).toContain('  note: row 7: employee number E-1006 is new; 周敏 is zhou-min in people/, matched by name');
		expect(readFileSync(path.join(dir, 'people', 'e-1001.yaml'), 'utf8')).toMatch(/^# yaml-language-server: \$schema=.*schemas\/person\.schema\.json\n# Imported from roster\.csv, row 2\.\nid: e-1001\n/);
		expect(loadOrganization(dir).errorCount).toBe(0);
	});

	test('--dry-run reports the same and writes nothing', async () => {
		const dir = rosterContent();
		const roster = path.join(dir, 'roster.csv');
		writeFileSync(roster, CHINESE_ROSTER);
		const { lines } = await runImport([roster, '--people', '--content', dir, '--dry-run']);
		expect(lines).toContain('  row 4 (王芳): unknown role "司机" in 客服部');
		expect(lines.some((line) => line.startsWith('Dry run: would write') && line.endsWith('3 new, 0 updated, 1 unchanged.'))).toBe(true);
		expect(peopleFiles(dir)).toEqual(['zhou-min.yaml']);
	});

	test('a GB18030 file, as Chinese Excel saves CSV, reads the same', async () => {
		const dir = rosterContent();
		const roster = path.join(dir, 'roster-gbk.csv');
		writeFileSync(roster, encodeGb18030(CHINESE_ROSTER));
		const { lines } = await runImport([roster, '--people', '--content', dir]);
		expect(lines[0]).toBe('roster-gbk.csv: header on row 1, read as GB18030; columns employee = A: 工号, name = B: 姓名, role = C: 岗位, department = D: 部门, since = E: 入职日期');
		expect(lines).toContain('  row 4 (王芳): unknown role "司机" in 客服部');
		expect(person(dir, 'e-1001')).toEqual({ id: 'e-1001', name: '张伟', roles: ['sales-manager'], since: '2023-03-01' });
		expect(person(dir, 'e-1004').name).toBe('刘洋, Jr.');
	});
});

describe('a roster workbook (.xlsx) with English headers', { timeout: 60_000 }, () => {
	async function workbook(file: string) {
		const book = new ExcelJS.Workbook();
		const notes = book.addWorksheet('Notes');
		notes.addRow(['Exported from the HR system']);
		const sheet = book.addWorksheet('Staff');
		sheet.addRow(['Staff list, December']);
		sheet.addRow(['Employee ID', 'Name', 'Position', 'Department', 'Start date']);
		sheet.addRow([1001, 'Zhang Wei', '经理', '销售部', new Date(Date.UTC(2023, 2, 1))]);
		sheet.addRow([1002, 'Li Na', '经理', 'support', new Date(Date.UTC(2022, 4, 6))]);
		sheet.addRow([1003, 'Wang Fang', 'Chauffeur', 'support', null]);
		sheet.addRow([1004, 'Li Na', 'S-01', '', '']);
		sheet.addRow([]);
		sheet.addRow([1006, '周敏', 'C-01', '客服部', '2020-02-01']);
		await book.xlsx.writeFile(file);
	}

	test('finds the roster sheet and its header under a title row; numbers, dates and codes read right', async () => {
		const dir = rosterContent();
		const roster = path.join(dir, 'staff.xlsx');
		await workbook(roster);
		const { status, lines } = await runImport([roster, '--people', '--content', dir]);
		expect(lines[0]).toBe('staff.xlsx (sheet Staff): header on row 2; columns employee = A: Employee ID, name = B: Name, role = C: Position, department = D: Department, since = E: Start date');
		expect(lines).toContain('  row 5 (Wang Fang): unknown role "Chauffeur" in support');
		expect(status).toBe(1);
		expect(person(dir, '1001')).toEqual({ id: '1001', name: 'Zhang Wei', roles: ['sales-manager'], since: '2023-03-01' });
		// The same title in another department, told apart by the department's id.
		expect(person(dir, '1002')).toMatchObject({ name: 'Li Na', roles: ['support-manager'], since: '2022-05-06' });
		expect(person(dir, '1004')).toMatchObject({ name: 'Li Na', roles: ['sales-manager'] });
		expect(existsSync(path.join(dir, 'people', '1003.yaml'))).toBe(false);
	});

	test('an existing person is updated in place: comments, key order and flow style kept', async () => {
		const dir = rosterContent();
		const roster = path.join(dir, 'staff.xlsx');
		await workbook(roster);
		await runImport([roster, '--people', '--content', dir]);
		expect(readFileSync(path.join(dir, 'people', 'zhou-min.yaml'), 'utf8')).toBe('# Hired from the 2019 campus intake.\nname: 周敏\nroles: [ support-manager ] # moved from sales in 2021\nsince: 2020-02-01\n');
		// A second import of the same roster changes nothing.
		const again = await runImport([roster, '--people', '--content', dir]);
		expect(again.lines.some((line) => line.endsWith('0 new, 0 updated, 4 unchanged.'))).toBe(true);
	});
});

describe('naming the columns', { timeout: 60_000 }, () => {
	test('--columns names columns by header, letter or number', async () => {
		const dir = rosterContent();
		const roster = path.join(dir, 'odd.csv');
		writeFileSync(roster, '编号;人;干什么;哪儿\nX1;张伟;经理;销售部\n');
		const unnamed = await runImport([roster, '--people', '--content', dir]);
		expect(unnamed.stderr).toContain('no name column in the header row (row 1: 编号, 人, 干什么, 哪儿)');
		const { status, lines } = await runImport([roster, '--people', '--content', dir, '--columns', 'employee=编号,name=B,role=3,department=D']);
		expect(status).toBe(0);
		expect(lines).toContain('1 row: 1 matched to a role, 0 not imported');
		expect(person(dir, 'x1')).toEqual({ id: 'x1', name: '张伟', roles: ['sales-manager'] });
	});

	test('npm run import hands --people to the spreadsheet import', () => {
		const dir = rosterContent();
		const roster = path.join(dir, 'roster.csv');
		writeFileSync(roster, CHINESE_ROSTER);
		const { status, lines } = runImportProcess([roster, '--people', '--content', dir]);
		expect(lines).toContain('  row 4 (王芳): unknown role "司机" in 客服部');
		expect(status).toBe(1);
	}, 60_000);

	test('an unknown field is a usage error', async () => {
		const { status, stderr } = await runImport(['x.csv', '--people', '--columns', 'salary=F']);
		expect(status).toBe(2);
		expect(stderr).toContain('--columns: unknown field "salary"; the fields are person, employee, name, role, role-id, code, department, since');
	});
});

describe('reading tables', { timeout: 60_000 }, () => {
	test('encodings: a BOM decides; else UTF-8 when it decodes, else GB18030', () => {
		expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toEqual({ text: 'a', encoding: 'utf-8' });
		expect(decodeText(new TextEncoder().encode('岗位'))).toEqual({ text: '岗位', encoding: 'utf-8' });
		expect(decodeText(encodeGb18030('岗位'))).toEqual({ text: '岗位', encoding: 'gb18030' });
		expect(decodeText(new Uint8Array([0xff, 0xfe, 0x97, 0x5c]))).toEqual({ text: '岗', encoding: 'utf-16le' });
	});

	test('quoted fields with commas, quotes and line breaks; rows numbered as Excel shows them', () => {
		const table = readDelimited(new TextEncoder().encode('a,b\n"x, ""y""","two\nlines"\n\nlast,row\n'));
		expect(table.rows).toEqual([
			{ number: 1, cells: ['a', 'b'] },
			{ number: 2, cells: ['x, "y"', 'two\nlines'] },
			{ number: 4, cells: ['last', 'row'] },
		]);
	});

	test('dates as HR writes them', () => {
		expect(['2023-03-01', '2023/3/1', '2023.3.1', '2023年3月1日', '2023-03-01 00:00:00', '44986'].map(parseDate)).toEqual(Array(6).fill('2023-03-01'));
		expect(['2023-02-30', 'next week', '3/1/2023'].map(parseDate)).toEqual([undefined, undefined, undefined]);
	});
});
