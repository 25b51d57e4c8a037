/**
 * Job-description titles (大客户部部长岗位职责, 客户经理职务说明书模板,
 * 大客户经理岗位职责篇3, Job Description: Key Account Manager) and the test of
 * whether a phrase names a role at all (主管 does, 客户资料管理 does not).
 */
import { fold } from './text.ts';

/** Endings of Chinese role names. */
const ROLE_ENDINGS = [
	'经理', '部长', '主管', '助理', '文员', '主任', '总监', '内勤', '外勤', '人员', '领班', '专员', '秘书', '会计', '出纳', '司机',
	'总裁', '厂长', '组长', '班长', '科长', '处长', '店长', '院长', '局长', '队长', '工程师', '顾问', '代表', '管理员', '员', '师',
	'副总', '督导', '前台', '客服', '收银', '跟单', '保安', '保洁', '技工', '电工', '助手', '干事', '职员', '董事', '监事', '实习生', '学徒',
];

const ENGLISH_ROLE_WORDS = new Set(
	'manager director assistant officer specialist engineer coordinator representative clerk lead leader head supervisor analyst executive administrator agent consultant accountant cashier receptionist secretary designer developer technician operator associate president chief ceo cfo coo cto intern trainee advisor adviser planner buyer controller auditor attendant driver guard nurse teacher partner owner architect writer editor recruiter'.split(
		' ',
	),
);

/** The numbering a heading carries (2.1. 3、 A、 （二） 第三条), never part of a role's name. */
const LEADING_NUMBER = /^(?:\d{1,2}(?:[.．]\d{1,2})*[.．、]?\s*(?=\D)|[(（][一二三四五六七八九十\d]{1,3}[)）]\s*|[一二三四五六七八九十]{1,3}[、.．]\s*|[A-Za-z][、.．]\s*|第[一二三四五六七八九十\d]{1,3}[条節节]\s*)/;

/** Strips what surrounds a role name in a title: a company (XX供电公司), a placeholder ([公司名称]), a trailing 岗位. */
export function cleanRoleName(text: string): string {
	let name = text.trim().replace(/^[[【][^\]】]*[\]】]/, '').replace(LEADING_NUMBER, '');
	const company = name.match(/^.{0,20}?(?:有限公司|公司|集团)(?=.{2,})/);
	if (company) name = name.slice(company[0].length);
	name = name.replace(/的$/, '').replace(/(?:岗位|职位|职务|岗)$/, '');
	return name.trim();
}

/** Does this phrase name a role? Chinese by its ending, English by its last word. */
export function isRoleName(text: string): boolean {
	const name = text.trim().replace(/\s*[:：]$/, '');
	if (!name || name.length > 24) return false;
	if (/[a-z]/i.test(name) && !/[\u3400-\u9fff]/.test(name)) {
		const words = name.replace(/\(.*\)$/, '').trim().split(/\s+/);
		if (words.length > 7) return false;
		return ENGLISH_ROLE_WORDS.has((words.at(-1) ?? '').toLowerCase().replace(/s$/, '')) || ENGLISH_ROLE_WORDS.has((words.at(-1) ?? '').toLowerCase());
	}
	const folded = fold(name).replace(/[(（][^()（）]*[)）]$/, '').replace(/(?:岗位|职位|岗)$/, '');
	if (folded.length < 2 || folded.length > 16) return false;
	if (/[,,。;;!?!?、:：\s]/.test(folded)) return false;
	if (/职能|职责|工作|部门$|[部室科处]$|中心$|公司$/.test(folded)) return false;
	return ROLE_ENDINGS.some((ending) => folded.endsWith(ending));
}

export interface TitleMatch {
	/** Where the title ends in the text. */
	end: number;
	/** The role it names, or undefined for a department's duties (部门工作职责). */
	role: string | undefined;
	/** The title says it lists duties (…岗位职责), so unheaded numbered lines are duties. */
	listsDuties: boolean;
	/** It ends in a way that cannot be the start of a sentence (说明书, 模板, 篇3, (二)). */
	strong: boolean;
	/**
	 * A chapter that adds to a role described elsewhere in the document: its 工作范畴
	 * (duties in groups) or its 工作明细 (routines by day, week and month).
	 */
	part?: 'scope' | 'routines';
	/** A numbered variant (…岗位职责2): a description even when it names a department, not a role. */
	numbered?: boolean;
}

const TITLE = new RegExp(
	String.raw`(?<prefix>[^;;。!?!?:：,,\s]{1,30}?)(?<de>的)?(?<kind>岗位|职位|职务|工作)?` +
		String.raw`(?<suffix>职责说明书|职责说明|职责描述|职责概述|说明书|职责|说明|描述|范畴|明细)(?<form>范本|模板|模版|样本|范文)?` +
		String.raw`(?<variant>篇\d+|[(（](?:通用)?\d+篇[)）]|[(（][一二三四五六七八九十\d]{1,3}[)）])?`,
	'y',
);

/**
 * A Chinese job-description title starting at `position`. The caller decides whether
 * what follows allows a title there; this only reads the words.
 */
export function chineseTitleAt(text: string, position: number): TitleMatch | undefined {
	const folded = fold(text);
	TITLE.lastIndex = position;
	const match = TITLE.exec(folded);
	if (!match?.groups) return undefined;
	const { prefix = '', kind, suffix = '', form, variant } = match.groups;
	if (suffix === '说明' && !kind) return undefined;
	if (suffix === '描述' && !kind) return undefined;
	if ((suffix === '范畴' || suffix === '明细') && kind !== '工作') return undefined;
	let end = position + match[0].length;
	// 集团客户部岗位职责1, 2, 3: numbered variants of one document, the number alone at the line's end.
	const bareNumber = !variant && /^\d{1,2}\s*$/.exec(folded.slice(end));
	if (bareNumber) end += bareNumber[0].length;
	// 篇11、 is 篇1 then item 1、; 篇21. is 篇2 then 1.
	if (variant?.startsWith('篇') && variant.length > 2 && /^[、.．]/.test(folded.slice(end))) end -= 1;
	const name = cleanRoleName(text.slice(position, position + prefix.length));
	const role = isRoleName(name) ? name : undefined;
	if (!role && !isDepartmentName(prefix)) return undefined;
	return {
		end,
		role,
		listsDuties: suffix.startsWith('职责') || suffix === '描述' || suffix === '范畴',
		strong: suffix === '说明书' || suffix === '职责说明书' || form !== undefined || variant !== undefined || Boolean(bareNumber),
		...(suffix === '范畴' ? { part: 'scope' as const } : suffix === '明细' ? { part: 'routines' as const } : {}),
		...(bareNumber ? { numbered: true } : {}),
	};
}

/** 大客户部, 客户服务部, 政企客户部工作职能及经理: what a department's (not a role's) duties are titled with. */
function isDepartmentName(prefix: string): boolean {
	const name = prefix.replace(/的$/, '');
	return /(?:部|部门|中心|公司|科|室|处)$/.test(name) || /职能/.test(name);
}

const ENGLISH_TITLE = [
	/^(?:job|position|role)\s+(?:description|profile|specification)\s*(?:[:：\-–—]\s*(?<role>.+))?$/i,
	/^(?<role>.+?)\s*[:：\-–—]\s*(?:job|position|role)\s+(?:description|profile|specification)$/i,
	/^(?<role>.+?)\s+(?:job|position|role)\s+(?:description|profile|specification)$/i,
];

/** An English title line: `Job Description: Key Account Manager`, `Key Account Manager — Job Description`. */
export function englishTitle(line: string): { role: string | undefined } | undefined {
	for (const re of ENGLISH_TITLE) {
		const match = re.exec(line.trim());
		if (match) return { role: match.groups?.['role']?.trim() || undefined };
	}
	return undefined;
}

/** 大客户部部长 → 大客户部: the department a role's title starts with, if it does. */
export function departmentInTitle(title: string): string | undefined {
	const match = /^(.{2,12}?部)(?!门)(.+)$/.exec(fold(title));
	if (!match) return undefined;
	const [, department, rest] = match as unknown as [string, string, string];
	return isRoleName(rest) || /^(?:经理|部长|主管|主任|内勤|外勤)/.test(rest) ? title.slice(0, department.length) : undefined;
}

/** 第一章, 第二篇: a chapter heading, which ends whatever job description came before it. */
export function isChapter(line: string): boolean {
	return /^第[一二三四五六七八九十百千\d]+(?:[章篇节節部卷]|部分)/.test(line.trim());
}
