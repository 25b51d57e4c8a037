/**
 * `npm run bench:chart`: how long the org chart takes to lay out and how large its SVG
 * is, for generated organisations of 1,000 and 10,000 roles (or `--roles N,M,…`).
 * Each step is timed on its own, best of several runs with garbage collected before
 * each (the npm script passes --expose-gc), after the content is loaded: loading is the
 * model's cost, not the chart's.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createBoxContext, roleBoxes } from '../src/chart/chart-boxes.ts';
import { reportingForest } from '../src/chart/chart-tree.ts';
import { chartedDepartments, departmentChart, departmentOverview, organizationChart, PAGE_CHART_LIMIT, type ChartSource } from '../src/chart/charts.ts';
import { departmentColours } from '../src/chart/colours.ts';
import { layoutChart } from '../src/chart/layout.ts';
import { renderSvg } from '../src/chart/render-svg.ts';
import { createTranslator } from '../src/i18n/translate.ts';
import { loadOrganization } from '../src/model/index.ts';
import { createUrls } from '../src/site/urls.ts';
import { generateOrganization } from './generate-organization.ts';

interface Row {
	roles: number;
	/** The top 1,000 roles laid out in the same process as the whole organisation. */
	sameHeap: { roles: number; layoutMs: number; stepsMs: number; allStepsMs: number };
	treeMs: number;
	boxesMs: number;
	layoutMs: number;
	renderMs: number;
	svgBytes: number;
	size: string;
	departmentCharts: number;
	departmentChartsMs: number;
	largestPageChartBytes: number;
	/** Every department's chart as a file: all its roles, sub-departments included. */
	downloadsMs: number;
	downloadsBytes: number;
	overviewBytes: number;
}

/** Collects garbage before each run when Node allows it (`--expose-gc`), so one run does not pay for the last. */
const collect = (globalThis as { gc?: () => void }).gc ?? (() => {});

function best<T>(runs: number, work: () => T): { ms: number; result: T } {
	let ms = Infinity;
	let result!: T;
	for (let run = 0; run < runs; run++) {
		collect();
		const started = performance.now();
		result = work();
		ms = Math.min(ms, performance.now() - started);
	}
	return { ms, result };
}

function measure(roles: number, seed: number): Row {
	const dir = mkdtempSync(path.join(tmpdir(), 'rolebook-bench-chart-'));
	try {
		generateOrganization(dir, { roles, seed });
		const { organization, errorCount } = loadOrganization(dir);
		if (errorCount > 0) throw new Error(`the generated organisation has ${errorCount} errors`);
		const source: ChartSource = { organization, t: createTranslator(organization.site), urls: createUrls(organization.site.base) };
		const context = createBoxContext(organization, source.t, source.urls, departmentColours(organization));

		const tree = best(3, () => reportingForest(organization.roles));
		const boxes = best(3, () => roleBoxes(tree.result, context, { showDepartment: true }));
		const layout = best(7, () => layoutChart(boxes.result));
		const svg = best(3, () => renderSvg(layout.result, { title: 'bench', inline: false }));
		// What a build does besides: every department's page chart, and the overview.
		const departments = chartedDepartments(organization);
		const pages = best(1, () => departments.map((department) => departmentChart(source, department, { limit: PAGE_CHART_LIMIT })!.svg.length));
		const downloads = best(1, () => departments.reduce((sum, department) => sum + Buffer.byteLength(departmentChart(source, department, { inline: false })!.svg), 0));
		const overview = departmentOverview(source, { limit: PAGE_CHART_LIMIT });
		// The façade must agree with the steps measured one by one.
		if (organizationChart(source, { inline: false }).layout.boxes.length !== organization.roles.length) throw new Error('the chart lost roles');
		// Growth within one heap: the top 1,000 roles of this organisation against all of it.
		// Across processes the larger organisation's heap (every YAML document, kept for
		// error positions) also makes garbage collection slower, which is not the chart's cost.
		const part = reportingForest(organization.roles.slice(0, Math.min(1000, organization.roles.length)));
		const partBoxes = roleBoxes(part, context, { showDepartment: true });
		const partLayout = best(7, () => layoutChart(partBoxes));
		const partSteps = best(5, () => renderSvg(layoutChart(roleBoxes(part, context, { showDepartment: true })), { title: 'bench', inline: false }));
		const allSteps = best(3, () => renderSvg(layoutChart(roleBoxes(tree.result, context, { showDepartment: true })), { title: 'bench', inline: false }));
		return {
			sameHeap: { roles: Math.min(1000, organization.roles.length), layoutMs: partLayout.ms, stepsMs: partSteps.ms, allStepsMs: allSteps.ms },
			roles: organization.roles.length,
			treeMs: tree.ms,
			boxesMs: boxes.ms,
			layoutMs: layout.ms,
			renderMs: svg.ms,
			svgBytes: Buffer.byteLength(svg.result),
			size: `${layout.result.width} × ${layout.result.height}`,
			departmentCharts: departments.length,
			departmentChartsMs: pages.ms,
			largestPageChartBytes: Math.max(...pages.result.map((length) => length)),
			downloadsMs: downloads.ms,
			downloadsBytes: downloads.result,
			overviewBytes: Buffer.byteLength(overview.svg),
		};
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

const { values } = parseArgs({ options: { roles: { type: 'string' }, seed: { type: 'string' } } });
const sizes = (values.roles ?? '1000,10000').split(',').map(Number);
const seed = Number(values.seed ?? 1);
const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
const rows: Row[] = [];
for (const roles of sizes) {
	const row = measure(roles, seed);
	rows.push(row);
	console.log(
		[
			`${row.roles} roles`,
			`  whole chart: tree ${row.treeMs.toFixed(0)} ms, boxes and text ${row.boxesMs.toFixed(0)} ms, layout ${row.layoutMs.toFixed(0)} ms, SVG ${row.renderMs.toFixed(0)} ms`,
			`  whole chart SVG: ${megabytes(row.svgBytes)}, ${row.size} px`,
			`  page charts: ${row.departmentCharts} departments in ${row.departmentChartsMs.toFixed(0)} ms, largest ${(row.largestPageChartBytes / 1e3).toFixed(0)} KB; departments overview ${(row.overviewBytes / 1e3).toFixed(0)} KB`,
			`  department SVG files: ${megabytes(row.downloadsBytes)} in ${row.downloadsMs.toFixed(0)} ms`,
		].join('\n'),
	);
}
if (rows.length >= 2) {
	const [first, last] = [rows[0]!, rows.at(-1)!];
	const heap = last.sameHeap;
	console.log(
		`in one heap, ${heap.roles} against ${last.roles} roles: layout ${heap.layoutMs.toFixed(0)} → ${last.layoutMs.toFixed(0)} ms (${(last.layoutMs / heap.layoutMs).toFixed(1)}×), ` +
			`boxes + layout + SVG ${heap.stepsMs.toFixed(0)} → ${heap.allStepsMs.toFixed(0)} ms (${(heap.allStepsMs / heap.stepsMs).toFixed(1)}×)`,
	);
	const ratio = (a: number, b: number) => (b / a).toFixed(1);
	console.log(
		`across processes, ${last.roles / first.roles}× the roles: layout ${ratio(first.layoutMs, last.layoutMs)}×, all chart steps ${ratio(
			first.treeMs + first.boxesMs + first.layoutMs + first.renderMs,
			last.treeMs + last.boxesMs + last.layoutMs + last.renderMs,
		)}×, SVG ${ratio(first.svgBytes, last.svgBytes)}× (linear would be ${last.roles / first.roles}×)`,
	);
}
