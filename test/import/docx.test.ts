/**
 * Word files, made here with the docx package the way HR makes them: a title, a table
 * of header fields, headings, paragraphs numbered by Word (numbers that are not in the
 * text) or typed (1、), two descriptions in one file; in simplified and traditional
 * Chinese and in English.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, PageBreak, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { importFiles, type ImportedRole } from '../../src/import/index.ts';
import { validate } from '../support/fixtures.ts';
import { groups, leaves } from './support.ts';

const heading = (text: string, level: 1 | 2 = 2) => new Paragraph({ text, heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2 });
const paragraph = (text: string) => new Paragraph({ children: [new TextRun(text)] });
/** A paragraph Word numbers itself: the number is not part of its text. */
const numbered = (text: string) => new Paragraph({ text, numbering: { reference: 'list', level: 0 } });
const bullet = (text: string) => new Paragraph({ text, bullet: { level: 0 } });
const table = (rows: string[][]) => new Table({ rows: rows.map((cells) => new TableRow({ children: cells.map((text) => new TableCell({ children: [paragraph(text)] })) })) });
const pageBreak = () => new Paragraph({ children: [new PageBreak()] });

async function writeDocx(file: string, children: (Paragraph | Table)[]): Promise<string> {
	const doc = new Document({
		numbering: { config: [{ reference: 'list', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] }] },
		sections: [{ children }],
	});
	writeFileSync(file, await Packer.toBuffer(doc));
	return file;
}

function contentFolder(): string {
	const dir = mkdtempSync(path.join(tmpdir(), 'rolebook-docx-'));
	mkdirSync(path.join(dir, 'departments'));
	mkdirSync(path.join(dir, 'roles'));
	writeFileSync(path.join(dir, 'site.yaml'), 'organization: 金山宏业\n');
	writeFileSync(path.join(dir, 'departments/key-accounts.yaml'), 'name: 大客户部\n');
	writeFileSync(path.join(dir, 'departments/customer-service.yaml'), 'name: 客户服务部\n');
	writeFileSync(path.join(dir, 'departments/sales.yaml'), 'name: Sales\n');
	writeFileSync(path.join(dir, 'roles/deputy-gm.yaml'), 'title: 副总经理\ndepartment: key-accounts\nrevisions:\n  - { version: V1, date: 2024-01-01, changes: 首次填写 }\n');
	return dir;
}

describe('importing .docx files', () => {
	let content: string;
	let chinese: ImportedRole[];
	let english: ImportedRole[];

	beforeAll(async () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'rolebook-docx-'));
		content = contentFolder();
		const chineseFile = await writeDocx(path.join(dir, '大客户部岗位说明书.docx'), [
			heading('大客户部部长岗位说明书', 1),
			table([
				['岗位名称', '大客户部部长', '所属部门', '大客户部'],
				['岗位编号', 'KA-01', '岗位级别', 'M3'],
				['直接上级', '副总经理', '岗位编制', '1'],
			]),
			heading('本职工作'),
			paragraph('开发重点联盟单位,建立与维护政府及各相关部门的日常联系。'),
			heading('岗位职责'),
			paragraph('（一）部门管理'),
			numbered('负责部门工作计划、目标的制定、检查;'),
			numbered('制定部门工作流程和规章制度,报批通过后实行;'),
			paragraph('（二）客户开发'),
			paragraph('1、拟定年度大客户开发计划,分解目标,报批并督导实施;'),
			paragraph('2、负责签约合同的审核。'),
			heading('主要权利'),
			numbered('大客户部的代表权;'),
			numbered('对预算内经费的支配权;'),
			heading('任职资格'),
			paragraph('学历:本科及以上学历'),
			paragraph('专业:市场营销、管理'),
			paragraph('工作经验:8年以上相关工作经验,3年以上团队管理经验'),
			paragraph('培训经历:接受过系统的企业管理知识培训'),
			heading('工作特征'),
			paragraph('工作环境:办公室'),
			heading('修订履历'),
			table([
				['版本号', '修订时间', '修订内容', '修订者'],
				['V1', '2024-04-14', '首次填写', '韩小溪'],
			]),
			pageBreak(),
			heading('客服主管崗位職責', 1),
			paragraph('崗位名稱:客服主管'),
			paragraph('所屬部門:客戶服務部'),
			paragraph('直接上級:大客戶部部長'),
			heading('崗位職責'),
			paragraph('1、協助部門經理安排客服助理的日常工作;'),
			paragraph('2、負責屬下無法處理的各類投訴的跟進、處理;'),
			paragraph('3、完成上級領導交辦的其它工作。'),
			heading('任職資格'),
			paragraph('學歷:大專以上'),
			paragraph('工作經驗:兩年以上客服工作經驗'),
			paragraph('語言能力:普通話流利'),
		]);
		const englishFile = await writeDocx(path.join(dir, 'sales-roles.docx'), [
			heading('Job Description: Key Account Manager', 1),
			paragraph('Department: Sales'),
			paragraph('Reports to: Sales Director'),
			paragraph('Headcount: 4'),
			heading('Purpose'),
			paragraph("Win and keep the company's largest customers."),
			heading('Key Responsibilities'),
			bullet('Manage a portfolio of twenty key accounts.'),
			bullet('Negotiate annual contracts and renewals.'),
			paragraph('3. Report monthly sales figures to the Sales Director.'),
			heading('Authorities'),
			paragraph('- Approve discounts up to 10%.'),
			heading('Requirements'),
			paragraph("Education: Bachelor's degree in business or marketing"),
			paragraph('Experience: 5 years in B2B sales'),
			paragraph('Languages: English and Mandarin'),
			paragraph('Proficient with CRM tools.'),
			heading('Working conditions'),
			paragraph('Office based; travel to customers two days a week.'),
			pageBreak(),
			heading('Job Description: Sales Director', 1),
			paragraph('Department: Sales'),
			paragraph('Reports to: General Manager'),
			heading('Responsibilities'),
			numbered('Lead the sales team.'),
			numbered('Set quarterly targets.'),
		]);
		const out = path.join(content, 'roles', 'imported');
		const result = await importFiles([chineseFile, englishFile], { contentDir: content, outDir: out });
		[chinese, english] = result.files.map((file) => file.roles) as [ImportedRole[], ImportedRole[]];
		for (const role of [...chinese, ...english]) {
			mkdirSync(out, { recursive: true });
			writeFileSync(role.file, role.yaml);
		}
	});

	test('a Chinese file with two descriptions, one in traditional characters', () => {
		expect(chinese.map((role) => [role.id, role.title])).toEqual([
			['key-accounts-director', '大客户部部长'],
			['customer-service-supervisor', '客服主管'],
		]);
	});

	test('header fields from a Word table, one cell per paragraph', () => {
		const director = parse(chinese[0]!.yaml);
		expect(director).toMatchObject({ title: '大客户部部长', department: 'key-accounts', code: 'KA-01', grade: 'M3', reports_to: 'deputy-gm', headcount: 1 });
		expect(director.summary).toBe('开发重点联盟单位,建立与维护政府及各相关部门的日常联系。');
	});

	test('Word-numbered paragraphs under a typed （一） heading, typed 1、 under （二）', () => {
		const { draft } = chinese[0]!;
		expect(groups(draft.duties)).toEqual(['部门管理 (2)', '客户开发 (2)']);
		expect(leaves(draft.duties)).toEqual([
			'负责部门工作计划、目标的制定、检查;',
			'制定部门工作流程和规章制度,报批通过后实行;',
			'拟定年度大客户开发计划,分解目标,报批并督导实施;',
			'负责签约合同的审核。',
		]);
		expect(leaves(draft.authorities)).toEqual(['大客户部的代表权;', '对预算内经费的支配权;']);
	});

	test('qualification parts, working conditions and a revision table', () => {
		const director = parse(chinese[0]!.yaml);
		expect(director.qualifications).toEqual({
			education: '本科及以上学历',
			majors: '市场营销、管理',
			experience: '8年以上相关工作经验,3年以上团队管理经验',
			training: '接受过系统的企业管理知识培训',
		});
		expect(director.conditions).toEqual({ environment: '办公室' });
		expect(director.revisions).toEqual([{ version: 'V1', date: '2024-04-14', changes: '首次填写', author: '韩小溪' }]);
		expect(chinese[0]!.counts).toMatchObject({ duties: 4, authorities: 2, qualifications: 4, unplaced: 0 });
	});

	test('traditional headings and labels; the superior found in the same import, the department in the content folder', () => {
		const supervisor = parse(chinese[1]!.yaml);
		expect(supervisor).toMatchObject({ title: '客服主管', department: 'customer-service', reports_to: 'key-accounts-director' });
		expect(supervisor.duties).toEqual(['協助部門經理安排客服助理的日常工作;', '負責屬下無法處理的各類投訴的跟進、處理;', '完成上級領導交辦的其它工作。']);
		expect(supervisor.qualifications).toEqual({ education: '大專以上', experience: '兩年以上客服工作經驗', languages: '普通話流利' });
	});

	test('an English file: fields, headings, Word bullets and numbers, typed numbers', () => {
		expect(english.map((role) => role.id)).toEqual(['key-account-manager', 'sales-director']);
		const manager = parse(english[0]!.yaml);
		expect(manager).toMatchObject({ title: 'Key Account Manager', department: 'sales', reports_to: 'sales-director', headcount: 4 });
		expect(manager.summary).toBe("Win and keep the company's largest customers.");
		expect(manager.duties).toEqual(['Manage a portfolio of twenty key accounts.', 'Negotiate annual contracts and renewals.', 'Report monthly sales figures to the Sales Director.']);
		expect(manager.authorities).toEqual(['Approve discounts up to 10%.']);
		expect(manager.qualifications).toEqual({
			education: "Bachelor's degree in business or marketing",
			experience: '5 years in B2B sales',
			skills: 'Proficient with CRM tools.',
			languages: 'English and Mandarin',
		});
		expect(manager.conditions).toEqual({ environment: 'Office based; travel to customers two days a week.' });
	});

	test('a superior no role has is a TODO beside a placeholder; resolved, everything validates', () => {
		const director = english[1]!;
		expect(director.yaml).toMatch(/^reports_to: todo-general-manager # TODO: 直接上级 “General Manager”: no role has this title/m);
		expect(director.yaml).toMatch(/^# Imported from .*sales-roles\.docx, paragraphs 20–25: Job Description: Sales Director\.$/m);
		expect(validate(content).diagnostics.map((d) => d.message)).toEqual(['unknown role "todo-general-manager"']);
		writeFileSync(director.file, director.yaml.replace(/^reports_to: .*\n/m, ''));
		expect(validate(content).diagnostics).toEqual([]);
	});
});
