import type { Translate } from '../i18n/translate.ts';
import type { Department, Organization, Role } from '../model/index.ts';
import type { Urls } from '../site/urls.ts';
import { createBoxContext, departmentBoxes, organizationBox, roleBoxes, type BoxContext, type ChartBox } from './chart-boxes.ts';
import { departmentForest, departmentRoles, limitForest, reportingForest, subtreeSizes, type TreeNode } from './chart-tree.ts';
import { departmentColours } from './colours.ts';
import { layoutChart, type ChartLayout } from './layout.ts';
import { renderSvg } from './render-svg.ts';

/** What a chart needs from the site: the organisation, the dictionary and the URL builders. */
export interface ChartSource {
	organization: Organization;
	t: Translate;
	urls: Urls;
}

/** A chart ready to show: the SVG, the boxes it draws (for the nested list), and facts for the page. */
export interface ChartView {
	svg: string;
	layout: ChartLayout;
	/** The drawn boxes as a forest: the page repeats them as a nested list. */
	boxes: ChartBox[];
	/** Items left out and shown as counts on their parents. */
	hidden: number;
	/** The paper it prints on, landscape: A3 when A4 would make the text too small. */
	paper: 'a4' | 'a3';
	title: string;
}

/** Boxes a chart on a page may draw; beyond that, deeper levels collapse into counts. */
export const PAGE_CHART_LIMIT = 150;

/** Past this many roles, /org-chart/ shows departments first instead of every role. */
export const FULL_CHART_MAX_ROLES = PAGE_CHART_LIMIT;

const colours = new WeakMap<Organization, Map<Department, string>>();

function boxContext({ organization, t, urls }: ChartSource): BoxContext {
	let departmentColour = colours.get(organization);
	if (!departmentColour) {
		departmentColour = departmentColours(organization);
		colours.set(organization, departmentColour);
	}
	return createBoxContext(organization, t, urls, departmentColour);
}

function view(boxes: ChartBox[], hidden: number, title: string, inline: boolean, roving = true): ChartView {
	return render(boxes, layoutChart(boxes), hidden, title, inline, roving);
}

function render(boxes: ChartBox[], layout: ChartLayout, hidden: number, title: string, inline: boolean, roving = true): ChartView {
	const paper = layout.width <= 1600 && layout.height <= 1100 ? 'a4' : 'a3';
	return { svg: renderSvg(layout, { title, inline, roving }), layout, boxes, hidden, paper, title };
}

function hiddenIn<T>(forest: readonly TreeNode<T>[]): number {
	let hidden = 0;
	for (const [node] of subtreeSizes(forest)) hidden += node.hidden;
	return hidden;
}

export interface ChartOptions {
	/** Draw at most this many boxes (default: all). */
	limit?: number;
	/** Markup for a page (default) or for a file of its own. */
	inline?: boolean;
}

/** Every role of the organisation, in its reporting trees. */
export function organizationChart(source: ChartSource, options: ChartOptions = {}): ChartView {
	const { organization, t } = source;
	const full = reportingForest(organization.roles);
	const forest = options.limit === undefined ? full : limitForest(full, options.limit);
	const boxes = roleBoxes(forest, boxContext(source), { showDepartment: true });
	return view(boxes, hiddenIn(forest), t('chart.figure', { name: organization.site.organization }), options.inline ?? true);
}

/**
 * A department's roles and those of the departments nested in it, with the roles they
 * report to outside it drawn muted on top. Nothing when it has no roles.
 */
export function departmentChart(source: ChartSource, department: Department, options: ChartOptions = {}): ChartView | undefined {
	const roles = departmentRoles(department);
	if (roles.length === 0) return undefined;
	const title = source.t('chart.figure', { name: department.name });
	const inline = options.inline ?? true;
	const showDepartment = department.children.length > 0;
	const full = reportingForest(roles, { context: true });
	const size = forestSize(full);
	if (options.limit !== undefined && size > options.limit) {
		const forest = limitForest(full, options.limit);
		return view(roleBoxes(forest, boxContext(source), { showDepartment }), hiddenIn(forest), title, inline);
	}
	// A department its page draws whole is drawn whole in its file too: laid out once for both
	// (its boxes depend on its organisation alone, whose site gives every source its words and links).
	const shared = size <= PAGE_CHART_LIMIT;
	let drawn = shared ? wholeDepartments.get(department) : undefined;
	if (!drawn) {
		const boxes = roleBoxes(full, boxContext(source), { showDepartment });
		drawn = { boxes, layout: layoutChart(boxes), hidden: hiddenIn(full) };
		if (shared) wholeDepartments.set(department, drawn);
	}
	return render(drawn.boxes, drawn.layout, drawn.hidden, title, inline);
}

const wholeDepartments = new WeakMap<Department, { boxes: ChartBox[]; layout: ChartLayout; hidden: number }>();

function forestSize<T>(forest: readonly TreeNode<T>[]): number {
	const sizes = subtreeSizes(forest);
	return forest.reduce((sum, root) => sum + sizes.get(root)!, 0);
}

/** The departments, nested, under the organisation: the first view of a large organisation. */
export function departmentOverview(source: ChartSource, options: ChartOptions = {}): ChartView {
	const { organization, t } = source;
	const full = departmentForest(organization.topDepartments);
	const forest = options.limit === undefined ? full : limitForest(full, Math.max(1, options.limit - 1));
	const context = boxContext(source);
	const boxes = [organizationBox(organization, departmentBoxes(forest, context), context)];
	return view(boxes, hiddenIn(forest), t('chart.figure', { name: organization.site.organization }), options.inline ?? true);
}

const fullCharts = new WeakMap<Organization, string>();

/**
 * The whole organisation as a file of its own. Made once per build: the org chart page
 * states its size and the download endpoint serves it.
 */
export function fullOrganizationSvg(source: ChartSource): string {
	let svg = fullCharts.get(source.organization);
	if (svg === undefined) {
		svg = organizationChart(source, { inline: false }).svg;
		fullCharts.set(source.organization, svg);
	}
	return svg;
}

/** Departments that have a chart: those with roles of their own or in departments nested in them. */
export function chartedDepartments(organization: Organization): Department[] {
	return organization.departments.filter((department) => departmentRoles(department).length > 0);
}

/**
 * The role page's chart: the role's superior, the role among its peers, and its direct
 * reports (N+1 and N−1). Peers' and reports' own teams are counts, not boxes.
 */
export function roleChart(source: ChartSource, role: Role): ChartView {
	const node = (item: Role, children: TreeNode<Role>[] = []): TreeNode<Role> => ({ item, children, hidden: children.length > 0 ? 0 : subtreeCount(item), context: false });
	const self = node(role, role.subordinates.map((report) => node(report)));
	const peers = (role.superior ? role.superior.subordinates : [role]).map((peer) => (peer === role ? self : node(peer)));
	const forest = role.superior ? [node(role.superior, peers)] : peers;
	const boxes = roleBoxes(forest, boxContext(source), { showDepartment: true });
	const mark = (box: ChartBox) => {
		if (box.key === role.id) box.current = true;
		box.children.forEach(mark);
	};
	boxes.forEach(mark);
	return view(boxes, 0, source.t('chart.neighbourhoodFigure', { title: role.title }), true, false);
}

/** How many roles report to a role, directly or not. */
function subtreeCount(role: Role): number {
	let count = 0;
	const stack = [...role.subordinates];
	while (stack.length > 0) {
		const next = stack.pop()!;
		count++;
		stack.push(...next.subordinates);
	}
	return count;
}
