import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { generateOrganization } from '../../bench/generate-organization.ts';
import { BOX, sizeBox, type ChartBox } from '../../src/chart/chart-boxes.ts';
import { organizationChart, type ChartSource } from '../../src/chart/charts.ts';
import { layoutChart, type ChartLayout, type PlacedBox } from '../../src/chart/layout.ts';
import { measureText } from '../../src/chart/chart-font.ts';
import { wrapText } from '../../src/chart/text-width.ts';
import { createTranslator } from '../../src/i18n/translate.ts';
import { loadOrganization } from '../../src/model/index.ts';
import { createUrls } from '../../src/site/urls.ts';

function box(key: string, title: string, children: ChartBox[] = []): ChartBox {
	return sizeBox({
		key,
		kind: 'role',
		roleId: key,
		href: `/roles/${key}/`,
		colour: '#336699',
		title,
		titleLines: [],
		lines: [[{ text: 'Headcount 1', tone: 'normal' }]],
		summary: '',
		tooltip: title,
		context: false,
		width: 0,
		height: 0,
		dottedLineTo: [],
		children,
	});
}

function team(prefix: string, size: number): ChartBox[] {
	return Array.from({ length: size }, (_, i) => box(`${prefix}-${i}`, `Agent ${i + 1}`));
}

/** Pairs of boxes that overlap, found through a grid so that 10,000 boxes take no time. */
function overlaps(boxes: readonly PlacedBox[]): [string, string][] {
	const cell = 256;
	const grid = new Map<string, PlacedBox[]>();
	const found: [string, string][] = [];
	for (const placed of boxes) {
		const seen = new Set<PlacedBox>();
		for (let gx = Math.floor(placed.x / cell); gx <= Math.floor((placed.x + placed.width) / cell); gx++) {
			for (let gy = Math.floor(placed.y / cell); gy <= Math.floor((placed.y + placed.height) / cell); gy++) {
				const key = `${gx},${gy}`;
				const others = grid.get(key) ?? [];
				for (const other of others) {
					if (seen.has(other)) continue;
					seen.add(other);
					const apart = placed.x + placed.width <= other.x || other.x + other.width <= placed.x || placed.y + placed.height <= other.y || other.y + other.height <= placed.y;
					if (!apart) found.push([placed.box.key, other.box.key]);
				}
				others.push(placed);
				grid.set(key, others);
			}
		}
	}
	return found;
}

/** Every solid edge starts on its superior's box and ends on its report's. */
function expectEdgesJoinTheirBoxes(layout: ChartLayout): void {
	const byKey = new Map(layout.boxes.map((placed) => [placed.box.key, placed]));
	const on = (placed: PlacedBox, x: number, y: number) => x >= placed.x - 0.5 && x <= placed.x + placed.width + 0.5 && y >= placed.y - 0.5 && y <= placed.y + placed.height + 0.5;
	for (const edge of layout.edges.filter((candidate) => candidate.kind === 'reports')) {
		const start = /^M(-?[\d.]+) (-?[\d.]+)/.exec(edge.d)!;
		// Walk the path to its end point: H sets x, V sets y.
		let x = Number(start[1]);
		let y = Number(start[2]);
		for (const [, command, value] of edge.d.slice(start[0].length).matchAll(/([HV])(-?[\d.]+)/g)) {
			if (command === 'H') x = Number(value);
			else y = Number(value);
		}
		expect(on(byKey.get(edge.from)!, Number(start[1]), Number(start[2])), `${edge.from} → ${edge.to} starts on ${edge.from}`).toBe(true);
		expect(on(byKey.get(edge.to)!, x, y), `${edge.from} → ${edge.to} ends on ${edge.to}`).toBe(true);
	}
}

describe('text measured in the chart’s font', () => {
	test('a CJK character is one em wide; Latin letters are as wide as Inter draws them', () => {
		expect(measureText('会计', 14)).toBe(28);
		expect(measureText('iiii', 14)).toBeLessThan(measureText('WWWW', 14) / 2);
		expect(measureText('Head of Customer Success', 14, 600)).toBeGreaterThan(measureText('Head of Customer Success', 14, 400));
	});

	test('titles wrap between words in English and anywhere in Chinese, and end in … when too long', () => {
		const measure = (text: string) => measureText(text, 10);
		const word = measure('Customer ');
		expect(wrapText('Customer Service Agent', word, 3, measure)).toEqual(['Customer', 'Service', 'Agent']);
		expect(wrapText('客户体验与服务质量持续改进专员', 60, 3, measure)).toEqual(['客户体验与服', '务质量持续改', '进专员']);
		const cut = wrapText('Customer Experience and Service Quality Improvement Specialist', 120, 2, measure);
		expect(cut).toHaveLength(2);
		expect(cut[1]).toMatch(/…$/);
		for (const line of cut) expect(measure(line)).toBeLessThanOrEqual(120);
	});

	test('a box grows with its title, up to a maximum, and a title takes two lines at most', () => {
		const short = box('a', '出纳');
		const long = box('b', '营销策划及产品管理专员');
		const longer = box('c', '客户体验与服务质量持续改进专员(华东区大客户)兼营销策划及产品管理');
		expect(short.width).toBe(BOX.minWidth);
		expect(long.width).toBeGreaterThan(short.width);
		expect(longer.width).toBeLessThanOrEqual(BOX.maxWidth);
		expect(longer.titleLines).toHaveLength(2);
		expect(longer.titleLines[1]).toMatch(/…$/);
		expect(longer.height).toBeGreaterThan(long.height);
	});
});

describe('compact layout', () => {
	test('a 40-person team is stacked in columns, not laid out in a row', () => {
		const members = team('agent', 40);
		const layout = layoutChart([box('lead', 'Contact Centre Lead', members)]);
		const sideBySide = members.reduce((sum, member) => sum + member.width + 16, 0);
		expect(layout.width).toBeLessThan(sideBySide / 4);
		expect(layout.width).toBeLessThan(1000);
		const columns = new Set(layout.boxes.filter((placed) => placed.box.key !== 'lead').map((placed) => placed.x));
		expect(columns.size).toBe(4);
		expect(overlaps(layout.boxes)).toEqual([]);
		expectEdgesJoinTheirBoxes(layout);
	});

	test('managers with small teams stay on their row beside their peers; only childless boxes are stacked', () => {
		const divisions = Array.from({ length: 12 }, (_, d) =>
			box(`vp-${d}`, `Vice President ${d}`, Array.from({ length: 4 }, (_, m) => box(`m-${d}-${m}`, `Manager ${d}.${m}`, team(`s-${d}-${m}`, 5)))),
		);
		const layout = layoutChart([box('ceo', 'Chief Executive Officer', divisions)]);
		expect(layout.boxes).toHaveLength(1 + 12 + 48 + 240);
		expect(overlaps(layout.boxes)).toEqual([]);
		expectEdgesJoinTheirBoxes(layout);
		const rowOf = (prefix: string) => new Set(layout.boxes.filter((placed) => placed.box.key.startsWith(prefix)).map((placed) => placed.y));
		expect(rowOf('vp-').size).toBe(1);
		expect(rowOf('m-').size).toBe(1);
		// Each manager's five staff in two columns under it.
		const staff = layout.boxes.filter((placed) => placed.box.key.startsWith('s-0-0-'));
		expect(new Set(staff.map((placed) => placed.x)).size).toBe(2);
		expect(new Set(staff.map((placed) => placed.y)).size).toBe(3);
	});

	test('a forest of several roots is laid out side by side without edges between the roots', () => {
		const layout = layoutChart([box('a', 'A', team('a', 2)), box('b', 'B', team('b', 2))]);
		expect(layout.edges.every((edge) => edge.from === 'a' || edge.from === 'b')).toBe(true);
		expect(overlaps(layout.boxes)).toEqual([]);
	});
});

describe('a generated organisation of 10,000 roles', () => {
	let source: ChartSource;

	beforeAll(() => {
		const dir = mkdtempSync(path.join(tmpdir(), 'rolebook-chart-10k-'));
		generateOrganization(dir, { roles: 10_000, seed: 1 });
		const { organization, errorCount } = loadOrganization(dir);
		expect(errorCount).toBe(0);
		source = { organization, t: createTranslator(organization.site), urls: createUrls('/') };
	}, 180_000);

	test('builds its whole chart: every role once, no two boxes overlapping, every line joining its boxes', () => {
		const started = performance.now();
		const view = organizationChart(source);
		const seconds = (performance.now() - started) / 1000;
		expect(view.layout.boxes).toHaveLength(10_000);
		expect(new Set(view.layout.boxes.map((placed) => placed.box.key)).size).toBe(10_000);
		expect(view.layout.edges.filter((edge) => edge.kind === 'reports')).toHaveLength(9_999);
		expect(overlaps(view.layout.boxes)).toEqual([]);
		expectEdgesJoinTheirBoxes(view.layout);
		for (const placed of view.layout.boxes) {
			expect(placed.x).toBeGreaterThanOrEqual(0);
			expect(placed.x + placed.width).toBeLessThanOrEqual(view.layout.width);
			expect(placed.y + placed.height).toBeLessThanOrEqual(view.layout.height);
		}
		expect(seconds).toBeLessThan(20);
	}, 60_000);

	test('lays out in time that grows linearly with the number of roles', () => {
		const roles = source.organization.roles;
		const forest = (count: number) => {
			// The first `count` roles in reporting order form a tree: each one's superior comes before it.
			const chosen = new Set(roles.slice(0, count));
			const convert = (id: string): ChartBox =>
				box(
					id,
					source.organization.role(id)!.title,
					source.organization
						.role(id)!
						.subordinates.filter((sub) => chosen.has(sub))
						.map((sub) => convert(sub.id)),
				);
			return [convert(roles[0]!.id)];
		};
		const best = (boxes: ChartBox[]) => {
			let fastest = Infinity;
			for (let run = 0; run < 3; run++) {
				const started = performance.now();
				layoutChart(boxes);
				fastest = Math.min(fastest, performance.now() - started);
			}
			return fastest;
		};
		const small = best(forest(1_000));
		const large = best(forest(10_000));
		// Ten times the roles; allow for noise and garbage collection, but not for quadratic growth (100×).
		expect(large / small).toBeLessThan(30);
	}, 60_000);
});
