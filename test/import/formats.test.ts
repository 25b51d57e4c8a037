/**
 * Numbering styles, traditional Chinese and English headings, Markdown, text saved by
 * Chinese Windows (GB18030), and a file with no title at all.
 */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { idFor, IdAllocator } from '../../src/import/ids.ts';
import { importFiles } from '../../src/import/index.ts';
import { markerAt } from '../../src/import/markers.ts';
import { segment } from '../../src/import/segment.ts';
import { FIXTURES } from '../support/fixtures.ts';
import { descriptionsOf, groups, leaves, unplacedText } from './support.ts';

const FORMATS = path.join(FIXTURES, 'import/formats');

describe('numbering', () => {
	test.each([
		['1、负责', 'arabic', 1],
		['12. 负责', 'arabic', 12],
		['3．负责', 'arabic', 3],
		['2) 负责', 'arabic-paren', 2],
		['4）负责', 'arabic-paren', 4],
		['(1) 负责', 'arabic-enclosed', 1],
		['（10）负责', 'arabic-enclosed', 10],
		['（一）负责', 'cjk-enclosed', 1],
		['(十二)负责', 'cjk-enclosed', 12],
		['一、负责', 'cjk', 1],
		['二十一、负责', 'cjk', 21],
		['① 负责', 'circled', 1],
		['⑳负责', 'circled', 20],
		['A、负责', 'latin-upper', 1],
		['C. 负责', 'latin-upper', 3],
		['b) manage', 'latin-lower', 2],
		['第三条 负责', 'article', 3],
		['Ⅱ、负责', 'roman', 2],
		['1.2 负责', 'outline', 2],
		['2.1.3负责', 'outline', 3],
	])('%s is a %s item numbered %i', (text, family, number) => {
		expect(markerAt(text)).toMatchObject({ family, number });
	});

	test.each(['• 负责', '● 负责', '❑负责', '- manage', '* manage', '· 负责', '※ 负责'])('%s is a bullet', (text) => {
		expect(markerAt(text)?.family).toBe('bullet');
	});

	test.each(['2024.4.14', '3年以上工作经验', '1000服务热线', '-1 度', 'V1', '2.8年以上', '3.5万元'])('%s is not numbered', (text) => {
		const marker = markerAt(text);
		expect(marker === undefined || marker.bare || marker.beforeDigit).toBe(true);
	});

	test('a line is cut only where the list goes on: 目标5.负责, not 3.5万元', () => {
		const tokens = segment([
			{ number: 1, text: '1.建立客户档案;2. 组织项目洽谈;3、和业务部门沟通;4.达成大客户销售目标5.负责大客户开发' },
			{ number: 2, text: '6.年销售额达到3.5万元,增长2.8倍' },
		]);
		expect(tokens.map((t) => [t.marker?.number, t.text])).toEqual([
			[1, '建立客户档案;'],
			[2, '组织项目洽谈;'],
			[3, '和业务部门沟通;'],
			[4, '达成大客户销售目标'],
			[5, '负责大客户开发'],
			[6, '年销售额达到3.5万元,增长2.8倍'],
		]);
	});

	test('every style in one description: 一、 (一) 1、 1) ① A、 • (1) 第一条, nested as written', async () => {
		const [cashier] = await descriptionsOf(path.join(FORMATS, 'numbering.txt'));
		expect(cashier).toMatchObject({ title: '出纳', department: '财务部', reportsTo: '财务经理' });
		expect(groups(cashier!.duties)).toEqual(['资金管理 (4)', '票据管理 (2)', '其他 (1)']);
		expect(groups(cashier!.duties[0]!.items)).toEqual(['现金 (2)', '银行 (2)']);
		expect(leaves(cashier!.duties)).toEqual(['负责现金收付;', '负责现金日记账的登记。', '办理银行结算业务;', '保管银行票据。', '保管空白支票;', '登记发票领用。', '完成领导交办的其他工作。']);
		expect(leaves(cashier!.authorities)).toEqual(['对不合规票据有拒付权;', '对现金收支有监督权。']);
		expect(cashier!.qualifications).toEqual({ education: ['大专及以上学历;'], majors: ['财务、会计相关专业;'], certifications: ['持有会计从业资格证书;'] });
		expect(cashier!.relationships.internal).toEqual(['财务部、销售部']);
		expect(cashier!.kpis).toEqual(['现金账实相符率100%', '日记账日清月结']);
	});

	test('1.1 outline numbers under 【】 headings announced by …职责如下:, Ⅰ、 Ⅱ、 requirements', async () => {
		const [reception] = await descriptionsOf(path.join(FORMATS, 'outline.txt'));
		expect(reception!.title).toBe('行政前台');
		expect(groups(reception!.duties)).toEqual(['接待 (2)', '行政 (2)']);
		expect(leaves(reception!.duties)).toEqual(['接待来访客人,登记访客信息;', '接听总机电话并转接;', '管理会议室预约;', '收发快递和信件。']);
		expect(reception!.qualifications).toEqual({ education: ['大专及以上学历;'], appearance: ['形象气质佳。'] });
	});
});

describe('headings in traditional Chinese and English', () => {
	test('崗位名稱, 所屬部門, 直接上司, 職務概述, 主要職責, 工作權限, 任職條件, 考核指標, 修訂履歷', async () => {
		const [role] = await descriptionsOf(path.join(FORMATS, 'traditional.txt'));
		expect(role).toMatchObject({ title: '業務員', department: '銷售部', reportsTo: '銷售經理', summary: ['負責開發新客戶並維護老客戶。'] });
		expect(leaves(role!.duties)).toEqual(['開發新客戶,完成銷售目標;', '維護客戶關係,處理客戶投訴;', '收集市場信息,反饋給上級。']);
		expect(leaves(role!.authorities)).toEqual(['對客戶報價有建議權;']);
		expect(role!.qualifications).toEqual({ education: ['高中以上'], experience: ['一年以上銷售經驗'], appearance: ['端莊大方'], physical: ['身體健康'] });
		expect(role!.conditions).toEqual({ environment: ['辦公室及外勤'] });
		expect(role!.kpis).toEqual(['銷售額', '新客戶數量']);
		expect(role!.revisions).toEqual([{ version: 'V1.0', date: '2023-05-01', changes: ['首次編寫'] }]);
	});

	test('Markdown in English: a title, a table of fields, wrapped paragraphs, a heading it has no place for', async () => {
		const [agent] = await descriptionsOf(path.join(FORMATS, 'english.md'));
		expect(agent).toMatchObject({ title: 'Customer Service Agent', department: 'Customer Support', reportsTo: 'Support Lead', grade: 'P2' });
		expect(agent!.summary).toEqual(["Answer customers' questions by phone and email, and resolve their complaints the first time."]);
		expect(leaves(agent!.duties)).toEqual([
			'Answer calls and emails within the service targets.',
			'Log every contact in the **CRM**. Escalate what you cannot resolve.',
			'Follow up complaints until they are closed.',
		]);
		expect(agent!.qualifications).toEqual({
			education: ['high school diploma or above'],
			experience: ['1 year of customer service experience'],
			languages: ['Fluent English; Mandarin is a plus'],
		});
		expect(agent!.kpis).toEqual(['First-contact resolution rate above 80%']);
		expect(unplacedText(agent!)).toEqual(['Benefits we offer', '- A team that helps you learn.']);
	});

	test('an English department and superior are matched by name and title in the content folder', async () => {
		const { files } = await importFiles([path.join(FORMATS, 'english.md')], { contentDir: path.join(FIXTURES, 'base'), outDir: path.join(FORMATS, 'not-written') });
		const role = parse(files[0]!.roles[0]!.yaml);
		expect(role).toMatchObject({ id: 'customer-service-agent', department: 'support', reports_to: 'support-lead', grade: 'P2' });
	});
});

describe('odd files', () => {
	test('plain text saved as GB18030 is read as such', async () => {
		const [cashier] = await descriptionsOf(path.join(FORMATS, 'gb18030.txt'));
		expect(cashier).toMatchObject({ title: '出纳', reportsTo: '财务经理' });
		expect(leaves(cashier!.duties)).toEqual(['负责现金收付;', '登记现金日记账。']);
	});

	test('a file with no title is one description, named after the file', async () => {
		const [role] = await descriptionsOf(path.join(FORMATS, '前台.txt'));
		expect(role).toMatchObject({ title: '前台', summary: ['负责公司日常接待工作。'] });
		expect(leaves(role!.duties)).toEqual(['接听电话,接待来访客人;', '管理会议室预约。']);
	});
});

describe('ids', () => {
	test.each([
		['大客户部部长', 'key-accounts-director'],
		['客户服务部收费员', 'customer-service-billing-clerk'],
		['外勤人员(大客户经理)', 'field-staff-key-account-manager'],
		['客戶服務部經理', 'customer-service-manager'],
		['Key Account Manager', 'key-account-manager'],
		['Head of R&D', 'head-of-r-and-d'],
	])('%s → %s', (title, id) => {
		expect(idFor(title, 'role')).toBe(id);
	});

	test('words outside the map keep the words it knows and gain a stable hash', () => {
		expect(idFor('园林绿化主管', 'role')).toMatch(/^supervisor-[0-9a-z]{6}$/);
		expect(idFor('园林绿化主管', 'role')).toBe(idFor('园林绿化主管', 'role'));
		expect(idFor('园林绿化', 'role')).toMatch(/^role-[0-9a-z]{6}$/);
	});

	test('unique within the output and against ids already taken', () => {
		const ids = new IdAllocator(['key-account-manager']);
		expect([ids.allocate('key-account-manager'), ids.allocate('key-account-manager'), ids.allocate('sales')]).toEqual(['key-account-manager-2', 'key-account-manager-3', 'sales']);
	});
});
