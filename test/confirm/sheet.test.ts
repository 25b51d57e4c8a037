import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { confirmationSheet, sheetLines, sheetPageStyle, type ConfirmationSheet } from '../../src/confirm/index.ts';
import { pageCounterContent } from '../../src/confirm/page-style.ts';
import { createTranslator } from '../../src/i18n/translate.ts';
import { siteSchema } from '../../schemas/index.ts';
import { EXAMPLE_CONTENT, englishFixture, siteContextFor } from './support/content.ts';

function sheetOf(contentDir: string, roleId: string): ConfirmationSheet {
	const context = siteContextFor(contentDir);
	const role = context.organization.role(roleId);
	if (!role) throw new Error(`no role ${roleId} in ${contentDir}`);
	return confirmationSheet(role, context);
}

const temporary: string[] = [];
afterAll(() => {
	for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

function english(): string {
	const dir = englishFixture();
	temporary.push(dir);
	return dir;
}

/** A copy of the example organisation with one file edited. */
function exampleWith(file: string, edit: (text: string) => string): string {
	const dir = mkdtempSync(path.join(tmpdir(), 'rolebook-confirm-'));
	temporary.push(dir);
	cpSync(EXAMPLE_CONTENT, dir, { recursive: true });
	const target = path.join(dir, file);
	const before = readFileSync(target, 'utf8');
	const after = edit(before);
	if (after === before) throw new Error(`the edit changed nothing in ${file}`);
	writeFileSync(target, after);
	return dir;
}

const KA_DIRECTOR = 'roles/key-accounts/ka-director.yaml';

describe('what a sheet prints', () => {
	test('the sections site.confirmation lists, in its order, headed 一、二、…', () => {
		const sheet = sheetOf(EXAMPLE_CONTENT, 'ka-director');
		expect(sheet.sections.map((section) => `${section.number}${section.title}`)).toEqual(['一、本职工作', '二、职位职责', '三、主要权利', '四、任职资格']);
		expect(sheet.title.text).toBe('岗位职责确认书');
		expect(sheet.statement.text).toBe('本人已认真阅读上述岗位职责,理解并同意遵照执行。');
		expect(sheet.signatures.map((s) => [s.label.text, s.note?.text])).toEqual([
			['员工签名', '本人手签'],
			['岗位', '行政部填写'],
			['直接上级签名', undefined],
			['日期', undefined],
		]);
		expect(sheet.fields.map((field) => [field.label, field.value.text])).toEqual([
			['岗位名称', '大客户部部长'],
			['岗位编号', 'KA-01'],
			['所属部门', '大客户部'],
			['直接上级', '副总经理'],
		]);
		expect(sheet.version).toBe('V2 · 2025年1月6日');
		expect(sheet.fingerprint).toMatch(/^[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}$/);
	});

	test('duties keep their groups, with numbers that cite each line, and their time shares', () => {
		const duties = sheetOf(EXAMPLE_CONTENT, 'ge-account-manager').sections.find((section) => section.id === 'duties');
		if (duties?.kind !== 'numbered') throw new Error('duties are not a numbered list');
		expect(duties.lines.map((line) => `${line.number}${line.group ? ' [group]' : ''}`)).toEqual([
			'1. [group]',
			'1.1',
			'1.2',
			'1.3',
			'2. [group]',
			'2.1',
			'2.2',
			'2.3',
			'2.4',
			'2.5',
			'3. [group]',
			'3.1',
			'3.2',
			'3.3',
			'3.4',
			'4.',
		]);
		expect(duties.lines[0]!.text.text).toBe('大客户渠道规划、计划及预算管理');
		expect(duties.lines[1]).toMatchObject({ depth: 1, weight: '10%', text: { text: '编制并组织落实大客户渠道的发展规划' } });
	});

	test('without site.confirmation: the default sections, and title, statement and signatures in the site language', () => {
		const sheet = sheetOf(english(), 'field-engineer');
		expect(sheet.sections.map((section) => section.id)).toEqual(['summary', 'duties', 'authorities', 'qualifications']);
		expect(sheet.title.text).toBe('Role confirmation');
		expect(sheet.statement.text).toMatch(/^I have read the duties of this role/);
		expect(sheet.signatures.map((s) => [s.label.text, s.note?.text])).toEqual([
			['Employee signature', 'signed by hand'],
			['Supervisor signature', undefined],
			['Date', undefined],
		]);
		expect(sheet.version).toBe('1.1 · 17 February 2025');
	});

	test('Markdown is printed as text: links by their label, emphasis without its stars, & and < as themselves', () => {
		const lines = sheetLines(sheetOf(english(), 'field-engineer'));
		expect(lines).toContain('Installs, repairs and maintains customer equipment on site, and keeps Support Lead informed.');
		expect(lines).toContain('2.1 Answer on-site repair calls within one working day 25%');
		expect(lines).toContain('2.2 Keep response times < 4 hours for priority customers & log every visit 15%');
		expect(lines).toContain('4. Do other work the supervisor assigns');
	});
});

describe('the fingerprint', () => {
	const original = sheetOf(EXAMPLE_CONTENT, 'ka-director').fingerprint;

	test('is the first 12 hex digits of SHA-256 of the printed lines, so anyone can recompute it', () => {
		const sheet = sheetOf(EXAMPLE_CONTENT, 'ka-director');
		const hex = createHash('sha256').update(sheetLines(sheet).join('\n')).digest('hex');
		expect(sheet.fingerprint).toBe(`${hex.slice(0, 4)}-${hex.slice(4, 8)}-${hex.slice(8, 12)}`);
	});

	test('changes when one duty changes', () => {
		const dir = exampleWith(KA_DIRECTOR, (text) => text.replace('对大客户机构设置、人员结构合理性负责;', '对大客户机构设置负责;'));
		expect(sheetOf(dir, 'ka-director').fingerprint).not.toBe(original);
	});

	test('changes when the statement changes', () => {
		const dir = exampleWith('site.yaml', (text) => text.replace('理解并同意遵照执行', '理解并遵照执行'));
		expect(sheetOf(dir, 'ka-director').fingerprint).not.toBe(original);
	});

	test('does not change when a section the sheet does not print changes (KPIs, routines, notes), nor with a new revision', () => {
		const dir = exampleWith(KA_DIRECTOR, (text) =>
			text
				.replace('回访满意率不低于95%', '回访满意率不低于90%')
				.replace('参加公司例会和有关会议\n', '参加公司例会\n')
				.replace('  - { version: V2,', '  - { version: V3, date: 2025-06-01, changes: 调整考核指标 }\n  - { version: V2,'),
		);
		const sheet = sheetOf(dir, 'ka-director');
		expect(sheet.version).toBe('V3 · 2025年6月1日');
		expect(sheet.fingerprint).toBe(original);
	});

	test('changes when the site prints one more section', () => {
		const dir = exampleWith('site.yaml', (text) => text.replace('    - qualifications\n', '    - qualifications\n    - kpis\n'));
		const sheet = sheetOf(dir, 'ka-director');
		expect(sheet.sections.at(-1)).toMatchObject({ id: 'kpis', number: '五、', title: '考核指标' });
		expect(sheet.fingerprint).not.toBe(original);
	});
});

describe('the printed page style', () => {
	test('A4, and "page N of M" in the site language from the page counters', () => {
		const site = siteSchema.parse({ organization: 'X', locale: 'zh-TW' });
		const css = sheetPageStyle('zh-TW', createTranslator(site));
		expect(css).toContain('size: A4;');
		expect(css).toContain('content: "第 " counter(page) " 頁,共 " counter(pages) " 頁";');
		expect(css).toContain("'Noto Serif CJK TC'");
	});

	test('a label override with quotes or backslashes stays one CSS string', () => {
		expect(pageCounterContent('Seite {page} "von" {pages}\\')).toBe('"Seite " counter(page) " \\"von\\" " counter(pages) "\\\\"');
		expect(pageCounterContent('{page}/{pages}')).toBe('counter(page) "/" counter(pages)');
	});
});
