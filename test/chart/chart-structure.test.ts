import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { generateOrganization } from '../../bench/generate-organization.ts';
import type { ChartBox } from '../../src/chart/chart-boxes.ts';
import { limitForest, reportingForest, subtreeSizes } from '../../src/chart/chart-tree.ts';
import { chartedDepartments, departmentChart, departmentOverview, organizationChart, PAGE_CHART_LIMIT, type ChartSource, type ChartView } from '../../src/chart/charts.ts';
import { createTranslator } from '../../src/i18n/translate.ts';
import { loadOrganization, type Organization } from '../../src/model/index.ts';
import { createUrls } from '../../src/site/urls.ts';

const EXAMPLE = path.resolve(import.meta.dirname, '../../content');

function source(organization: Organization, base = organization.site.base): ChartSource {
	return { organization, t: createTranslator(organization.site), urls: createUrls(base) };
}

function load(dir: string): Organization {
	const result = loadOrganization(dir);
	expect(result.errorCount).toBe(0);
	return result.organization;
}

function generated(roles: number, seed = 1): Organization {
	const dir = mkdtempSync(path.join(tmpdir(), 'rolebook-chart-'));
	generateOrganization(dir, { roles, seed });
	return load(dir);
}

function allBoxes(forest: readonly ChartBox[]): ChartBox[] {
	const out: ChartBox[] = [];
	const stack = [...forest];
	while (stack.length > 0) {
		const box = stack.pop()!;
		out.push(box);
		stack.push(...box.children);
	}
	return out;
}

/** How often each key occurs in the SVG as a box: `data-key="…"` on an `<a>`. */
function svgBoxKeys(svg: string): Map<string, number> {
	const counts = new Map<string, number>();
	for (const [, key] of svg.matchAll(/<a href="[^"]*" class="oc-box[^"]*" data-key="([^"]+)"/g)) counts.set(key!, (counts.get(key!) ?? 0) + 1);
	return counts;
}

function edgesOf(view: ChartView, kind: 'reports' | 'dotted'): Set<string> {
	return new Set(view.layout.edges.filter((edge) => edge.kind === kind).map((edge) => `${edge.from}>${edge.to}`));
}

/** The checks every whole-organisation chart must pass, whatever the organisation. */
function expectWholeChart(organization: Organization, view: ChartView): void {
	const placed = view.layout.boxes.map((box) => box.box.roleId);
	// Every published role exactly once, and nothing else.
	expect(placed.length).toBe(organization.roles.length);
	expect(new Set(placed)).toEqual(new Set(organization.roles.map((role) => role.id)));
	expect(view.hidden).toBe(0);

	// Every reporting line is an edge, and every solid edge is a reporting line.
	const reports = edgesOf(view, 'reports');
	const lines = organization.roles.filter((role) => role.superior).map((role) => `${role.superior!.id}>${role.id}`);
	expect(reports).toEqual(new Set(lines));
	expect(view.layout.edges.filter((edge) => edge.kind === 'reports')).toHaveLength(lines.length);

	// Dotted lines are edges of their own kind.
	const dotted = organization.roles.flatMap((role) => role.dottedLineSuperiors.map((superior) => `${superior.id}>${role.id}`));
	expect(edgesOf(view, 'dotted')).toEqual(new Set(dotted));

	// The SVG draws each role once, as a link to its page; the edges carry the same pairs.
	const keys = svgBoxKeys(view.svg);
	expect(keys.size).toBe(organization.roles.length);
	expect([...keys.values()].every((count) => count === 1)).toBe(true);
	const svgReports = [...view.svg.split('<g class="oc-edges"')[1]!.split('</g>')[0]!.matchAll(/data-from="([^"]+)" data-to="([^"]+)"/g)].map((m) => `${m[1]}>${m[2]}`);
	expect(new Set(svgReports)).toEqual(new Set(lines));
	const dashed = view.svg.split('<g class="oc-dotted"')[1]!.split('</g>')[0]!;
	expect(dashed).toContain('stroke-dasharray');
	expect(new Set([...dashed.matchAll(/data-from="([^"]+)" data-to="([^"]+)"/g)].map((m) => `${m[1]}>${m[2]}`))).toEqual(new Set(dotted));
}

describe('the chart of the example organisation', () => {
	const organization = load(EXAMPLE);
	const view = organizationChart(source(organization));

	test('shows every published role exactly once and every reporting line as an edge', () => {
		expectWholeChart(organization, view);
		// Draft and retired roles stay off the chart.
		expect(view.svg).not.toContain('cs-vip-specialist');
		expect(view.svg).not.toContain('cs-front-desk-lead');
	});

	test('draws the dotted line distinctly: dashed, and not as a reporting line', () => {
		const role = organization.roles.find((candidate) => candidate.dottedLineSuperiors.length > 0)!;
		const pair = `${role.dottedLineSuperiors[0]!.id}>${role.id}`;
		expect(edgesOf(view, 'dotted')).toContain(pair);
		expect(edgesOf(view, 'reports')).not.toContain(pair);
	});

	test('each box links to the role page, names its holders and shows vacancies', () => {
		const gm = organization.role('gm')!;
		expect(view.svg).toContain('<a href="/roles/gm/" class="oc-box" data-key="gm"');
		expect(view.svg).toContain(gm.holders[0]!.name);
		const vacant = organization.roles.find((role) => (role.vacancies ?? 0) > 0)!;
		expect(view.svg).toContain(`空缺 ${vacant.vacancies}`);
		expect(view.svg).toContain(`编制 ${vacant.data.headcount}`);
	});

	test('links honour the base path', () => {
		const under = organizationChart(source(organization, '/handbook/'));
		for (const [, href] of under.svg.matchAll(/href="([^"]+)"/g)) expect(href).toMatch(/^\/handbook\//);
	});

	test('a department chart has the department’s roles and its sub-departments’, with its superior muted above', () => {
		const marketing = organization.department('marketing-center')!;
		const chart = departmentChart(source(organization), marketing)!;
		const inScope = [...marketing.roles, ...marketing.children.flatMap((child) => child.roles)];
		const boxes = chart.layout.boxes.filter((placed) => !placed.box.context).map((placed) => placed.box.roleId);
		expect(boxes.sort()).toEqual(inScope.map((role) => role.id).sort());
		const context = chart.layout.boxes.filter((placed) => placed.box.context).map((placed) => placed.box.roleId);
		expect(context).toEqual(['deputy-gm']);
		expect(edgesOf(chart, 'reports')).toContain('deputy-gm>ka-director');
	});

	test('the departments overview has the organisation on top and every department once', () => {
		const overview = departmentOverview(source(organization));
		const keys = overview.layout.boxes.map((placed) => placed.box.key);
		expect(keys[0]).toBe('organization');
		expect(keys.slice(1).sort()).toEqual(organization.departments.map((department) => `department:${department.id}`).sort());
		expect(edgesOf(overview, 'reports')).toContain('department:marketing-center>department:key-accounts');
		expect(overview.svg).toContain('href="/departments/key-accounts/#org-chart"');
	});
});

describe('the chart of a generated organisation of 1,000 roles', () => {
	const organization = generated(1000);
	const ctx = source(organization);

	test('shows every published role exactly once and every reporting line as an edge', () => {
		expectWholeChart(organization, organizationChart(ctx));
	});

	test('a page’s chart stays within its budget and counts what it folds away', () => {
		const view = organizationChart(ctx, { limit: PAGE_CHART_LIMIT });
		expect(view.layout.boxes.length).toBeLessThanOrEqual(PAGE_CHART_LIMIT);
		const boxes = allBoxes(view.boxes);
		const hidden = boxes.reduce((sum, box) => sum + (box.summary.match(/下设 (\d+) 个岗位/)?.[1] ? Number(box.summary.match(/下设 (\d+) 个岗位/)![1]) : 0), 0);
		expect(boxes.length + hidden).toBe(organization.roles.length);
		expect(view.hidden).toBe(organization.roles.length - boxes.length);
		// Shown roles are still each shown once, with their reporting lines.
		expect(new Set(boxes.map((box) => box.key)).size).toBe(boxes.length);
		for (const box of boxes) {
			const role = organization.role(box.roleId!)!;
			for (const child of box.children) expect(organization.role(child.roleId!)!.superior).toBe(role);
		}
	});

	test('every role is in its own department’s chart exactly once', () => {
		const seen = new Map<string, number>();
		for (const department of chartedDepartments(organization)) {
			const view = departmentChart(ctx, department)!;
			for (const placed of view.layout.boxes) {
				const role = organization.role(placed.box.roleId!)!;
				if (role.department === department) seen.set(role.id, (seen.get(role.id) ?? 0) + 1);
			}
		}
		expect(seen.size).toBe(organization.roles.length);
		expect([...seen.values()].every((count) => count === 1)).toBe(true);
	});
});

describe('folding a large tree into a budget', () => {
	const organization = generated(2000, 5);

	test('keeps whole levels from the top, children all or none, and loses no count', () => {
		const full = reportingForest(organization.roles);
		for (const limit of [1, 10, 60, 150, 500]) {
			const limited = limitForest(full, limit);
			const sizes = subtreeSizes(limited);
			let shown = 0;
			for (const [node] of sizes) {
				shown++;
				const role = node.item;
				if (node.children.length > 0) expect(node.children.length).toBe(role.subordinates.length);
			}
			expect(shown).toBeLessThanOrEqual(limit);
			expect([...limited].reduce((sum, root) => sum + sizes.get(root)!, 0)).toBe(organization.roles.length);
		}
	});
});
