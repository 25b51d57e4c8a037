/**
 * Ids for imported roles and departments. Ids are URL parts (`^[a-z0-9][a-z0-9-]{0,63}$`),
 * titles are Chinese, and no romanisation is at hand, so common role and department
 * words are spelled with English words (大客户部部长 → key-accounts-director); a title
 * with words outside the map keeps the words it has and gains a short hash of the
 * whole title, so the same title always gets the same id.
 */
import { ID_PATTERN } from '../../schemas/index.ts';
import { fold, shortHash } from './text.ts';

/** Chinese words → id words. Matched longest first. */
const WORDS: Record<string, string> = {
	大客户部: 'key-accounts',
	客户关系部: 'customer-relations',
	客户关系: 'customer-relations',
	集团客户部: 'group-clients',
	集团客户: 'group-client',
	集团: 'group',
	客户代表: 'account-representative',
	回访员: 'follow-up-caller',
	回访: 'follow-up',
	关系: 'relations',
	接待: 'reception',
	行政部经理: 'admin-manager',
	客户服务部: 'customer-service',
	客服部: 'customer-service',
	客服中心: 'customer-service-center',
	客户服务中心: 'customer-service-center',
	政企客户部: 'gov-enterprise',
	售后服务部: 'after-sales',
	客户部: 'accounts',
	销售部: 'sales',
	市场部: 'marketing',
	营销部: 'marketing',
	营销中心: 'marketing-center',
	财务部: 'finance',
	人事部: 'hr',
	人力资源部: 'hr',
	行政部: 'admin',
	综合部: 'general-affairs',
	办公室: 'office',
	总经理办公室: 'gm-office',
	技术部: 'engineering',
	研发部: 'rd',
	生产部: 'production',
	采购部: 'purchasing',
	质量部: 'quality',
	品质部: 'quality',
	物流部: 'logistics',
	仓储部: 'warehouse',
	法务部: 'legal',
	培训部: 'training',
	企划部: 'planning',
	运营部: 'operations',
	工程部: 'engineering',
	安保部: 'security',
	大客户经理: 'key-account-manager',
	客户经理: 'account-manager',
	总经理: 'general-manager',
	副总经理: 'deputy-general-manager',
	副总裁: 'vice-president',
	总裁: 'president',
	董事长: 'chairman',
	副总: 'deputy-general-manager',
	总监: 'director',
	部长: 'director',
	经理: 'manager',
	主管: 'supervisor',
	主任: 'chief',
	助理: 'assistant',
	文员: 'clerk',
	内勤: 'office-assistant',
	外勤: 'field',
	人员: 'staff',
	收费员: 'billing-clerk',
	收费: 'billing',
	收银员: 'cashier',
	出纳: 'cashier',
	会计: 'accountant',
	领班: 'team-lead',
	组长: 'team-leader',
	班长: 'shift-leader',
	总台: 'front-desk',
	前台: 'reception',
	服务员: 'attendant',
	业务员: 'salesperson',
	协调员: 'coordinator',
	专员: 'specialist',
	秘书: 'secretary',
	司机: 'driver',
	工程师: 'engineer',
	技术员: 'technician',
	管理员: 'administrator',
	顾问: 'consultant',
	代表: 'representative',
	实习生: 'intern',
	督导: 'supervisor',
	客服: 'customer-service',
	客户: 'customer',
	大客户: 'key-account',
	服务: 'service',
	销售: 'sales',
	市场: 'marketing',
	营销: 'marketing',
	财务: 'finance',
	人事: 'hr',
	行政: 'admin',
	业务: 'business',
	经营: 'operations',
	运营: 'operations',
	技术: 'technical',
	产品: 'product',
	项目: 'project',
	渠道: 'channel',
	售后: 'after-sales',
	售前: 'pre-sales',
	质量: 'quality',
	采购: 'purchasing',
	仓库: 'warehouse',
	物流: 'logistics',
	培训: 'training',
	招聘: 'recruiting',
	薪酬: 'compensation',
	绩效: 'performance',
	法务: 'legal',
	安全: 'safety',
	物业: 'property',
	管理: 'management',
	高级: 'senior',
	资深: 'senior',
	初级: 'junior',
	副: 'deputy',
	总: 'chief',
	部: 'dept',
	中心: 'center',
	公司: 'company',
	政企: 'gov-enterprise',
	电话: 'phone',
	网络: 'network',
	数据: 'data',
	分析: 'analysis',
	分析师: 'analyst',
	设计师: 'designer',
	开发: 'development',
	研发: 'rd',
	测试: 'test',
	维护: 'maintenance',
	维修: 'repair',
	保安: 'security-guard',
	保洁: 'cleaner',
	厨师: 'chef',
	电工: 'electrician',
	或: 'or',
	及: 'and',
	和: 'and',
	与: 'and',
	员: 'staff',
	师: 'specialist',
	长: 'head',
};

const KEYS = Object.keys(WORDS).sort((a, b) => b.length - a.length);

/** The id a title or department name reads as, before making it unique. */
export function idFor(text: string, fallbackPrefix: string): string {
	// Numbering is never part of an id: 2.1.客户经理 and 客户经理 are one role.
	const folded = fold(text).trim().replace(/^(?:\d{1,2}(?:[.．]\d{1,2})*[.．、)）]\s*|[(（][\d一二三四五六七八九十]{1,3}[)）]\s*|[一二三四五六七八九十]{1,3}[、.．]\s*)/, '');
	if (!/[\u3400-\u9fff]/.test(folded)) {
		const slug = trimId(folded.replace(/&/g, ' and ').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, ''));
		return slug && ID_PATTERN.test(slug) ? slug : `${fallbackPrefix}-${shortHash(text)}`;
	}
	const words: string[] = [];
	let unknown = false;
	for (let i = 0; i < folded.length; ) {
		const char = folded[i]!;
		if (/[\s()（）、,，·.\-/]/.test(char) || char === '的') {
			i++;
			continue;
		}
		if (/[a-z0-9]/.test(char)) {
			const ascii = /^[a-z0-9]+/.exec(folded.slice(i))![0];
			words.push(ascii);
			i += ascii.length;
			continue;
		}
		const word = KEYS.find((candidate) => folded.startsWith(candidate, i));
		if (word) {
			words.push(WORDS[word]!);
			i += word.length;
		} else {
			unknown = true;
			i++;
		}
	}
	const deduped = words.filter((word, index) => word !== words[index - 1]);
	const base = trimId(deduped.join('-'));
	if (!base) return `${fallbackPrefix}-${shortHash(text)}`;
	return unknown ? `${trimId(base, 56)}-${shortHash(text)}` : base;
}

/** Cuts an id to `max` characters at a hyphen. */
function trimId(id: string, max = 64): string {
	if (id.length <= max) return id;
	const cut = id.slice(0, max);
	return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : max);
}

/** Hands out ids, never one already taken: the second 大客户经理 is key-account-manager-2. */
export class IdAllocator {
	private readonly taken: Set<string>;
	/** The next number to try for a base: a thousand roles of one title take linear time. */
	private readonly next = new Map<string, number>();
	constructor(taken: Iterable<string>) {
		this.taken = new Set(taken);
	}
	allocate(base: string): string {
		let id = base;
		let n = this.next.get(base) ?? 2;
		for (; this.taken.has(id); n++) id = `${trimId(base, 60)}-${n}`;
		if (id !== base) this.next.set(base, n);
		this.taken.add(id);
		return id;
	}
}
