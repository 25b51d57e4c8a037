import type { Translate } from '../i18n/translate.ts';
import type { Department, Organization, Role } from '../model/index.ts';
import type { Urls } from '../site/urls.ts';
import { departmentRoles, type TreeNode } from './chart-tree.ts';
import { measureText } from './chart-font.ts';
import { ellipsize, rememberingMeasure, wrapText, type Measure } from './text-width.ts';

export type Tone = 'normal' | 'muted' | 'alert' | 'accent';

/** A run of text within a line, drawn in one tone (a vacancy in red, a department muted). */
export interface Span {
	text: string;
	tone: Tone;
	/** The holders' names: the nested list shows them as links to their pages instead. */
	people?: boolean;
}

/** One box of a chart with everything it shows, and its size; positions come later. */
export interface ChartBox {
	/** Unique within one chart. */
	key: string;
	kind: 'role' | 'department' | 'organization';
	/** The role it stands for, when it does: dotted lines and tests find boxes by it. */
	roleId: string | undefined;
	href: string | undefined;
	colour: string;
	title: string;
	titleLines: string[];
	lines: Span[][];
	/** The lines before they were cut to the box's width: what the phone's tree view shows. */
	fullLines?: Span[][];
	/** Its reports are drawn elsewhere (a printed chart's "continued on page N"): laid out as a box with reports, never stacked. */
	cut?: boolean;
	/** The role a chart is about (the role page's chart): drawn with a heavier outline. */
	current?: boolean;
	/** The lines in full, one after another: what the nested list says after the title. */
	summary: string;
	/** Everything the box says, in full (its text may be cut short): a tooltip, and what search matches. */
	tooltip: string;
	context: boolean;
	width: number;
	height: number;
	/** Roles this one also reports to by a dotted line. */
	dottedLineTo: string[];
	/** Who holds the role, with their pages (only when people are published). */
	people?: { name: string; href: string }[];
	children: ChartBox[];
}

/** Box metrics in pixels. Titles are 14 px semibold, the other lines 12 px. */
export const BOX = {
	minWidth: 128,
	maxWidth: 236,
	padX: 10,
	titleSize: 14,
	smallSize: 12,
	titleLine: 18,
	smallLine: 16,
	band: 6,
	top: 5,
	bottom: 7,
	/** A title takes at most two lines; a longer one ends in "…" and is in full in the box's tooltip. */
	maxTitleLines: 2,
} as const;

/** Text measured in the chart's font, with 2% to spare for rendering differences between machines. */
export const measureTitle: Measure = rememberingMeasure((text) => measureText(text, BOX.titleSize, 600) * 1.02);
export const measureSmall: Measure = rememberingMeasure((text) => measureText(text, BOX.smallSize, 400) * 1.02);

export interface BoxContext {
	t: Translate;
	urls: Urls;
	colours: Map<Department, string>;
	/** Between names in a list: 、 in Chinese, a comma in English. */
	separator: string;
}

export function createBoxContext(organization: Organization, t: Translate, urls: Urls, colours: Map<Department, string>): BoxContext {
	return { t, urls, colours, separator: organization.site.locale === 'en' ? ', ' : '、' };
}

/** Role boxes for a reporting forest; `showDepartment` names each role's department (charts that span several). */
export function roleBoxes(forest: readonly TreeNode<Role>[], context: BoxContext, options: { showDepartment?: boolean } = {}): ChartBox[] {
	const { t, urls, colours, separator } = context;
	const convert = (node: TreeNode<Role>): ChartBox => {
		const role = node.item;
		const lines: Span[][] = [];
		if (options.showDepartment || node.context) lines.push([{ text: role.department.name, tone: 'muted' }]);
		const facts: Span[] = [];
		if (role.data.headcount !== undefined) facts.push({ text: t('chart.headcount', { n: role.data.headcount }), tone: 'normal' });
		if (role.vacancies) facts.push({ text: `${facts.length > 0 ? ' · ' : ''}${t('chart.vacancies', { n: role.vacancies })}`, tone: 'alert' });
		if (facts.length > 0) lines.push(facts);
		const names = role.holders.map((person) => person.name);
		if (names.length > 0) {
			const shown = names.length > 3 ? `${names.slice(0, 2).join(separator)} ${t('chart.moreHolders', { n: names.length - 2 })}` : names.join(separator);
			lines.push([{ text: shown, tone: 'normal', people: true }]);
		}
		if (node.hidden > 0) lines.push([{ text: t('chart.hidden', { n: node.hidden }), tone: 'accent' }]);
		const box: ChartBox = {
			key: role.id,
			kind: 'role',
			roleId: role.id,
			href: urls.role(role.id),
			colour: colours.get(role.department) ?? '#6b6b76',
			title: role.title,
			titleLines: [],
			lines,
			summary: '',
			tooltip: [role.title, role.department.name, ...names].join(' · '),
			context: node.context,
			width: 0,
			height: 0,
			dottedLineTo: role.dottedLineSuperiors.map((superior) => superior.id),
			people: role.holders.map((person) => ({ name: person.name, href: urls.person(person.id) })),
			children: node.children.map(convert),
		};
		return sizeBox(box);
	};
	return forest.map(convert);
}

/**
 * Department boxes for the overview of a large organisation: each links to the
 * department's own chart and counts the roles in it and in the departments nested in it.
 */
export function departmentBoxes(forest: readonly TreeNode<Department>[], context: BoxContext): ChartBox[] {
	const { t, urls, colours } = context;
	const convert = (node: TreeNode<Department>): ChartBox => {
		const department = node.item;
		const roles = departmentRoles(department);
		const lines: Span[][] = [[{ text: t('chart.departmentCounts', { roles: roles.length, headcount: headcountOf(roles) }), tone: 'normal' }]];
		if (department.head) lines.push([{ text: department.head.title, tone: 'muted' }]);
		if (node.hidden > 0) lines.push([{ text: t('chart.hiddenDepartments', { n: node.hidden }), tone: 'accent' }]);
		return sizeBox({
			key: `department:${department.id}`,
			kind: 'department',
			roleId: undefined,
			href: roles.length > 0 ? urls.departmentChart(department.id) : urls.department(department.id),
			colour: colours.get(department) ?? '#6b6b76',
			title: department.name,
			titleLines: [],
			lines,
			summary: '',
			tooltip: [department.name, department.head?.title].filter(Boolean).join(' · '),
			context: false,
			width: 0,
			height: 0,
			dottedLineTo: [],
			children: node.children.map(convert),
		});
	};
	return forest.map(convert);
}

/** The organisation itself, above its top-level departments. */
export function organizationBox(organization: Organization, children: ChartBox[], context: BoxContext): ChartBox {
	const { t, urls } = context;
	return sizeBox({
		key: 'organization',
		kind: 'organization',
		roleId: undefined,
		href: urls.home(),
		colour: '#3d3d46',
		title: organization.site.organization,
		titleLines: [],
		summary: '',
		lines: [[{ text: t('chart.departmentCounts', { roles: organization.roles.length, headcount: headcountOf(organization.roles) }), tone: 'normal' }]],
		tooltip: organization.site.organization,
		context: false,
		width: 0,
		height: 0,
		dottedLineTo: [],
		children,
	});
}

function headcountOf(roles: readonly Role[]): number {
	let total = 0;
	for (const role of roles) total += role.data.headcount ?? 0;
	return total;
}

/**
 * Wraps the title and fits the box to its text, between the minimum and maximum widths.
 * Paper has no tooltips, so a printed chart gives titles more lines.
 */
export function sizeBox(box: ChartBox, maxTitleLines: number = BOX.maxTitleLines): ChartBox {
	const inner = BOX.maxWidth - 2 * BOX.padX;
	box.titleLines = wrapText(box.title, inner, maxTitleLines, measureTitle);
	let widest = Math.max(...box.titleLines.map(measureTitle));
	for (const line of box.lines) widest = Math.max(widest, measureSmall(line.map((span) => span.text).join('')));
	box.width = Math.ceil(Math.min(BOX.maxWidth, Math.max(BOX.minWidth, widest + 2 * BOX.padX)));
	// The names are not in the summary: the nested list links each of them to its page.
	box.summary = box.lines
		.filter((line) => !line.some((span) => span.people))
		.map((line) => line.map((span) => span.text).join(''))
		.join(' · ');
	box.fullLines = box.lines;
	box.lines = box.lines.map((line) => fitLine(line, box.width - 2 * BOX.padX));
	box.height = boxHeight(box.titleLines.length, box.lines.length);
	return box;
}

export function boxHeight(titleLines: number, lines: number): number {
	return BOX.band + BOX.top + titleLines * BOX.titleLine + (lines > 0 ? 2 + lines * BOX.smallLine : 0) + BOX.bottom;
}

/** Cuts a line's last spans short so that the whole line fits. */
function fitLine(line: Span[], maxWidth: number): Span[] {
	const out: Span[] = [];
	let left = maxWidth;
	for (const span of line) {
		if (left <= measureSmall('…')) break;
		const text = ellipsize(span.text, left, measureSmall);
		out.push({ text, tone: span.tone });
		left -= measureSmall(text);
	}
	return out;
}
