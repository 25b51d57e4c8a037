import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { fixtureWith } from '../support/fixtures.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ASTRO = ['node_modules/astro/bin/astro.mjs', 'build', '--outDir'];

function build(contentDir: string, outDir: string) {
	return spawnSync(process.execPath, [...ASTRO, outDir], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: contentDir } });
}

/** A previous site, as a user would have it, with a marker to recognise it by. */
function previousSite(): string {
	const outDir = path.join(mkdtempSync(path.join(tmpdir(), 'rolebook-out-')), 'dist');
	mkdirSync(outDir);
	writeFileSync(path.join(outDir, 'index.html'), 'the previous site');
	return outDir;
}

function digest(dir: string): Record<string, string> {
	const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
	return Object.fromEntries(files.map((entry) => {
		const file = path.join(entry.parentPath, entry.name);
		return [path.relative(dir, file), createHash('sha256').update(readFileSync(file)).digest('hex')];
	}).sort(([a], [b]) => a!.localeCompare(b!)));
}

describe('the build never loses or half-writes a site', () => {
	test('a successful build replaces the previous site whole', () => {
		const outDir = previousSite();
		const run = build(fixtureWith(), outDir);
		expect(run.status, run.stderr).toBe(0);
		expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toContain('Acme Support Ltd');
		expect(existsSync(`${outDir}.building`)).toBe(false);
		expect(existsSync(`${outDir}.previous`)).toBe(false);
	}, 120_000);

	test('killing a build halfway leaves the previous site intact', async () => {
		const outDir = previousSite();
		const child = spawn(process.execPath, [...ASTRO, outDir], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: path.join(ROOT, 'content') }, stdio: 'ignore' });
		const exited = new Promise((resolve) => child.on('exit', resolve));
		// Kill it once it has started writing the new site.
		const deadline = Date.now() + 60_000;
		while (!existsSync(path.join(`${outDir}.building`, 'roles')) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
		expect(existsSync(`${outDir}.building`), 'the build started writing').toBe(true);
		child.kill('SIGKILL');
		await exited;
		expect(readdirSync(outDir)).toEqual(['index.html']);
		expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe('the previous site');
		// The next build clears what the killed one left and publishes.
		const run = build(fixtureWith(), outDir);
		expect(run.status, run.stderr).toBe(0);
		expect(existsSync(`${outDir}.building`)).toBe(false);
		expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toContain('Acme Support Ltd');
	}, 120_000);

	test('content with errors leaves the previous site intact', () => {
		const outDir = previousSite();
		const run = build(fixtureWith('reporting-cycle'), outDir);
		expect(run.status).not.toBe(0);
		expect(readdirSync(outDir)).toEqual(['index.html']);
		expect(existsSync(`${outDir}.building`)).toBe(false);
	}, 120_000);

	test('two builds of the same content are byte-identical', () => {
		const content = fixtureWith();
		const first = previousSite();
		const second = previousSite();
		expect(build(content, first).status).toBe(0);
		expect(build(content, second).status).toBe(0);
		expect(digest(second)).toEqual(digest(first));
	}, 180_000);
});

describe('the check after building', () => {
	test('names every missing and unexpected page', async () => {
		const { loadOrganization } = await import('../../src/model/index.ts');
		const { verifyPages } = await import('../../src/integration/verify-output.ts');
		const { organization } = loadOrganization(fixtureWith());
		const dist = mkdtempSync(path.join(tmpdir(), 'rolebook-verify-'));
		for (const id of ['ceo', 'sales-director', 'account-manager', 'support-lead', 'old-role']) {
			mkdirSync(path.join(dist, 'roles', id), { recursive: true });
			if (id !== 'old-role') writeFileSync(path.join(dist, 'roles', id, 'index.html'), '');
		}
		for (const id of ['exec', 'sales', 'support']) {
			mkdirSync(path.join(dist, 'departments', id), { recursive: true });
			writeFileSync(path.join(dist, 'departments', id, 'index.html'), '');
		}
		expect(verifyPages(dist, organization)).toEqual(['missing page roles/support-agent/', 'unexpected page roles/old-role/', 'missing page workflows/refund/']);
	});

	test('counts the search index entries against the published pages', async () => {
		const { loadOrganization } = await import('../../src/model/index.ts');
		const { verifySearchIndex } = await import('../../src/integration/verify-output.ts');
		const { organization } = loadOrganization(fixtureWith());
		const dist = mkdtempSync(path.join(tmpdir(), 'rolebook-verify-'));
		expect(verifySearchIndex(dist, organization)).toEqual(['missing search index pagefind/pagefind-entry.json']);
		mkdirSync(path.join(dist, 'pagefind', 'fragment'), { recursive: true });
		writeFileSync(path.join(dist, 'pagefind', 'pagefind-entry.json'), JSON.stringify({ languages: { en: { page_count: 8 } } }));
		for (let i = 0; i < 9; i++) writeFileSync(path.join(dist, 'pagefind', 'fragment', `f${i}.pf_fragment`), '');
		expect(verifySearchIndex(dist, organization)).toEqual(['the search index holds 8 entries, not 9']);
	});
});
