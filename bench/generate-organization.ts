/**
 * Writes a valid, deterministic content folder of any size, for benchmarks and for tests
 * that need more than the example organisation: `N` published roles in a reporting tree
 * of fan-out 3 to 8 (with the odd wide team) and up to 8 levels, nested departments,
 * workflows and people, in Chinese or English, using every field of the content format
 * somewhere. The same options always write the same files.
 *
 *   npm run bench:organization -- --roles 10000 --out DIR [--seed 1] [--locale zh-CN] [--force]
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { confirmationSheet } from '../src/confirm/sheet.ts';
import { sheetContextOf } from '../src/confirm/sheet-text.ts';
import { loadOrganization } from '../src/model/index.ts';
import {
	AUTHORITIES,
	DIVISIONS,
	DUTY_GROUPS,
	DUTY_OBJECTS,
	DUTY_VERBS,
	EDUCATION,
	ENGLISH_FIRST_NAMES,
	ENGLISH_LAST_NAMES,
	EXECUTIVE,
	GIVEN_NAMES,
	GOALS,
	KNOWLEDGE,
	KPIS,
	ORGANIZATION_NAMES,
	PLAIN_AUTHORITIES,
	REGIONS,
	ROUTINES,
	SENIORITY,
	SKILLS,
	SURNAMES,
	TASKS,
	type Division,
	type Term,
} from './organization-vocabulary.ts';

export type GeneratorLocale = 'en' | 'zh-CN' | 'zh-TW';

export interface GenerateOptions {
	/** How many published roles to write (draft and retired ones come on top, about 1 %). */
	roles: number;
	seed?: number;
	/** The site's language and the language of the content (zh-TW writes simplified text). */
	locale?: GeneratorLocale;
}

export interface GeneratedOrganization {
	dir: string;
	/** Published roles. */
	roles: number;
	/** Draft and retired roles, which the site does not show. */
	unpublishedRoles: number;
	departments: number;
	workflows: number;
	people: number;
	/** Levels in the reporting tree. */
	depth: number;
	files: number;
	bytes: number;
}

/** Levels of the reporting tree: the chief executive is level 0, the deepest level 7. */
const MAX_LEVELS = 8;
const MIN_FAN_OUT = 3;
const MAX_FAN_OUT = 8;

interface Random {
	next(): number;
	int(min: number, max: number): number;
	pick<T>(list: readonly T[]): T;
	chance(probability: number): boolean;
}

/** mulberry32: small, fast and the same everywhere, which Math.random is not. */
function createRandom(seed: number): Random {
	let state = seed >>> 0;
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	return {
		next,
		int: (min, max) => min + Math.floor(next() * (max - min + 1)),
		pick: (list) => list[Math.floor(next() * list.length)]!,
		chance: (probability) => next() < probability,
	};
}

interface Node {
	index: number;
	level: number;
	parent: Node | undefined;
	children: Node[];
	/** Roles in this subtree, itself included. */
	size: number;
	/** A flat team: every child is a leaf, more of them than the usual fan-out. */
	wide: boolean;
	status: 'published' | 'draft' | 'retired';
	id: string;
	department: GenDepartment;
	specialty: Term | undefined;
	title: string;
	headcount: number;
}

interface GenDepartment {
	id: string;
	name: string;
	division: Division | undefined;
	parent: GenDepartment | undefined;
	head: Node;
	code: string;
	order: number;
	/** 0 for the executive office and divisions, then 1, 2, … for nested units. */
	nesting: number;
	unitSlug: string;
	/** Its name already says where it is, so a unit below it is a numbered team. */
	regional: boolean;
}

function pickDistinct<T>(list: readonly T[], count: number, random: Random): T[] {
	return shuffle([...list], random).slice(0, count);
}

function shuffle<T>(list: T[], random: Random): T[] {
	for (let i = list.length - 1; i > 0; i--) {
		const j = random.int(0, i);
		[list[i], list[j]] = [list[j]!, list[i]!];
	}
	return list;
}

/** The largest subtree a role at `level` can head without going below the last level. */
function capacity(level: number): number {
	let total = 0;
	for (let i = 0; i < MAX_LEVELS - level; i++) total += MAX_FAN_OUT ** i;
	return total;
}

/** Splits `rest` roles among `count` children unevenly, as real teams are: a few large, several of one. */
function split(rest: number, count: number, cap: number, random: Random): number[] {
	const weights = Array.from({ length: count }, () => random.next() ** 2 + 0.02);
	const total = weights.reduce((sum, weight) => sum + weight, 0);
	const extra = rest - count;
	const shares = weights.map((weight) => 1 + Math.floor((extra * weight) / total));
	const order = weights.map((weight, i) => [weight, i] as const).sort((a, b) => b[0] - a[0]);
	let left = rest - shares.reduce((sum, share) => sum + share, 0);
	for (let i = 0; left > 0; i = (i + 1) % count, left--) shares[order[i]![1]]!++;
	let overflow = 0;
	for (let i = 0; i < count; i++) {
		if (shares[i]! > cap) {
			overflow += shares[i]! - cap;
			shares[i] = cap;
		}
	}
	for (let i = 0; overflow > 0; i = (i + 1) % count) {
		if (shares[i]! < cap) {
			shares[i]!++;
			overflow--;
		}
	}
	// A subtree of two or three roles would be a manager of one or two: grow it to four, or fold it into a single role.
	for (let i = 0; i < count; i++) {
		const share = shares[i]!;
		if (share !== 2 && share !== 3) continue;
		const donor = shares.findIndex((other, j) => j !== i && other - (4 - share) >= 4);
		if (donor >= 0 && share + 1 <= cap) {
			shares[donor]! -= 4 - share;
			shares[i] = 4;
		} else {
			const largest = shares.indexOf(Math.max(...shares));
			if (largest !== i && shares[largest]! + share - 1 <= cap) {
				shares[largest]! += share - 1;
				shares[i] = 1;
			}
		}
	}
	return shares;
}

/** The reporting tree's shape, grown top down so that exactly `total` roles fit in `MAX_LEVELS` levels. */
function growTree(total: number, random: Random): Node[] {
	if (total > capacity(0)) throw new Error(`at most ${capacity(0)} roles fit in ${MAX_LEVELS} levels of fan-out ${MAX_FAN_OUT}`);
	const nodes: Node[] = [];
	const make = (level: number, parent: Node | undefined): Node => {
		const node = { index: nodes.length, level, parent, children: [], size: 1, wide: false, status: 'published', id: '', specialty: undefined, title: '', headcount: 1 } as unknown as Node;
		nodes.push(node);
		parent?.children.push(node);
		return node;
	};
	const grow = (node: Node, budget: number) => {
		node.size = budget;
		const rest = budget - 1;
		if (rest === 0) return;
		const cap = capacity(node.level + 1);
		let shares: number[];
		if (node.level >= 2 && node.level <= MAX_LEVELS - 2 && rest >= 12 && rest <= 45 && random.chance(0.05)) {
			node.wide = true;
			shares = new Array<number>(rest).fill(1);
		} else {
			let count = Math.min(rest, random.int(MIN_FAN_OUT, MAX_FAN_OUT));
			while (count < MAX_FAN_OUT && count * cap < rest) count++;
			shares = split(rest, count, cap, random);
		}
		for (const share of shares) grow(make(node.level + 1, node), share);
	};
	grow(make(0, undefined), total);
	return nodes;
}

/** Hands out ids that are unique within one collection. */
function idRegistry() {
	const used = new Set<string>();
	return (base: string) => {
		const clean = base
			.toLowerCase()
			.replace(/[^a-z0-9-]+/g, '-')
			.replace(/-+/g, '-')
			.replace(/^-|-$/g, '')
			.slice(0, 56);
		let id = clean;
		for (let n = 2; used.has(id); n++) id = `${clean}-${n}`;
		used.add(id);
		return id;
	};
}

class Writer {
	files = 0;
	bytes = 0;
	readonly root: string;
	private readonly dirs = new Set<string>();
	constructor(root: string) {
		this.root = root;
	}
	write(relative: string, text: string): void {
		const file = path.join(this.root, relative);
		const dir = path.dirname(file);
		if (!this.dirs.has(dir)) {
			mkdirSync(dir, { recursive: true });
			this.dirs.add(dir);
		}
		writeFileSync(file, text);
		this.files++;
		this.bytes += Buffer.byteLength(text);
	}
	yaml(relative: string, data: unknown): void {
		this.write(relative, stringify(data, { lineWidth: 0 }));
	}
}

/** Writes a generated organisation into `dir`, which must not exist or be empty. */
export function generateOrganization(dir: string, options: GenerateOptions): GeneratedOrganization {
	const total = Math.floor(options.roles);
	if (!(total >= 1)) throw new Error('roles must be at least 1');
	const locale = options.locale ?? 'zh-CN';
	const zh = locale !== 'en';
	const random = createRandom(options.seed ?? 1);
	const say = (term: Term) => (zh ? term[1] : term[2]);
	const root = path.resolve(dir);
	if (existsSync(root) && readdirSync(root).length > 0) throw new Error(`${root} is not empty`);
	const out = new Writer(root);

	// The shape first, then departments and titles over it, then the extra unpublished roles.
	const nodes = growTree(total, random);
	const departmentId = idRegistry();
	const roleId = idRegistry();
	const departments: GenDepartment[] = [];
	const divisions = shuffle([...DIVISIONS], random);
	const unitUse = new Map<string, number>();

	const newDepartment = (head: Node, parent: GenDepartment | undefined, division: Division | undefined, slug: string, name: string, nesting: number, regional = false): GenDepartment => {
		const department: GenDepartment = {
			id: departmentId(slug),
			name,
			division,
			parent,
			head,
			code: `D${String(departments.length + 1).padStart(3, '0')}`,
			order: departments.length * 10,
			nesting,
			unitSlug: slug,
			regional,
		};
		departments.push(department);
		return department;
	};

	const ceo = nodes[0]!;
	ceo.department = newDepartment(ceo, undefined, undefined, EXECUTIVE.office[0], say(EXECUTIVE.office), 0);
	let divisionCount = 0;
	/** A region no other department has used with this unit's name yet. */
	const freeRegion = (unit: GenDepartment): Term | undefined => {
		const start = random.int(0, REGIONS.length - 1);
		for (let i = 0; i < REGIONS.length; i++) {
			const region = REGIONS[(start + i) % REGIONS.length]!;
			const name = zh ? `${region[1]}${unit.name}` : `${unit.name}, ${region[2]}`;
			if (!departments.some((department) => department.name === name)) return region;
		}
		return undefined;
	};
	for (const node of nodes) {
		if (node === ceo) continue;
		const superior = node.parent!;
		const inherited = superior.department;
		if (node.level === 1 && node.size >= 8) {
			const division = divisions[divisionCount++ % divisions.length]!;
			const name = zh ? `${division.term[1]}中心` : `${division.term[2]} Division`;
			node.department = newDepartment(node, undefined, division, division.term[0], name, 0);
		} else if (node.level >= 2 && node.level <= 4 && node.size >= 10 && inherited.division && random.chance(0.85)) {
			const division = inherited.division;
			const nesting = inherited.nesting + 1;
			let slug: string;
			let name: string;
			let regional: boolean;
			let region: Term | undefined;
			if (nesting === 1) {
				const key = division.term[0];
				const used = unitUse.get(key) ?? 0;
				unitUse.set(key, used + 1);
				const unit = division.units[used % division.units.length]!;
				region = used >= division.units.length ? REGIONS[Math.floor(used / division.units.length - 1) % REGIONS.length] : undefined;
				slug = region ? `${unit[0]}-${region[0]}` : unit[0];
				name = region ? (zh ? `${region[1]}${unit[1]}` : `${unit[2]}, ${region[2]}`) : say(unit);
				regional = region !== undefined;
			} else if (!inherited.regional && (region = freeRegion(inherited))) {
				slug = `${inherited.unitSlug}-${region[0]}`;
				name = zh ? `${region[1]}${inherited.name}` : `${inherited.name}, ${region[2]}`;
				regional = true;
			} else {
				const n = departments.filter((d) => d.parent === inherited).length + 1;
				slug = `${inherited.unitSlug}-team-${n}`;
				name = zh ? `${inherited.name}第${n}组` : `${inherited.name}, Team ${n}`;
				regional = true;
			}
			node.department = newDepartment(node, inherited, division, slug, name, nesting, regional);
		} else {
			node.department = inherited;
		}
	}

	// Titles and ids, top down (a node's specialty may come from its superior's).
	let sequence = 0;
	const seniorityFor = (node: Node) => (node.level <= 3 ? SENIORITY[0]! : random.pick(SENIORITY));
	const titleOf = (node: Node): { slug: string; title: string } => {
		const department = node.department;
		const division = department.division;
		if (node === ceo) return { slug: EXECUTIVE.chief[0], title: say(EXECUTIVE.chief) };
		if (department.head === node) {
			if (department.nesting === 0 && division) return { slug: `vp-${division.term[0]}`, title: zh ? `${division.term[1]}副总裁` : `Vice President, ${division.term[2]}` };
			return { slug: `head-${department.id}`, title: zh ? `${department.name}经理` : `Head of ${department.name}` };
		}
		if (!division) {
			const staff = random.pick(EXECUTIVE.staff);
			return { slug: staff[0], title: say(staff) };
		}
		const inherit = node.parent!.specialty && node.parent!.department === department && random.chance(0.7);
		node.specialty = inherit ? node.parent!.specialty : random.pick(division.specialties);
		const specialty = node.specialty!;
		if (node.children.length > 0) {
			if (node.wide) return { slug: `${specialty[0]}-team-leader`, title: zh ? `${specialty[1]}组组长` : `${specialty[2]} Team Leader` };
			return { slug: `${specialty[0]}-supervisor`, title: zh ? `${specialty[1]}主管` : `${specialty[2]} Supervisor` };
		}
		const seniority = seniorityFor(node);
		return { slug: seniority[0] ? `${seniority[0]}-${specialty[0]}` : specialty[0], title: zh ? `${seniority[1]}${specialty[1]}` : `${seniority[2]} ${specialty[2]}`.trim() };
	};
	for (const node of nodes) {
		const { slug, title } = titleOf(node);
		node.title = title;
		node.id = node === ceo || node.department.head === node ? roleId(slug) : roleId(`${slug}-${String(++sequence).padStart(5, '0')}`);
		node.headcount = node.children.length > 0 ? 1 : node.parent?.wide ? random.int(1, 8) : random.int(1, 4);
	}

	// About one role in a hundred is a draft or retired: a leaf under some manager, never shown.
	const managers = nodes.filter((node) => node.children.length > 0 && !node.wide);
	const unpublishedCount = Math.max(2, Math.round(total / 100));
	const unpublished: Node[] = [];
	for (let i = 0; i < unpublishedCount; i++) {
		const parent = random.pick(managers);
		const status = i % 2 === 0 ? 'draft' : 'retired';
		const node: Node = {
			index: nodes.length + i,
			level: parent.level + 1,
			parent,
			children: [],
			size: 1,
			wide: false,
			status,
			id: '',
			department: parent.department,
			specialty: parent.specialty,
			title: '',
			headcount: status === 'retired' ? 0 : 1,
		};
		const base = parent.specialty ?? EXECUTIVE.staff[0]!;
		node.title = zh ? `${base[1]}(${status === 'draft' ? '筹建' : '已撤销'})` : `${base[2]} (${status === 'draft' ? 'proposed' : 'discontinued'})`;
		node.id = roleId(`${base[0]}-${status}-${i + 1}`);
		parent.children.push(node);
		unpublished.push(node);
	}

	const organization = random.pick(ORGANIZATION_NAMES);
	const financeDepartment = departments.find((d) => d.division?.term[0] === 'finance' && d.nesting === 0) ?? departments[0]!;
	const divisionHeads = departments.filter((d) => d.nesting === 0 && d.division).map((d) => d.head);
	const personName = createNames(random, zh);

	writeSite(out, organization, locale, zh);

	departments.forEach((department, i) => writeDepartment(out, department, i, random, zh));

	const roleFolder = (node: Node) => {
		const department = node.department;
		return `roles/${department.division?.term[0] ?? EXECUTIVE.office[0]}/${department.id}`;
	};
	const published = nodes;
	for (const node of [...published, ...unpublished]) {
		const rich = node === ceo || node.department.head === node || node.index % 10 === 0;
		const data = roleData(node, { rich, random, say, zh, financeDepartment, divisionHeads, personName });
		// A few files carry their id inside, under a file name of their own.
		const file = node.index % 97 === 5 ? `${String(node.index).padStart(5, '0')}-${node.id}` : node.id;
		out.yaml(`${roleFolder(node)}/${file}.yaml`, data);
	}

	const workflows = writeWorkflows(out, published, Math.max(3, Math.min(40, Math.round(total / 100))), random, zh);
	// Some people have signed their sheet: its fingerprint is that of the text as written now.
	const fingerprintOf = presentFingerprints(root);
	const people = writePeople(out, published, random, personName, fingerprintOf);

	return {
		dir: root,
		roles: published.length,
		unpublishedRoles: unpublished.length,
		departments: departments.length,
		workflows,
		people,
		depth: Math.max(...nodes.map((node) => node.level)) + 1,
		files: out.files,
		bytes: out.bytes,
	};
}

type Say = (term: Term) => string;

function writeSite(out: Writer, organization: Term, locale: GeneratorLocale, zh: boolean): void {
	out.yaml('site.yaml', {
		organization: zh ? organization[1] : organization[2],
		locale,
		base: '/',
		logo: '/logo.svg',
		theme: { accent: '#1f6f8b' },
		terms: { role: zh ? '岗位' : 'position' },
		edit_url: 'https://git.example.com/hr/handbook/-/edit/main/{path}',
		labels: { 'role.notes': zh ? '备注说明' : 'Further notes' },
		publish: { people: true, compensation: true, drafts: false },
		confirmation: {
			title: zh ? '岗位职责确认书' : 'Statement of duties',
			statement: zh ? '本人已认真阅读上述岗位职责,理解并同意遵照执行。' : 'I have read the duties above and agree to carry them out.',
			sections: ['summary', 'duties', 'authorities', 'qualifications', 'relationships', 'conditions', 'routines', 'kpis'],
			signatures: [{ label: zh ? '员工签名' : 'Employee', note: zh ? '本人手签' : 'signed by hand' }, { label: zh ? '直接上级签名' : 'Line manager' }, { label: zh ? '日期' : 'Date' }],
		},
	});
	out.write(
		'public/logo.svg',
		'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#1f6f8b"/><path d="M8 22V10h6a4 4 0 0 1 0 8H8m8 0 6 4" stroke="#fff" stroke-width="3" fill="none"/></svg>\n',
	);
}

function writeDepartment(out: Writer, department: GenDepartment, index: number, random: Random, zh: boolean): void {
	const data: Record<string, unknown> = {};
	if (index % 5 === 1) data['id'] = department.id;
	data['name'] = department.name;
	data['code'] = department.code;
	if (department.parent) data['parent'] = department.parent.id;
	if (department.head.parent) data['reports_to'] = department.head.parent.id;
	data['head'] = department.head.id;
	data['order'] = department.order;
	const task = random.pick(TASKS);
	data['mission'] = zh ? `负责${department.name}的${task[1]},确保${random.pick(GOALS)[1]}。` : `Runs ${task[2]} for ${department.name}, so that ${random.pick(GOALS)[2]}.`;
	data['responsibilities'] = [0, 1, 2].map(() => duty(random, zh));
	if (index % 3 === 0) data['process'] = zh ? ['收集需求', '制定计划', '组织实施', '检查与总结'] : ['Gather needs', 'Plan the work', 'Carry it out', 'Review and report'];
	if (index % 4 === 0) {
		data['appraisal'] = zh
			? `## 考核目的\n\n不断提高职业能力,改进工作绩效。\n\n## 考核方式\n\n- 月度考核\n- 年度考核,由[[${department.head.id}]]组织\n`
			: `## Purpose\n\nTo improve skills and results.\n\n## Method\n\n- A monthly review\n- A yearly review, led by [[${department.head.id}]]\n`;
	}
	const file = index % 5 === 1 ? `${String(index).padStart(3, '0')}-${department.id}` : department.id;
	out.yaml(`departments/${file}.yaml`, data);
}

function duty(random: Random, zh: boolean): string {
	const verb = random.pick(DUTY_VERBS);
	const object = random.pick(DUTY_OBJECTS);
	return zh ? `${verb[1]}${object[1]}` : `${verb[2]} ${object[2]}`;
}

interface RoleContext {
	rich: boolean;
	random: Random;
	say: Say;
	zh: boolean;
	financeDepartment: GenDepartment;
	divisionHeads: Node[];
	personName: () => { id: string; name: string };
}

function roleData(node: Node, context: RoleContext): Record<string, unknown> {
	const { rich, random, say, zh } = context;
	const superior = node.parent;
	const published = node.status === 'published';
	const data: Record<string, unknown> = {};
	if (node.index % 97 === 5) data['id'] = node.id;
	data['title'] = node.title;
	data['department'] = node.department.id;
	data['code'] = node.index % 13 === 0 ? 1000 + node.index : `${node.department.code}-${String(node.index).padStart(5, '0')}`;
	data['grade'] = node.children.length > 0 ? `M${Math.max(1, 8 - node.level)}` : `P${Math.max(1, 8 - node.level)}`;
	if (!published) data['status'] = node.status;
	else if (node.index % 50 === 0) data['status'] = 'published';
	if (superior) data['reports_to'] = superior.id;
	if (published && superior && node.level >= 2 && node.index % 31 === 0) {
		const heads = context.divisionHeads;
		const head = heads.map((_, i) => heads[(node.index + i) % heads.length]!).find((candidate) => candidate !== superior && candidate !== node && candidate.department !== node.department);
		if (head) data['dotted_line_to'] = node.index % 2 === 0 ? [head.id] : head.id;
	}
	if (node.children.length > 0 && (rich || node.index % 4 === 0)) data['subordinates'] = node.children.map((child) => child.id);
	data['headcount'] = node.headcount;

	const task = random.pick(TASKS);
	const goal = random.pick(GOALS);
	const link = superior?.status === 'published' ? (zh ? `向[[${superior.id}]]汇报` : `reports to [[${superior.id}|${superior.title}]]`) : '';
	const summary = zh
		? `负责[[department:${node.department.id}]]的${task[1]},确保${goal[1]}${link ? `;${link}` : ''}。`
		: `Responsible for ${task[2]} in [[department:${node.department.id}]], ensuring ${goal[2]}${link ? `; ${link}` : ''}.`;
	data['summary'] = rich && node.index % 2 === 0 ? [summary, zh ? '**本岗位为关键岗位**,详见[制度汇编](https://example.com/policies)。' : 'A **key role**; see the [policy handbook](https://example.com/policies).'] : summary;
	if (!published) return data;

	const duties: unknown[] = [duty(random, zh), { text: duty(random, zh), weight: random.int(10, 30) }, duty(random, zh)];
	if (rich || node.children.length > 0) {
		const group = random.pick(DUTY_GROUPS);
		const items: unknown[] = [duty(random, zh), { text: duty(random, zh), weight: random.int(5, 15) }];
		if (rich) items.push({ group: zh ? '专项工作' : 'Special assignments', items: [duty(random, zh)] });
		duties.push({ group: say(group), items });
	}
	data['duties'] = duties;

	const authority = (i: number) => {
		const [category, kind, textZh, textEn] = AUTHORITIES[i % AUTHORITIES.length]!;
		return { text: zh ? textZh : textEn, category, kind };
	};
	const authorities: unknown[] = [say(random.pick(PLAIN_AUTHORITIES)), authority(node.index), { text: authority(node.index + 3).text }];
	if (rich) authorities.push({ group: zh ? '人事权限' : 'People', items: [authority(6), authority(8), { group: zh ? '授权事项' : 'Delegations', items: [authority(7)] }] });
	data['authorities'] = authorities;

	const division = node.department.division;
	const qualifications: Record<string, unknown> = {
		education: say(node.children.length > 0 ? EDUCATION[1]! : random.pick(EDUCATION)),
		experience: zh ? `${random.int(1, 10)}年以上相关工作经验` : `At least ${random.int(1, 10)} years of relevant experience`,
		skills: pickDistinct(SKILLS, 2, random).map(say),
	};
	if (division) qualifications['majors'] = division.majors.map(say);
	if (rich) {
		Object.assign(qualifications, {
			training: zh ? '接受过系统的管理知识培训' : 'Trained in management',
			knowledge: [say(random.pick(KNOWLEDGE))],
			abilities: zh ? ['培育辅导能力', '计划组织能力'] : ['Coaching', 'Planning and organising'],
			languages: zh ? '普通话流利,英语四级以上' : 'Fluent English; Mandarin an advantage',
			certifications: zh ? ['相关职业资格证书'] : ['A relevant professional certificate'],
			traits: zh ? '具备良好的职业道德和敬业精神' : 'Honest and committed',
			appearance: zh ? '端庄大方' : 'Presentable',
			physical: zh ? '身体健康' : 'In good health',
			other: zh ? ['持有C1驾驶证者优先'] : ['A driving licence is an advantage'],
		});
	}
	data['qualifications'] = qualifications;

	if (rich) {
		const sibling = superior?.children.find((candidate) => candidate !== node && candidate.status === 'published');
		data['relationships'] = {
			internal: [
				...(superior ? [{ with: superior.id, nature: zh ? '汇报工作计划与进展' : 'Reports on plans and progress' }] : []),
				{ with: `department:${context.financeDepartment.id}`, nature: zh ? '费用报销与预算协调' : 'Expenses and budget' },
				zh ? '公司各部门' : 'All departments',
				...(sibling ? [sibling.id] : []),
			],
			external: [zh ? '客户' : 'Clients', { with: zh ? '政府主管部门' : 'Regulators', nature: zh ? '日常沟通' : 'Routine liaison' }],
		};
		data['conditions'] = {
			equipment: zh ? '电脑、电话' : 'Computer and telephone',
			environment: zh ? ['办公室'] : ['Office'],
			hours: zh ? '正常工作时间,有时需要加班' : 'Standard hours, sometimes longer',
			physical: zh ? '无特殊要求' : 'No special demands',
			travel: zh ? '偶尔出差' : 'Occasional travel',
		};
		data['routines'] = {
			daily: [say(ROUTINES.daily)],
			weekly: say(ROUTINES.weekly),
			monthly: [say(ROUTINES.monthly)],
			quarterly: [say(ROUTINES.quarterly)],
			yearly: [say(ROUTINES.yearly)],
		};
	}

	const kpi = random.pick(KPIS);
	data['kpis'] = [{ name: say(kpi), target: zh ? '≥95%' : 'At least 95%', weight: 40 }, { name: say(random.pick(KPIS)), weight: 30 }, say(random.pick(KPIS))];

	if (rich) {
		data['career'] = {
			promotes_to: [...(superior ? [superior.id] : []), zh ? '其他部门同级管理岗位' : 'A similar post in another department'],
			note: zh ? '通常需在本岗位任职两年以上' : 'Usually after two years in the role',
		};
		data['compensation'] = zh ? '固定工资加绩效奖金' : 'Base salary plus a performance bonus';
		data['occupation'] = { scheme: 'GB/T 6565-2015', code: '2-06-01-01', label: zh ? '企业管理人员' : 'Business manager' };
		data['notes'] = zh ? '## 适用范围\n\n本说明书适用于本岗位全体任职人员。\n\n- 兼任岗位另行说明\n' : '## Scope\n\nApplies to everyone who holds the role.\n\n- Acting roles are described separately\n';
	}

	const author = context.personName().name;
	const reviewer = context.personName().name;
	const approver = context.personName().name;
	const revisions: unknown[] = [{ version: 'V1.0', date: `2024-0${random.int(1, 9)}-1${random.int(0, 9)}`, changes: zh ? '首次填写' : 'First issue', author, reviewer, approver }];
	if (rich) revisions.push({ version: 2, date: `2025-1${random.int(0, 2)}-0${random.int(1, 9)}`, changes: zh ? ['补充主要权利', '更新考核指标'] : ['Added authorities', 'Updated KPIs'], author, reviewer, approver });
	data['revisions'] = revisions;
	return data;
}

function createNames(random: Random, zh: boolean): () => { id: string; name: string } {
	let n = 0;
	return () => {
		n++;
		const english = zh ? random.chance(0.1) : random.chance(0.7);
		if (english) {
			const first = random.pick(ENGLISH_FIRST_NAMES);
			const last = random.pick(ENGLISH_LAST_NAMES);
			return { id: `${first}-${last}-${n.toString(36)}`.toLowerCase(), name: `${first} ${last}` };
		}
		const [surnameSlug, surname] = random.pick(SURNAMES);
		const [givenSlug, given] = random.pick(GIVEN_NAMES);
		return { id: `${surnameSlug}-${givenSlug}-${n.toString(36)}`, name: `${surname}${given}` };
	};
}

/** Approval chains that climb the tree from a role a few levels down. */
function writeWorkflows(out: Writer, roles: readonly Node[], count: number, random: Random, zh: boolean): number {
	const candidates = roles.filter((node) => node.level >= 3 && node.children.length === 0);
	const starts = candidates.length > 0 ? candidates : roles.filter((node) => node.parent);
	if (starts.length === 0) return 0;
	const ids = idRegistry();
	for (let i = 0; i < count; i++) {
		const start = starts[Math.floor((i * starts.length) / count)]!;
		const chain: Node[] = [];
		for (let node = start.parent; node && chain.length < 3; node = node.parent) chain.push(node);
		const [first, second, third] = chain;
		const object = random.pick(DUTY_OBJECTS);
		const name = zh ? `${object[1]}审批流程` : `Approval of ${object[2]}`;
		const steps: unknown[] = [start.id];
		if (first) steps.push({ role: first.id, action: zh ? '审核' : 'Reviews' });
		if (second) steps.push({ role: second.id, action: zh ? '审批' : 'Approves', ...(third ? { or: [third.id] } : {}) });
		steps.push({ text: zh ? '财务部复核' : 'Finance double-checks', optional: true });
		if (third && i % 2 === 0) steps.push({ role: third.id, action: zh ? '签字' : 'Signs', optional: true });
		steps.push({ text: zh ? '外部审计机构' : 'External auditor', action: zh ? '抽查' : 'Spot-checks' });
		steps.push(zh ? '归档' : 'File the records');
		const id = ids(`${start.department.id}-approval`);
		const data: Record<string, unknown> = {};
		// Some files carry their id inside, under a file name of their own.
		if (i % 4 === 1) data['id'] = id;
		data['name'] = name;
		if (i % 3 !== 2) data['department'] = start.department.id;
		data['steps'] = steps;
		data['notes'] = zh ? `紧急情况可先电话请示,事后补办手续;详询[[department:${start.department.id}]]。` : `In an emergency ask by phone first and file afterwards; see [[department:${start.department.id}]].`;
		out.yaml(`workflows/${i % 4 === 1 ? `${String(i).padStart(2, '0')}-${id}` : id}.yaml`, data);
	}
	return count;
}

/** Holders for most roles, never more than the headcount, so some roles show vacancies. */
/** The fingerprint of each role's confirmation sheet, from the content written so far (people do not change it). */
function presentFingerprints(root: string): (roleId: string) => string | undefined {
	const { organization } = loadOrganization(root, { register: false });
	const context = sheetContextOf(organization);
	return (roleId) => {
		const role = organization.role(roleId);
		return role && confirmationSheet(role, context).fingerprint;
	};
}

function writePeople(out: Writer, roles: readonly Node[], random: Random, personName: () => { id: string; name: string }, fingerprintOf: (roleId: string) => string | undefined): number {
	let count = 0;
	for (const role of roles) {
		const draw = random.next();
		const holders = draw < 0.12 ? 0 : Math.min(2, draw < 0.4 ? role.headcount - 1 : role.headcount);
		for (let i = 0; i < holders; i++) {
			const person = personName();
			const data: Record<string, unknown> = {};
			if (count % 41 === 3) data['id'] = person.id;
			data['name'] = person.name;
			data['roles'] = count % 7 === 0 ? role.id : [role.id];
			if (count % 5 !== 0) data['since'] = `20${random.int(10, 25)}-0${random.int(1, 9)}-${random.int(10, 28)}`;
			const fingerprint = count % 4 === 1 ? fingerprintOf(role.id) : undefined;
			if (fingerprint) data['signed'] = [{ role: role.id, fingerprint, date: `2025-0${random.int(1, 9)}-${random.int(10, 28)}` }];
			out.yaml(`people/${count % 41 === 3 ? `p${count}` : person.id}.yaml`, data);
			count++;
		}
	}
	return count;
}

function main(): void {
	const usage = 'usage: npm run bench:organization -- --roles N --out DIR [--seed N] [--locale en|zh-CN|zh-TW] [--force]';
	const { values } = parseArgs({
		options: {
			roles: { type: 'string' },
			out: { type: 'string' },
			seed: { type: 'string' },
			locale: { type: 'string' },
			force: { type: 'boolean' },
			help: { type: 'boolean', short: 'h' },
		},
	});
	if (values.help || !values.roles || !values.out) {
		console.log(usage);
		process.exit(values.help ? 0 : 2);
	}
	const locale = (values.locale ?? 'zh-CN') as GeneratorLocale;
	if (!['en', 'zh-CN', 'zh-TW'].includes(locale)) {
		console.error(`unknown locale "${locale}"\n${usage}`);
		process.exit(2);
	}
	const out = path.resolve(values.out);
	if (values.force && existsSync(out)) {
		// Only what a generated folder holds: never anything else the folder might contain.
		for (const entry of ['site.yaml', 'departments', 'roles', 'workflows', 'people', 'public']) rmSync(path.join(out, entry), { recursive: true, force: true });
	}
	const started = performance.now();
	const result = generateOrganization(out, { roles: Number(values.roles), seed: Number(values.seed ?? 1), locale });
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	console.log(
		`${result.dir}: ${result.roles} roles (+${result.unpublishedRoles} draft or retired), ${result.departments} departments, ${result.workflows} workflows, ` +
			`${result.people} people, ${result.depth} levels; ${result.files} files, ${(result.bytes / 1e6).toFixed(1)} MB in ${seconds} s`,
	);
}

if (import.meta.filename === path.resolve(process.argv[1] ?? '')) main();
