import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { generateOrganization } from '../../bench/generate-organization.ts';
import { chartedDepartments, departmentChart, departmentOverview, organizationChart, type ChartSource } from '../../src/chart/charts.ts';
import { createTranslator } from '../../src/i18n/translate.ts';
import { loadOrganization, type Organization } from '../../src/model/index.ts';
import { createUrls } from '../../src/site/urls.ts';
import { FIXTURES } from '../support/fixtures.ts';
import { linesThroughBoxes, looseLines, overlappingBoxes, parseChartSvg, splitRows } from './support/svg-geometry.ts';

export const CHART_ORGANIZATIONS = {
	example: path.resolve(import.meta.dirname, '../../content'),
	english: path.join(FIXTURES, 'chart', 'english-long-titles'),
	traditional: path.join(FIXTURES, 'chart', 'traditional-chinese'),
};

function load(dir: string): Organization {
	const result = loadOrganization(dir);
	expect(result.errorCount).toBe(0);
	return result.organization;
}

function source(organization: Organization): ChartSource {
	return { organization, t: createTranslator(organization.site), urls: createUrls('/') };
}

/** Every rule of a drawn chart, read back from its SVG. */
function expectReadableChart(svg: string, roles: number): void {
	const chart = parseChartSvg(svg);
	expect(chart.boxes).toHaveLength(roles);
	expect(splitRows(chart)).toEqual([]);
	expect(overlappingBoxes(chart)).toEqual([]);
	expect(linesThroughBoxes(chart)).toEqual([]);
	expect(looseLines(chart)).toEqual([]);
}

describe.each([
	['the example organisation', CHART_ORGANIZATIONS.example],
	['an English organisation with long titles', CHART_ORGANIZATIONS.english],
	['a traditional-Chinese organisation', CHART_ORGANIZATIONS.traditional],
])('the chart of %s', (_, dir) => {
	const organization = load(dir);

	test('keeps peers with teams on one row, boxes apart, and lines clear of other boxes', () => {
		const view = organizationChart(source(organization));
		expect(view.layout.edges.some((edge) => edge.kind === 'dotted')).toBe(true);
		expectReadableChart(view.svg, organization.roles.length);
	});

	test('so does every department’s chart', () => {
		for (const department of chartedDepartments(organization)) {
			const view = departmentChart(source(organization), department)!;
			expectReadableChart(view.svg, view.layout.boxes.length);
		}
	});
});

describe('the English organisation', () => {
	const organization = load(CHART_ORGANIZATIONS.english);
	const view = organizationChart(source(organization));
	const chart = parseChartSvg(view.svg);
	const box = (id: string) => chart.boxes.find((candidate) => candidate.key === id)!;

	test('puts all five of the CEO’s reports on the row under the CEO, deep subtrees or not', () => {
		const reports = organization.role('ceo')!.subordinates.map((role) => box(role.id));
		expect(reports).toHaveLength(5);
		expect(new Set(reports.map((report) => report.y)).size).toBe(1);
		const ceo = box('ceo');
		for (const report of reports) expect(report.y).toBeGreaterThan(ceo.y + ceo.height);
		for (const report of reports) expect(report.y).toBeLessThan(ceo.y + ceo.height + 60);
	});

	test('stacks only childless roles in columns', () => {
		const hasReports = new Set(chart.edges.filter((edge) => edge.kind === 'reports').map((edge) => edge.from));
		// A stacked box's line comes in from the side; a box in a row is entered from above.
		const stacked = chart.edges.filter((edge) => edge.kind === 'reports' && edge.segments.at(-1)![0][1] === edge.segments.at(-1)![1][1]);
		expect(stacked.length).toBeGreaterThan(5);
		for (const edge of stacked) expect(hasReports.has(edge.to), `${edge.to} is stacked but has reports`).toBe(false);
	});

	test('wraps a long title onto two lines and shortens a longer one with "…", keeping it whole in the tooltip', () => {
		const placed = view.layout.boxes.find((candidate) => candidate.box.key === 'senior-backend-engineer')!;
		expect(placed.box.titleLines).toHaveLength(2);
		expect(placed.box.titleLines[1]).toMatch(/…$/);
		expect(view.svg).toContain('<title>Senior Backend Engineer, Payments and Billing Infrastructure · ');
		const manager = view.layout.boxes.find((candidate) => candidate.box.key === 'em-platform')!;
		expect(manager.box.titleLines.join(' ')).toBe('Engineering Manager, Platform');
	});

	test('the downloaded SVG embeds the font its boxes were measured in', () => {
		const file = organizationChart(source(organization), { inline: false }).svg;
		expect(file).toMatch(/@font-face\{font-family:Inter;font-style:normal;font-weight:400;src:url\(data:font\/woff2;base64,/);
		expect(file).toContain('font-weight:600');
		expect(file).toMatch(/font-family="Inter, /);
	});
});

describe('the checks themselves', () => {
	const box = (key: string, x: number, y: number) => `<a href="/" class="oc-box" data-key="${key}" transform="translate(${x} ${y})"><rect class="oc-card" width="100" height="50"/></a>`;
	const svg = (boxes: string[], edges: string[] = [], dotted: string[] = []) => `<svg><g class="oc-edges">${edges.join('')}</g><g class="oc-dotted">${dotted.join('')}</g><g class="oc-boxes">${boxes.join('')}</g></svg>`;
	const edge = (from: string, to: string, d: string) => `<path data-from="${from}" data-to="${to}" d="${d}"/>`;

	test('find overlapping boxes, lines through boxes, loose ends and managers split over two rows', () => {
		expect(overlappingBoxes(parseChartSvg(svg([box('a', 0, 0), box('b', 90, 40)])))).toEqual(['a overlaps b']);
		const crossing = parseChartSvg(svg([box('a', 0, 0), box('b', 0, 200), box('c', 0, 100)], [edge('a', 'b', 'M50 50V200')]));
		expect(linesThroughBoxes(crossing)).toHaveLength(1);
		expect(linesThroughBoxes(parseChartSvg(svg([box('a', 0, 0), box('c', 0, 100)], [], [edge('a', 'c', 'M100 25H120V125H100')])))).toEqual([]);
		expect(linesThroughBoxes(parseChartSvg(svg([box('a', 0, 0), box('c', 0, 100), box('x', 110, 60)], [], [edge('a', 'c', 'M100 25H120V125H100')])))).toHaveLength(1);
		expect(looseLines(parseChartSvg(svg([box('a', 0, 0), box('b', 0, 200)], [edge('a', 'b', 'M50 60V200')])))).toHaveLength(1);
		const split = svg([box('m', 0, 0), box('p', 0, 100), box('q', 200, 300), box('r', 0, 200), box('s', 200, 400)], [edge('m', 'p', 'M50 50V100'), edge('m', 'q', 'M50 50V300'), edge('p', 'r', 'M50 150V200'), edge('q', 's', 'M250 350V400')]);
		expect(splitRows(parseChartSvg(split))).toEqual(['the reports of m that have teams sit on 2 rows']);
	});
});

describe('a generated organisation of 1,000 roles', () => {
	const dir = mkdtempSync(path.join(tmpdir(), 'rolebook-chart-geometry-'));
	generateOrganization(dir, { roles: 1000, seed: 3 });
	const organization = load(dir);

	test('its whole chart keeps every rule', () => {
		const view = organizationChart(source(organization));
		expect(view.layout.edges.some((edge) => edge.kind === 'dotted')).toBe(true);
		expectReadableChart(view.svg, 1000);
	}, 60_000);

	test('so do the departments overview and every department’s chart', () => {
		const overview = departmentOverview(source(organization));
		expectReadableChart(overview.svg, overview.layout.boxes.length);
		for (const department of chartedDepartments(organization)) expectReadableChart(departmentChart(source(organization), department)!.svg, departmentChart(source(organization), department)!.layout.boxes.length);
	}, 60_000);
});
