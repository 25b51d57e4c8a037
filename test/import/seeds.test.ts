/**
 * The three documents HR gave us (test/fixtures/import/seeds, copies of the shared
 * seeds with people's names replaced): every job description found, duties complete and
 * verbatim with their numbering stripped, whatever numbering and headings each uses.
 */
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { RoleDraft } from '../../src/import/draft.ts';
import { descriptionsOf, groups, leaves, SEEDS, unplacedText } from './support.ts';

describe('key-accounts-department.txt: lettered descriptions inside a department handbook', () => {
	let drafts: RoleDraft[];
	beforeAll(async () => {
		drafts = await descriptionsOf(path.join(SEEDS, 'key-accounts-department.txt'));
	});

	test('finds the three descriptions of chapter three, A、 B、 C、, and no others', () => {
		expect(drafts.map((d) => d.title)).toEqual(['大客户部部长', '大客户部内勤', '外勤人员(大客户经理)']);
	});

	test('大客户部部长: header fields, 21 duties and 13 authorities (主要权利 glued to the last duty)', () => {
		const [director] = drafts;
		expect(director!.reportsTo).toBe('副总经理');
		expect(director!.subordinates).toBe('大客户部内勤、外勤');
		expect(director!.summary).toEqual(['开发重点联盟单位,建立与维护政府及各相关部门的日常联系。']);
		const duties = leaves(director!.duties);
		expect(duties).toHaveLength(21);
		expect(duties[0]).toBe('负责部门工作计划、目标的制定、检查、以及部门员工的管理工作;');
		expect(duties[8]).toBe('负责健全部门组织架构,对部门成员分工授权、检查、报告制度,进行评估,责任到人,合理调配,以保证部门各项工作业务的完成,树立专业团队意识;');
		expect(duties[15]).toBe('制定直接下级的职务说明(岗位描述),并界定直属下级的工作范围;');
		expect(duties[20]).toBe('做好上级安排的其他工作,处理紧急突发事件。');
		const authorities = leaves(director!.authorities);
		expect(authorities).toHaveLength(13);
		expect(authorities[0]).toBe('大客户部的代表权;');
		expect(authorities[12]).toBe('一定范围内的项目合作决策权;');
	});

	test('大客户部内勤: 1. numbering, 11 duties, and authority 4. found after 2. on the same line', () => {
		const [, assistant] = drafts;
		expect(assistant!.reportsTo).toBe('大客户部部长');
		const duties = leaves(assistant!.duties);
		expect(duties).toHaveLength(11);
		expect(duties[0]).toBe('负责大客户档案管理,建立电子档案;起草审核相关签约合同、通知等文件,处理来往函。');
		expect(duties[1]).toBe('负责搜集大客户信息,制作合作项目文件,参与签约过程;通过大客户部部长授权,签订大客户合作协议,起草补充协议及其他相关手续的办理。');
		expect(duties[10]).toBe('大客户部部长安排的其他工作。');
		expect(leaves(assistant!.authorities)).toEqual([
			'对本职工作范围内合理性安排建议权;',
			'有关签约联盟商户具体工作的知悉权、督促权;',
			'大客户部部长工作相关事件提醒权;',
			'大客户部部长授予的其他权限。',
		]);
	});

	test('外勤人员(大客户经理): summary on the line after its heading, 8 duties', () => {
		const [, , field] = drafts;
		expect(field!.summary).toEqual(['客户接待、谈判、签约。及时建立完善的客户信息。']);
		const duties = leaves(field!.duties);
		expect(duties).toHaveLength(8);
		expect(duties[0]).toBe('严格执行办事程序,注重形象、规范行为;');
		expect(duties[2]).toBe('对自己洽谈的客户,发生异议和意见,及时上报,并及时处理;');
		expect(duties[7]).toBe('听从上级指挥,执行上级分派的其他工作。');
		expect(field!.documentDepartment).toBe('大客户部');
	});

	test('the department chapters around them are kept as unplaced lines, not read as duties', () => {
		const [director, , field] = drafts;
		expect(unplacedText(director!)).toContain('部门名称:大客户部');
		expect(unplacedText(director!)).toContain('1、开发大型联盟商户,公关相关职能部门;');
		expect(unplacedText(field!)).toContain('第四章:大客户部工作流程');
		expect(unplacedText(field!)).toContain('1、大客户部部长');
		expect(unplacedText(field!)).toContain('1、营销策划及产品管理:2人(甘一禾、舒晓萤)');
		expect(unplacedText(field!)).toContain('(1)负责党政军、金融行业客户、IDC客户的行业解决方案、营销、服务和项目支撑');
		expect(unplacedText(field!).at(-1)).toBe('(5)协助彩铃的录制。');
	});
});

describe('customer-service-and-confirmation.txt: one title per description, indented numbering', () => {
	let drafts: RoleDraft[];
	beforeAll(async () => {
		drafts = await descriptionsOf(path.join(SEEDS, 'customer-service-and-confirmation.txt'));
	});
	const byTitle = (title: string) => drafts.find((d) => d.title === title)!;

	test('finds sixteen descriptions: six titled, four under 一、 headings, six under 1. headings', () => {
		expect(drafts.map((d) => d.title)).toEqual([
			'客户服务部经理',
			'客服主管',
			'客服助理',
			'客户服务部客服文员',
			'客户服务部收费主管',
			'客户服务部收费员',
			'主管',
			'主管助理',
			'总台领班',
			'总台服务员',
			'部主任',
			'业务主管或经营主管',
			'客户主任',
			'客户经理',
			'业务员',
			'业务协调员',
		]);
	});

	test('the customer-service roles have every duty', () => {
		expect(leaves(byTitle('客户服务部经理').duties)).toHaveLength(8);
		expect(leaves(byTitle('客服主管').duties)).toHaveLength(7);
		expect(leaves(byTitle('客服助理').duties)).toHaveLength(7);
		expect(leaves(byTitle('客户服务部客服文员').duties)).toHaveLength(8);
		expect(leaves(byTitle('客户服务部收费主管').duties)).toHaveLength(10);
		expect(leaves(byTitle('客户服务部收费员').duties)).toHaveLength(12);
	});

	test('duty texts are verbatim, numbering stripped', () => {
		expect(leaves(byTitle('客户服务部经理').duties)[0]).toBe('在公司(管理处)主管领导的领导下,全面负责客户服务部工作的领导、统筹工作,率领本部门员工履行本部门职责;');
		expect(leaves(byTitle('客户服务部经理').duties)[7]).toBe('完成领导交办的其他工作。');
		expect(leaves(byTitle('客服主管').duties)[5]).toBe('负责紧急意外情况时,协助部门经理进行应急调度;');
		expect(leaves(byTitle('客服助理').duties)[1]).toBe(
			'受理业户投诉、报修、求助后,按照物业公司(管理处)规定,填写相关工作任务单交相关部门在规定时限内处理,并负责跟进、督促,直至完全解决,同时对业户进行电话回访;',
		);
		// Item 5 follows a blank line and lost its indent: still item 5.
		expect(leaves(byTitle('客户服务部客服文员').duties)[4]).toBe('物业管理相关法律法规的收集整理工作;');
		expect(leaves(byTitle('客户服务部收费主管').duties)[5]).toBe('定期修订、完善部门各项规章制度及考核办法;定期对收费管理员进行培训及考核;');
		expect(leaves(byTitle('客户服务部收费主管').duties)[9]).toBe('完成领导交办的其他工作。');
		expect(leaves(byTitle('客户服务部收费员').duties)[7]).toBe('银行划账后,(来自:www.fdcew.com)填制《银行进账单》交财务;');
	});

	test('HTML left at a line end is taken off the duty and kept as an unplaced line', () => {
		const clerk = byTitle('客户服务部收费员');
		expect(leaves(clerk.duties)[11]).toBe('协助其他部门及业户的费用查询工作及收费投诉处理工作;');
		expect(unplacedText(clerk)).toEqual(['</P< p>']);
	});

	test('roles under 一、 headings: 10.完成 without a space is still item 10', () => {
		expect(leaves(byTitle('主管').duties)).toHaveLength(10);
		expect(leaves(byTitle('主管').duties)[0]).toBe('对营运经理负责,分管售后服务部的全面工作。');
		expect(leaves(byTitle('主管').duties)[9]).toBe('完成上级交办的其它任务。');
		expect(leaves(byTitle('主管助理').duties)).toEqual(['对主管负责,协助主管处理各项工作。', '主管不在时行使主管权力。']);
		expect(leaves(byTitle('总台领班').duties)).toHaveLength(3);
		expect(leaves(byTitle('总台服务员').duties)).toHaveLength(9);
		expect(leaves(byTitle('总台服务员').duties)[8]).toBe('负责总服务台的清洁卫生工作。');
	});

	test('a role described by one paragraph gets it as its summary', () => {
		expect(byTitle('客户经理').summary).toEqual(['负责部分文件的拟写,负责向上级主管或客户介绍广告初稿,负责较小客户的业务洽谈和接触。']);
		expect(byTitle('部主任').duties).toEqual([]);
	});

	test('the confirmation-form preamble, the department section and the web page tail are unplaced, not dropped', () => {
		expect(unplacedText(byTitle('客户服务部经理'))).toEqual([
			'销售经理岗位职责确认书范本',
			'时间:2024.4.14',
			'汽车销售服务有限公司公司',
			'岗位职责确认书',
			'姓名 (本人手签) 岗位 (行政部填写)',
			'第二篇:销售内勤岗位职责范本(资料)',
		]);
		expect(unplacedText(byTitle('总台服务员'))[0]).toBe('(一)客户部的职能和人员配备');
		const last = byTitle('业务协调员');
		expect(unplacedText(last)[0]).toBe('公司客服部的岗位职责');
		expect(unplacedText(last).at(-1)).toBe('销售确认书(7篇)');
	});
});

describe('account-manager-descriptions.txt: eighteen descriptions in every layout', () => {
	let drafts: RoleDraft[];
	beforeAll(async () => {
		drafts = await descriptionsOf(path.join(SEEDS, 'account-manager-descriptions.txt'));
	});

	test('finds eighteen descriptions, each with its duties counted', () => {
		expect(drafts.map((d) => [d.title, d.firstLine, leaves(d.duties).length])).toEqual([
			['大客户经理', 5, 7],
			['大客户部经理', 15, 5],
			['大客户部经理', 38, 5],
			['大客户经理', 53, 10],
			['客户经理', 75, 8],
			['客户经理', 97, 14],
			['客户经理', 115, 13],
			['客户经理', 136, 12],
			['大客户部经理', 147, 9],
			['大客户经理', 152, 5],
			['大客户经理', 152, 7],
			['大客户经理', 159, 5],
			['大客户经理', 159, 4],
			['大客户经理', 161, 5],
			['大客户经理', 162, 7],
			['大客户经理', 165, 6],
			['大客户经理', 166, 0],
			['大客户经理', 188, 9],
		]);
	});

	test('a title glued to its first item, a sentence-per-line item joined, a skipped number tolerated', () => {
		const duties = leaves(drafts[0]!.duties);
		expect(duties[0]).toBe('客户关系管理:大客户经理负责与公司重要客户建立长期稳定的合作关系,了解客户需求,并根据客户的需求和公司的业务情况,制定合适的销售和营销策略,促进客户忠诚度和满意度的提升。');
		expect(duties[1]).toBe('销售和业绩管理:大客户经理负责制定销售和业绩目标,并通过制定销售计划、销售策略和销售活动,推动销售团队实现销售目标。同时,大客户经理还要进行销售结果的跟踪和分析,及时调整销售策略,保证销售业绩的达标和提升。');
		expect(duties[3]).toMatch(/^团队协作与管理:/);
		expect(unplacedText(drafts[0]!)).toContain('总结起来,大客户经理是公司与重要客户之间的桥梁和纽带,其职责包括客户关系管理、销售和业绩管理、客户需求分析、拓展新客户、团队协作与管理、报告与分析、市场营销活动策划和客户投诉处理等。');
	});

	test('一、岗位概述 / 二、岗位职责 / 三、任职资格要求 sections, a summary wrapped mid-sentence', () => {
		const manager = drafts[1]!;
		expect(manager.summary).toEqual(['大客户部经理是指负责大客户部门管理和运营的高级管理人员。', '该岗位需要拥有深厚的管理经验、出色的沟通协调能力和敏锐的商业嗅觉。']);
		expect(leaves(manager.duties)).toEqual([
			'负责大客户部门的日常管理和运营。',
			'制定和实施大客户发展策略和计划。',
			'负责与大客户进行商务谈判并达成合作协议。',
			'优化内部销售流程,提高客户满意度。',
			'带领团队开拓新业务领域,增加业务收入。',
		]);
		expect(manager.qualifications.education).toEqual(['本科及以上学历,管理、市场营销等相关专业优先。']);
		expect(manager.qualifications.experience).toEqual(['8年以上相关工作经验,3年以上团队管理经验。']);
		expect(manager.compensation).toEqual(['根据个人综合能力和工作经验确定,提供优厚的薪资待遇和完善的福利制度。']);
	});

	test('headings glued to their text: 一、岗位背景及职责概述大客户部经理在…, 三、薪酬待遇及福利薪酬待遇:…', () => {
		const manager = drafts[2]!;
		expect(manager.summary[0]).toBe('大客户部经理在公司大客户部门担任重要职务,负责管理和发展大客户群体,以推动公司的销售和业绩增长。');
		expect(leaves(manager.duties)[0]).toBe('大客户管理:负责建立和维护良好的大客户关系,与大客户进行沟通和洽谈,了解客户需求,提供定制化的解决方案,并确保客户满意度。');
		expect(manager.qualifications.education).toEqual(['本科及以上学历,市场营销、商务管理或相关专业优先考虑。']);
		expect(manager.qualifications.knowledge).toEqual(['熟悉市场营销理论和技巧,具备良好的销售技巧和谈判能力,熟悉大客户管理流程和方法。']);
		expect(manager.compensation).toEqual(['根据个人能力和经验确定,提供具有竞争力的薪资报酬,包括固定工资和绩效奖金。', '提供全面的福利待遇,包括五险一金、带薪年假、节假日福利、培训发展机会等。']);
		expect(manager.career.note).toEqual(['大客户部经理可按照公司的晋升规划路径逐步晋升为销售总监、大客户副总等职位。']);
	});

	test('（一） groups with 1、 items, and (一) items under 工作权限', () => {
		const manager = drafts[5]!;
		expect(groups(manager.duties)).toEqual(['客户关系管理 (3)', '业务拓展与销售 (3)', '市场调研与分析 (2)', '协调与沟通 (2)', '风险管理 (2)', '其他职责 (2)']);
		expect(leaves(manager.duties)[13]).toBe('参加相关培训和学习活动,不断提升自身的业务能力和综合素质,以适应不断变化的市场环境和工作要求。');
		expect(leaves(manager.authorities)).toEqual([
			'有权获取公司内部相关信息和资源,以更好地服务客户和开展业务工作。',
			'有权根据客户需求和市场情况,向公司提出产品和服务改进的建议。',
			'有权在一定范围内自主决定客户服务方案和销售策略,但需遵循公司的相关规定和政策。',
		]);
	});

	test('duty groups without a duties heading, and 个人能力要求 read as qualifications', () => {
		const manager = drafts[6]!;
		expect(groups(manager.duties)).toEqual(['市场开拓 (3)', '客户关系维护 (3)', '销售目标完成 (3)', '团队协作 (2)', '与相关部门的沟通协调 (2)']);
		expect(manager.qualifications.abilities).toHaveLength(4);
	});

	test('inline bullets: 1. 客户关系管理:- …;- …', () => {
		const manager = drafts[7]!;
		expect(groups(manager.duties)).toEqual(['客户关系管理 (3)', '销售目标达成 (3)', '客户咨询和解答 (3)', '销售数据分析和报告 (3)']);
		expect(leaves(manager.duties)[0]).toBe('与现有客户保持联系,了解客户需求并及时解决客户问题;');
		expect(manager.qualifications.skills).toHaveLength(3);
		expect(manager.qualifications.traits).toEqual(['具备积极主动、敢于担当的工作态度;', '具备良好的团队合作精神和跨部门协作能力;', '具备一定的抗压能力和应变能力。']);
	});

	test('a whole description on one line: nine duties separated by ;N.', () => {
		const duties = leaves(drafts[8]!.duties);
		expect(duties[0]).toBe('制定大客户部销售策略和目标,根据公司整体战略进行落地执行;');
		expect(duties[8]).toBe('配合其他部门的工作,共同推动公司整体运营和发展。');
		expect(unplacedText(drafts[8]!)[0]).toBe('四、岗位优势');
	});

	test('篇1 … 篇4 glued to their 1、 and to the text before: 目标5.负责… and 价值大客户经理岗位职责篇4', () => {
		expect(leaves(drafts[9]!.duties)[2]).toBe("与大客户建立良好业务关系,挖掘大客户需求,灵活高效的'完成年度、季度、月度销售目标;");
		expect(unplacedText(drafts[9]!)).toEqual(['大客户经理岗位职责(26篇)', '大客户经理岗位职责(通用26篇)']);
		expect(leaves(drafts[11]!.duties).slice(2)).toEqual([
			'和业务支持部门沟通,争取最优的商务条件;',
			'负责执行大客户销售计划,达成大客户销售目标',
			'负责大客户开发与维护,开发、维护、提升与大客户关系,深入挖掘客户潜在价值',
		]);
		expect(leaves(drafts[12]!.duties)[3]).toBe('负责市场调研和分析工作,协助研发、商务、运营等部门完成产品功能升级与优化。');
	});

	test('范本(二) and 范本(三): 任职要求 between two descriptions on one line', () => {
		expect(leaves(drafts[14]!.duties)[6]).toBe('不定期的下店,监督VIP建档维护工作及感受服务呈现,会员服务的培训指导和监督管理。');
		expect(Object.values(drafts[14]!.qualifications).flat()).toHaveLength(5);
		expect(leaves(drafts[15]!.duties)[0]).toBe('负责开拓市场业务,搜集客户信息,进行相关的宣传推广');
	});

	test('1.工作汇报对象 with its value on the next line, ❑ bullets as authorities and qualifications', () => {
		const manager = drafts[16]!;
		expect(manager.reportsTo).toBe('客户服务中心主任');
		expect(leaves(manager.authorities)).toHaveLength(7);
		expect(leaves(manager.authorities)[6]).toBe('按规定权限,对大客户信用分数进行调整。');
		expect(manager.qualifications.languages).toEqual(['能运用英语进行读写,能进行一般的听说交流;']);
	});

	test('a table flattened to text: fields, groups, a 决策权/建议权/监督权 matrix, relationships, conditions, revisions', () => {
		const manager = drafts[17]!;
		expect(manager).toMatchObject({ title: '大客户经理', department: '销售部', reportsTo: '公司销售总经理', headcount: '2' });
		expect(manager.summary).toEqual(['为实现公司年度经营指标,在事业部总经理的指导下,组织大客户渠道人员进行销售管理、标准化管理、信息管理及销售团队建设等工作,确保永恒利大客户渠道的指标达成及标准化运营']);
		expect(groups(manager.duties)).toEqual(['大客户渠道规划、计划及预算管理 (3)', '大客户信息管理 (5)']);
		expect(leaves(manager.duties)).toContain('编制、并组织落实大客户渠道的预算');
		expect(leaves(manager.duties).at(-1)).toBe('完成上级交付的其他工作任务');
		expect(manager.authorities.map((a) => [a.category, a.kind, a.text])).toEqual([
			['business', 'decision', '中心内部授权范围内相关业务的决策权'],
			['finance', 'decision', '对大客户渠道的费用报销有审核权'],
			['finance', 'proposal', '对大客户渠道的年度预算的制定有提案权'],
			['finance', 'supervision', '对预算的执行有监控权'],
			['personnel', 'proposal', '对大客户销售团队的考核与激励有建议、提案权;'],
			['personnel', 'proposal', '对大客户销售渠道的岗位设置、员工工作考核与改进、奖惩、去留及岗位调动等有建议、提案权;'],
		]);
		expect(manager.qualifications).toMatchObject({
			education: ['专科以上学历'],
			majors: ['机械类、或管理类或营销类专业毕业,'],
			training: ['接受过系统的企业管理知识、营销知识培训'],
		});
		expect(manager.relationships).toEqual({
			internal: ['向销售总经理汇报季度、年度工作重点及工作计划', '对下属各部门内部工作质量、工作进度进行督导', '协调与中心内部各部门与公司其他部门之间的日常工作'],
			external: ['大客户'],
		});
		expect(manager.conditions).toEqual({ equipment: ['电脑、电话'], environment: ['办公室'], hours: ['正常工作时间,有时需要加班'], physical: ['无特殊要求'] });
		expect(manager.revisions).toEqual([{ version: 'V1', changes: ['首次填写'] }]);
		expect(unplacedText(manager)).toContain('百度文库 - 让每个人平等地提升自我');
		expect(manager.fragments.map((f) => f.text).join('')).toContain('工作权限');
	});
});
