/**
 * Documents as HR really has them, in every format the importer reads: a car dealer's
 * handbook copied from a document-sharing site (simplified Chinese, .txt and .docx), a
 * web page of numbered template variants (traditional Chinese, .txt and legacy .doc),
 * English descriptions printed to PDF, consecutive 岗位名称 blocks (.txt and .pdf), and a
 * scanned PDF. Every description found, every duty verbatim in its role and group, page
 * furniture in no field, ids without numbering.
 */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { ListEntry, RoleDraft } from '../../src/import/draft.ts';
import { importFiles } from '../../src/import/index.ts';
import { descriptionsOf, groups, leaves, unplacedText } from './support.ts';

const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/import/documents');
const at = (name: string) => path.join(DOCUMENTS, name);

/** Every text a draft puts in a field. */
function fieldTexts(draft: RoleDraft): string[] {
	const entries = (list: readonly ListEntry[]): string[] => list.flatMap((entry) => [entry.text, ...entries(entry.items)]);
	return [
		draft.title,
		...[draft.department, draft.reportsTo, draft.code, draft.grade].filter((v): v is string => v !== undefined),
		...draft.summary,
		...entries(draft.duties),
		...entries(draft.authorities),
		...Object.values(draft.qualifications).flat(),
		...Object.values(draft.conditions).flat(),
		...Object.values(draft.routines).flat(),
		...draft.relationships.internal,
		...draft.relationships.external,
		...draft.kpis,
		...draft.notes,
	] as string[];
}

const FURNITURE = /第\s*\d+\s*[页頁]|共\s*\d+\s*[页頁]|点击|點擊|查看更多|相关|相關|上传|下载|文档大全|范文网|範文網|首頁|管理手册|Page \d|Related|Downloaded|personal use|Job Descriptions$/;

function expectNoFurniture(drafts: readonly RoleDraft[]): void {
	for (const draft of drafts) for (const text of fieldTexts(draft)) expect(text, `${draft.title}: ${text}`).not.toMatch(FURNITURE);
}

describe.each(['dealer-handbook.txt', 'dealer-handbook.docx'])('%s: a handbook in chapters, copied from a document-sharing site', (file) => {
	test('three roles, each described once, whatever chapter its parts are in', async () => {
		const drafts = await descriptionsOf(at(file));
		expect(drafts.map((d) => d.title)).toEqual(['客户关系部经理', '客服专员', '回访员']);
		const [manager, clerk, caller] = drafts as [RoleDraft, RoleDraft, RoleDraft];
		// 2.1 gives four duties in one paragraph of (1)…(4); 3.1 gives two groups of 3.1.1 and 3.1.2.
		expect(leaves(manager.duties)).toEqual([
			'全面负责客户关系部的日常管理工作,制定部门年度工作计划并组织实施；',
			'负责客户满意度指标的分解、跟踪与改进；',
			'负责重大客户投诉的处理与结案；',
			'定期向总经理汇报客户满意度情况。',
			'组织月度客户满意度调查；',
			'分析厂家满意度(CSI/SSI)报告,制定改进措施；',
			'审核投诉处理方案；',
			'跟踪投诉处理进度,确保48小时内答复客户。',
		]);
		expect(groups(manager.duties)).toEqual(['满意度管理 (2)', '投诉管理 (2)']);
		expect(manager.chapters.map((c) => c.heading)).toEqual(['3.1.客户关系部经理工作范畴']);
		expect(groups(clerk.duties)).toEqual(['客户关怀 (2)']);
		expect(leaves(clerk.duties)).toHaveLength(5);
		expect(clerk.routines).toEqual({ daily: ['整理前一日进店客户信息,完成回访任务；'], weekly: ['汇总本周客户意见,提交周报；'], monthly: ['统计月度回访成功率。'] });
		// A paragraph of duties separated by ；: one duty each, verbatim.
		expect(leaves(caller.duties)).toEqual(['负责新车交车后24小时内的电话回访；', '负责回访录音的整理与归档；', '负责回访问题的分类汇总,每周报客户关系部经理。']);
	});

	test('page furniture goes to the unplaced lines, never into a field', async () => {
		const drafts = await descriptionsOf(at(file));
		expectNoFurniture(drafts);
		const unplaced = drafts.flatMap(unplacedText);
		for (const line of ['第1页 / 共10页', '点击查看更多>>', '相关文章', '汽车销售顾问岗位职责', '4S店客服经理岗位职责范本', '售后服务顾问工作总结', '汽车4S店客户关系部管理手册']) {
			expect(unplaced).toContain(line);
		}
	});
});

describe.each(['group-clients-web.txt', 'group-clients-web.doc'])('%s: a web page of numbered variants, traditional Chinese', (file) => {
	test('each variant is a description; titles from the summary, the scope sentence and 崗位名稱', async () => {
		const drafts = await descriptionsOf(at(file));
		expect(drafts.map((d) => [d.title, d.titleFrom])).toEqual([
			['集團客戶經理', 'summary'],
			['客戶代表', 'scope'],
			['集團客戶主管', undefined],
		]);
		const [manager, representative, lead] = drafts as [RoleDraft, RoleDraft, RoleDraft];
		expect(leaves(manager.authorities)).toEqual(['對集團客戶拜訪計劃有制定權；', '對客戶資料有查閱權。']);
		expect(leaves(manager.duties)).toEqual(['負責轄區內集團客戶的走訪,每月走訪重點客戶不少於十家；', '負責收集集團客戶資訊,建立客戶檔案；', '負責集團業務的營銷推廣與方案設計；', '負責客戶投訴的協調處理。']);
		expect(representative.summary).toEqual(['本說明適用於集團客戶部負責中小企業客戶的人員,以下統稱為客戶代表。']);
		expect(leaves(representative.duties)).toEqual(['負責中小企業客戶的業務受理；', '負責客戶欠費的催繳；', '完成上級交辦的其他工作。']);
		expect(lead).toMatchObject({ department: '集團客戶部', reportsTo: '集團客戶部經理' });
		expect(leaves(lead.duties)).toHaveLength(3);
		expectNoFurniture(drafts);
		expect(drafts.flatMap(unplacedText)).toEqual(expect.arrayContaining(['第1頁 / 共2頁', '點擊查看更多', '相關推薦', '客戶經理崗位職責說明書']));
	});
});

describe.each(['customer-relations-en.txt', 'customer-relations-en.pdf'])('%s: English descriptions with page headers and footers', (file) => {
	test('two roles, duties split on semicolons, no page furniture', async () => {
		const drafts = await descriptionsOf(at(file));
		expect(drafts.map((d) => d.title)).toEqual(['Customer Relations Manager', 'Customer Care Specialist']);
		expect(leaves(drafts[0]!.duties)).toEqual([
			'Lead the customer relations team and set its yearly plan;',
			'Own the customer satisfaction scores and the actions that improve them;',
			'Resolve escalated complaints within 48 hours.',
		]);
		expect(leaves(drafts[1]!.duties)).toEqual(['Answer customer calls and visits;', 'log every enquiry;', 'follow up service visits within three days.']);
		expect(drafts[1]!.qualifications.experience).toEqual(['Two years of customer service experience.']);
		expectNoFurniture(drafts);
	});
});

describe.each(['admin-blocks.txt', 'admin-blocks.pdf'])('%s: three 岗位名称 blocks in a row', (file) => {
	test('three roles, each with its department, superior and duties', async () => {
		const drafts = await descriptionsOf(at(file));
		expect(drafts.map((d) => [d.title, d.department, d.reportsTo, leaves(d.duties).length])).toEqual([
			['前台接待', '行政部', '行政主管', 3],
			['行政主管', '行政部', '行政部经理', 2],
			['行政部经理', '行政部', '总经理', 2],
		]);
		expect(drafts.flatMap(unplacedText)).toEqual([]);
	});
});

test('a scanned PDF, pictures without text, is refused with what to do', async () => {
	const result = await importFiles([at('scanned.pdf')], { contentDir: DOCUMENTS, outDir: path.join(DOCUMENTS, 'out') });
	expect(result.files[0]!.error).toBe('has no text to read: its page is an image (a scan?). Run it through text recognition (OCR) first, or import the document it was printed from');
});

test('ids are readable, stable, and carry no numbering', async () => {
	const files = ['dealer-handbook.txt', 'group-clients-web.txt', 'customer-relations-en.txt', 'admin-blocks.txt'].map(at);
	const run = async () => (await importFiles(files, { contentDir: DOCUMENTS, outDir: path.join(DOCUMENTS, 'out') })).files.flatMap((f) => f.roles.map((r) => r.id));
	const ids = await run();
	expect(ids).toEqual([
		'customer-relations-manager',
		'customer-service-specialist',
		'follow-up-caller',
		'group-client-manager',
		'account-representative',
		'group-client-supervisor',
		'customer-relations-manager-2',
		'customer-care-specialist',
		'reception',
		'admin-supervisor',
		'admin-manager',
	]);
	for (const id of ids) expect(id).not.toMatch(/^\d|-\d-/);
	expect(await run()).toEqual(ids);
});
