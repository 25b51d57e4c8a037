/**
 * `npm run bench [-- --roles 1000,10000]`: generates organisations of N roles and prints,
 * for each, what it costs to validate and build them, what the build weighs, and how the
 * build compares with a plain template-string writer (the floor).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateOrganization } from './generate-organization.ts';
import { measure, type Measurement } from './measure-process.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const node = process.execPath;

const { values } = parseArgs({ options: { roles: { type: 'string', default: '1000,10000' }, keep: { type: 'boolean', default: false } } });
const sizes = values.roles.split(',').map(Number);

interface Row {
	roles: number;
	validate: Measurement;
	build: Measurement;
	floor: Measurement;
	files: number;
	bytes: number;
	rolePageMedian: number;
	rolePageLargest: number;
	roleScriptBytes: number;
	searchIndexBytes: number;
}

function filesUnder(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => path.join(entry.parentPath, entry.name));
}

const sum = (files: string[]) => files.reduce((total, file) => total + statSync(file).size, 0);

/** Bytes of script a role page loads before the reader opens search: its script elements and module preloads. */
function scriptBytes(dist: string, html: string): number {
	let total = 0;
	for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
		const src = /\bsrc="([^"]+)"/.exec(match[1]!)?.[1];
		if (/application\/ld\+json/.test(match[1]!)) continue;
		total += src ? statSync(path.join(dist, src.replace(/^\//, ''))).size : Buffer.byteLength(match[2]!);
	}
	for (const match of html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) total += statSync(path.join(dist, match[1]!.replace(/^\//, ''))).size;
	return total;
}

async function run(roles: number): Promise<Row> {
	const work = mkdtempSync(path.join(tmpdir(), `rolebook-bench-${roles}-`));
	const content = path.join(work, 'content');
	const dist = path.join(work, 'dist');
	generateOrganization(content, { roles, seed: 1 });
	const validate = await measure(node, [path.join(ROOT, 'src/cli/validate.ts'), '--content', content]);
	const build = await measure(node, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', ROOT, '--outDir', dist], { CONTENT_DIR: content });
	if (build.status !== 0) throw new Error(`build failed:\n${build.output.slice(-4000)}`);
	const floor = await measure(node, [path.join(ROOT, 'bench/floor.ts'), content, path.join(work, 'floor')]);
	const files = filesUnder(dist);
	const rolePages = readdirSync(path.join(dist, 'roles'), { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.map((entry) => path.join(dist, 'roles', entry.name, 'index.html'));
	const pageSizes = rolePages.map((file) => statSync(file).size).sort((a, b) => a - b);
	const row: Row = {
		roles,
		validate,
		build,
		floor,
		files: files.length,
		bytes: sum(files),
		rolePageMedian: pageSizes[Math.floor(pageSizes.length / 2)]!,
		rolePageLargest: pageSizes.at(-1)!,
		roleScriptBytes: scriptBytes(dist, readFileSync(rolePages[0]!, 'utf8')),
		searchIndexBytes: sum(filesUnder(path.join(dist, 'pagefind'))),
	};
	if (!values.keep) rmSync(work, { recursive: true, force: true });
	else console.log(`kept ${work}`);
	return row;
}

const seconds = (m: Measurement) => `${(m.milliseconds / 1000).toFixed(2)} s`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const rows: Row[] = [];
for (const roles of sizes) {
	console.log(`\n— ${roles} roles —`);
	const row = await run(roles);
	rows.push(row);
	const lines: [string, string][] = [
		['validate', seconds(row.validate)],
		['full build (pages, charts, sheets, search index)', seconds(row.build)],
		['full build peak memory (RSS, whole process tree)', mb(row.build.peakRssBytes)],
		['floor: same model, template-string role pages', seconds(row.floor)],
		['build / floor', `${(row.build.milliseconds / row.floor.milliseconds).toFixed(2)}x`],
		['dist/ size', mb(row.bytes)],
		['dist/ files', String(row.files)],
		['role page HTML, median', kb(row.rolePageMedian)],
		['role page HTML, largest', kb(row.rolePageLargest)],
		['JavaScript a role page loads before search opens', kb(row.roleScriptBytes)],
		['search index', mb(row.searchIndexBytes)],
	];
	for (const [label, value] of lines) console.log(`${label.padEnd(52)} ${value}`);
}

if (rows.length > 1) {
	const [small, large] = [rows[0]!, rows.at(-1)!];
	const scale = large.roles / small.roles;
	console.log(`\n— growth from ${small.roles} to ${large.roles} roles (${scale}x the roles; 1.00 is linear) —`);
	for (const [label, key] of [['validate', 'validate'], ['full build', 'build'], ['floor', 'floor']] as const) {
		console.log(`${label.padEnd(52)} ${(large[key].milliseconds / small[key].milliseconds / scale).toFixed(2)}`);
	}
	console.log(`${'peak memory'.padEnd(52)} ${(large.build.peakRssBytes / small.build.peakRssBytes / scale).toFixed(2)}`);
}
