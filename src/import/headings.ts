import { CONDITION_KEYS, QUALIFICATION_KEYS, ROUTINE_KEYS } from '../../schemas/index.ts';

/**
 * The headings and labels HR documents use, mapped to where their content goes in a
 * role file. Keys are written in simplified Chinese or lower-case English; traditional
 * Chinese matches through `fold` (崗位職責 reads as 岗位职责).
 */
import { fold, key } from './text.ts';

export type Section =
	| 'summary'
	| 'duties'
	| 'authorities'
	| 'qualifications'
	| 'relationships'
	| 'conditions'
	| 'routines'
	| 'kpis'
	| 'career'
	| 'compensation'
	| 'notes'
	| 'revisions';

export type Field = 'title' | 'department' | 'code' | 'grade' | 'reportsTo' | 'subordinates' | 'subordinateCount' | 'headcount' | 'departmentName';

export const QUALIFICATION_PARTS = QUALIFICATION_KEYS;
export type QualificationPart = (typeof QUALIFICATION_PARTS)[number];

export const CONDITION_PARTS = CONDITION_KEYS;
export type ConditionPart = (typeof CONDITION_PARTS)[number];

export const ROUTINE_PARTS = ROUTINE_KEYS;
export type RoutinePart = (typeof ROUTINE_PARTS)[number];

export type AuthorityCategory = 'business' | 'finance' | 'personnel';
export type AuthorityKind = 'decision' | 'proposal' | 'supervision';

export type Target =
	| { type: 'field'; field: Field }
	| { type: 'section'; section: Section }
	| { type: 'qualification'; part: QualificationPart }
	| { type: 'condition'; part: ConditionPart }
	| { type: 'routine'; part: RoutinePart }
	| { type: 'relationship'; part: 'internal' | 'external' }
	| { type: 'authority-category'; category: AuthorityCategory }
	| { type: 'authority-kind'; kind: AuthorityKind }
	| { type: 'revision'; part: 'version' | 'date' | 'changes' | 'author' | 'reviewer' | 'approver' }
	| { type: 'promotes-to' };

const field = (f: Field): Target => ({ type: 'field', field: f });
const section = (s: Section): Target => ({ type: 'section', section: s });
const qualification = (part: QualificationPart): Target => ({ type: 'qualification', part });
const condition = (part: ConditionPart): Target => ({ type: 'condition', part });

/** Every label, by target. Order inside a list does not matter. */
const LABELS: [Target, string[]][] = [
	[field('title'), ['岗位名称', '职位名称', '职务名称', '岗位名', '职位', 'job title', 'position title', 'position', 'title', 'role', 'role title']],
	[field('department'), ['所属部门', '所在部门', '部门', '隶属部门', 'department', 'dept', 'division']],
	[field('departmentName'), ['部门名称']],
	[field('code'), ['岗位编号', '职位编号', '岗位代码', '职位代码', '岗位编码', '职位编码', 'job code', 'position code', 'code']],
	[field('grade'), ['岗位级别', '职位级别', '岗位等级', '职位等级', '职级', '职等', 'grade', 'level', 'job grade']],
	[field('reportsTo'), ['直接上级', '直接上司', '汇报对象', '工作汇报对象', '汇报上级', '直属上级', '上级', 'reports to', 'reporting to', 'report to', 'line manager']],
	[field('subordinates'), ['直接下级', '直接下属', '直属下级', '下属', 'direct reports', 'subordinates']],
	[field('subordinateCount'), ['下属人数', '下属数量', 'number of reports']],
	[field('headcount'), ['岗位编制', '编制人数', '编制', '定员', '岗位定员', '人数', 'headcount', 'head count', 'number of positions']],

	[
		section('summary'),
		[
			'本职工作',
			'适用范围',
			'岗位概要',
			'岗位设置目的',
			'设置目的',
			'工作综述',
			'职务概述',
			'岗位概述',
			'职位概述',
			'职位概要',
			'工作概述',
			'岗位职责概述',
			'职责概述',
			'岗位背景及职责概述',
			'工作目标',
			'岗位目的',
			'岗位使命',
			'岗位目标',
			'职位目的',
			'summary',
			'job summary',
			'position summary',
			'role summary',
			'purpose',
			'job purpose',
			'role purpose',
			'purpose of the role',
			'overview',
			'role overview',
			'about the role',
		],
	],
	[
		section('duties'),
		[
			'主要职责',
			'岗位职责',
			'职位职责',
			'工作职责',
			'职务职责',
			'职位责任',
			'岗位责任',
			'职责',
			'职责和任务',
			'职责与任务',
			'工作内容',
			'主要工作内容',
			'主要工作职责',
			'主要工作职责和内容',
			'工作职责与内容',
			'工作职责和内容',
			'岗位描述',
			'职责描述',
			'工作任务',
			'主要任务',
			'responsibilities',
			'key responsibilities',
			'main responsibilities',
			'duties',
			'main duties',
			'key duties',
			'duties and responsibilities',
			'accountabilities',
			'key accountabilities',
		],
	],
	[section('authorities'), ['主要权利', '主要权限', '工作权限', '岗位权限', '职位权限', '权限', '权利', '职权', '岗位权利', 'authorities', 'authority', 'decision rights', 'powers']],
	[
		section('qualifications'),
		[
			'任职资格',
			'任职条件',
			'任职要求',
			'任职资格要求',
			'任职资格条件',
			'岗位要求',
			'资格要求',
			'任职资格及要求',
			'requirements',
			'qualifications',
			'job requirements',
			'skills and qualifications',
			'qualifications and experience',
			'person specification',
		],
	],
	[qualification('education'), ['学历', '教育程度', '文化程度', '教育背景', '学历要求', '教育水平', '学历背景', '最低学历', 'education', 'educational background']],
	[qualification('majors'), ['专业', '专业要求', '所学专业', '专业背景', 'major', 'majors', 'field of study']],
	[qualification('experience'), ['工作经验', '经验', '工作经历', '经验要求', '相关经验', 'experience', 'work experience']],
	[qualification('training'), ['培训经历', '培训', '培训要求', '培训背景', 'training']],
	[qualification('knowledge'), ['知识技能', '知识', '专业知识', '知识要求', '专业知识与技能', '知识与技能', 'knowledge']],
	[qualification('skills'), ['技能', '技能要求', '专业技能', '技能技巧', 'skills', 'technical skills']],
	[qualification('abilities'), ['能力要求', '能力', '个人能力要求', '能力素质', '素质能力', 'abilities', 'competencies', 'competences']],
	[qualification('languages'), ['语言能力', '语言要求', '外语', '外语水平', '外语要求', 'languages', 'language', 'language skills']],
	[qualification('certifications'), ['资格证书', '证书', '职业资格', '执业资格', '职称', 'certifications', 'certificates', 'licences', 'licenses']],
	[qualification('traits'), ['基本素质', '个人素质', '个人特质', '个性特征', '职业素养', '综合素质', 'personal qualities', 'attributes', 'personal attributes']],
	[qualification('appearance'), ['仪容仪表', '形象气质', '仪表', 'appearance']],
	[qualification('physical'), ['身体条件', '身体状况', '健康状况', '身体要求', 'physical requirements', 'health']],
	[qualification('other'), ['其他要求', '其它要求', 'other requirements']],

	[section('relationships'), ['工作关系', '工作协作关系', '协作关系', '工作联系', 'working relationships', 'relationships', 'key relationships']],
	[{ type: 'relationship', part: 'internal' }, ['内部', '公司内部', '内部关系', '内部协调关系', '内部工作关系', '公司内部工作关系', 'internal', 'internal relationships']],
	[{ type: 'relationship', part: 'external' }, ['外部', '公司外部', '外部关系', '外部协调关系', '外部工作关系', '公司外部工作关系', 'external', 'external relationships']],

	[section('conditions'), ['工作特征', '工作条件', '工作环境及条件', '工作场所', 'working conditions', 'work environment', 'conditions']],
	[condition('equipment'), ['使用设备', '工作设备', '设备', '工具', '使用工具', 'equipment', 'tools']],
	[condition('environment'), ['工作环境', '环境', 'environment']],
	[condition('hours'), ['工作时间', '工时', 'working hours', 'hours']],
	[condition('physical'), ['体力要求', '体力', 'physical demands']],
	[condition('travel'), ['出差', '出差要求', 'travel']],

	[section('routines'), ['工作明细', '日常工作', '例行工作', 'routines', 'routine tasks']],
	[{ type: 'routine', part: 'daily' }, ['每日', '每天', '日常', 'daily']],
	[{ type: 'routine', part: 'weekly' }, ['每周', 'weekly']],
	[{ type: 'routine', part: 'monthly' }, ['每月', 'monthly']],
	[{ type: 'routine', part: 'quarterly' }, ['每季度', '每季', 'quarterly']],
	[{ type: 'routine', part: 'yearly' }, ['每年', '年度', 'yearly', 'annually']],

	[section('kpis'), ['考核指标', '绩效指标', '关键绩效指标', '考核标准', '绩效考核指标', '业绩考核', 'kpi', 'kpis', 'key performance indicators', 'performance indicators']],
	[section('career'), ['职业发展', '发展方向', '岗位发展前景', '职业发展路径', '发展前景', '晋升通道', '晋升路径', '晋升空间', '晋升', 'career path', 'career', 'career development', 'progression']],
	[{ type: 'promotes-to' }, ['晋升方向', '可晋升岗位', '可晋升职位', 'promotes to', 'promotion to']],
	[section('compensation'), ['薪资待遇', '薪酬待遇', '薪酬待遇及福利', '薪酬福利', '福利待遇', '薪酬', '待遇', '薪资', '薪资福利', 'compensation', 'salary', 'benefits', 'pay', 'salary and benefits', 'compensation and benefits']],
	[section('notes'), ['备注', '其他', '其它', '说明', '附注', 'notes', 'note', 'remarks', 'other']],
	[section('revisions'), ['修订履历', '修订记录', '版本记录', '修订历史', '修改记录', 'revision history', 'revisions', 'change history']],
	[{ type: 'revision', part: 'version' }, ['版本号', '版本', 'version']],
	[{ type: 'revision', part: 'date' }, ['修订时间', '修订日期', '日期', 'date']],
	[{ type: 'revision', part: 'changes' }, ['修订内容', '修改内容', 'changes']],
	[{ type: 'revision', part: 'author' }, ['修订者', '修订人', '编写人', '编制人', '拟稿人', 'author']],
	[{ type: 'revision', part: 'reviewer' }, ['审核者', '审核人', 'reviewer']],
	[{ type: 'revision', part: 'approver' }, ['审批者', '审批人', '批准人', 'approver']],

	[{ type: 'authority-category', category: 'business' }, ['业务类', '业务权限', 'business']],
	[{ type: 'authority-category', category: 'finance' }, ['财务类', '财务权限', 'finance', 'financial']],
	[{ type: 'authority-category', category: 'personnel' }, ['人事类', '人事权限', 'personnel']],
	[{ type: 'authority-kind', kind: 'decision' }, ['决策权', 'decision']],
	[{ type: 'authority-kind', kind: 'proposal' }, ['建议权', 'proposal']],
	[{ type: 'authority-kind', kind: 'supervision' }, ['监督权', 'supervision']],
];

const BY_KEY = new Map<string, Target>();
for (const [target, words] of LABELS) for (const word of words) BY_KEY.set(key(word), target);
const LONGEST_KEY = Math.max(16, ...[...BY_KEY.keys()].map((k) => k.length));

/** Longest first, for finding a heading at the start of a line it is glued to. */
const SECTION_KEYS = [...BY_KEY.entries()]
	.filter(([, target]) => target.type === 'section' || target.type === 'qualification' || target.type === 'condition')
	.map(([word]) => word)
	.filter((word) => !/^[a-z]/.test(word))
	.sort((a, b) => b.length - a.length);

/**
 * The target of a label or heading, written alone: `岗位职责`, `二、岗位职责:`, `Reports to`.
 * `roleTitle` lets 大客户经理的主要职责 read as 主要职责. Compound headings
 * (工作环境和福利待遇, 薪酬待遇及福利) take the target of their first known part.
 */
export function lookupLabel(text: string, roleTitle?: string): Target | undefined {
	// Labels are short: a sentence is not folded to find that out.
	if (text.length > 2 * (LONGEST_KEY + (roleTitle?.length ?? 0)) + 8) return undefined;
	let k = key(text).replace(/[:：]$/, '').replace(/^[【[]([^】\]]{2,16})[】\]]$/, '$1');
	if (!k) return undefined;
	if (roleTitle) {
		const prefix = `${key(roleTitle)}的`;
		if (k.startsWith(prefix)) k = k.slice(prefix.length);
		else if (k.startsWith('本岗位') || k.startsWith('该岗位')) k = k.slice(3);
	}
	const direct = BY_KEY.get(k);
	if (direct) return direct;
	// 工作环境和福利待遇, 薪酬待遇及福利: every part a heading, or a short one led by a section heading.
	const parts = k.split(/和|及|与|、|&|\band\b/).filter(Boolean);
	if (parts.length < 2 || k.length > 16 || /[,，。;；:：!！?？]/.test(k)) return undefined;
	const targets = parts.map((part) => BY_KEY.get(part));
	const first = targets[0];
	if (targets.every(Boolean)) return targets.find((target) => target!.type === 'section') ?? first;
	if (first?.type === 'section' && k.length <= 10) return first;
	return undefined;
}

/**
 * A Chinese heading at the start of `text` with more text glued after it
 * (一、岗位背景及职责概述大客户部经理在…): how many characters it takes. After 一、
 * (which in these documents numbers sections, not items) any heading counts;
 * elsewhere only when a number or a colon follows (职责1、…), since 工作时间为标准工时
 * and ❑能力素质要求… are sentences that start with a heading's words.
 */
export function gluedHeadingLength(text: string, sectionNumbered: boolean, roleTitle?: string): number {
	const folded = fold(text);
	let offset = 0;
	if (roleTitle) {
		const prefix = `${fold(roleTitle)}的`;
		if (folded.startsWith(prefix)) offset = prefix.length;
	}
	const rest = folded.slice(offset);
	for (const word of SECTION_KEYS) {
		if (!rest.startsWith(word)) continue;
		const after = text.slice(offset + word.length);
		if (!after.trim()) return 0;
		// 职责分工, 岗位职责确认书: a longer heading of its own, not a heading and its text.
		if (after.trim().length <= 4 && !/[,，。;；:：\d]/.test(after)) continue;
		const numberFollows = /^\s*[:：(（\d一二三四五六七八九十①-⑳❑•●]/.test(after);
		const allowed = sectionNumbered || numberFollows;
		if (!allowed) continue;
		return offset + word.length;
	}
	return 0;
}

/** Is this a label of one of the header fields that open a job description (岗位名称, 直接上级, 本职工作…)? */
export function isHeaderLabel(target: Target | undefined): boolean {
	if (!target) return false;
	if (target.type === 'field') return target.field !== 'departmentName';
	return target.type === 'section' && (target.section === 'summary' || target.section === 'duties');
}

/** Relationship words that label a table cell (汇报, 督导, 协调) rather than say anything. */
export const RELATIONSHIP_WORDS = new Set(['汇报', '督导', '协调', '沟通', '合作', '指导', '监督', '配合', '联系']);
