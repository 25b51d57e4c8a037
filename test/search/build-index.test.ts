import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadOrganization } from '../../src/model/index.ts';
import { buildSearchIndex, indexesBeforePages, searchIndexInput } from '../../src/search/build-index.ts';
import { FIXTURES } from '../support/fixtures.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SEARCH_FIXTURE = path.join(FIXTURES, 'search');
const EXAMPLE = path.join(ROOT, 'content');

/**
 * Every word and text pagefind wrote: its data files are gzip'd, prefixed with a signature,
 * and hold the words and the page texts as UTF-8 (Chinese text with zero-width spaces
 * between the words, taken out here). A string absent from this is in no index file.
 */
function indexText(bundleDir: string): string {
	return readdirSync(bundleDir, { recursive: true, encoding: 'utf8' })
		.filter((file) => /\.pf_(meta|index|fragment|filter)$/.test(file))
		.map((file) => gunzipSync(readFileSync(path.join(bundleDir, file))).toString('utf8'))
		.join('\n')
		.replaceAll('\u200b', '');
}

const entry = (bundleDir: string) => JSON.parse(readFileSync(path.join(bundleDir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };

describe('npm run build', () => {
	let dist = '';

	beforeAll(() => {
		dist = mkdtempSync(path.join(tmpdir(), 'rolebook-search-build-'));
		const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dist], {
			cwd: ROOT,
			encoding: 'utf8',
			env: { ...process.env, CONTENT_DIR: SEARCH_FIXTURE, NO_COLOR: '1' },
		});
		if (run.status !== 0) throw new Error(run.stdout + run.stderr);
		expect(run.stdout).toMatch(/search index: 9 records in \d+ ms/);
	}, 180_000);

	afterAll(() => rmSync(dist, { recursive: true, force: true }));

	test('ends by writing a search index of the content, in the site’s language', () => {
		expect(entry(path.join(dist, 'pagefind'))).toMatchObject({ languages: { en: { page_count: 9 } } });
		expect(statSync(path.join(dist, 'pagefind', 'pagefind.js')).isFile()).toBe(true);
		const text = indexText(path.join(dist, 'pagefind'));
		expect(text).toContain('budget');
		expect(text).toContain('Handles escalated customer complaints.');
	});

	test('no draft, retired role, unpublished name, compensation or revision author is in any index file', () => {
		const text = indexText(path.join(dist, 'pagefind')).toLowerCase();
		for (const secret of ['procurement', 'zanzibar', 'telex', 'philippa', 'quarrington', 'marigold', 'reginald', 'bassington']) {
			expect(text, secret).not.toContain(secret);
		}
	});

	test('navigation and page chrome are not indexed', () => {
		const text = indexText(path.join(dist, 'pagefind'));
		for (const chrome of ['Skip to content', 'Authority matrix', 'All data as JSON', 'Northwind Traders']) expect(text).not.toContain(chrome);
	});

	test('the search page is built, and every page loads only a small loader before search opens', () => {
		expect(readFileSync(path.join(dist, 'search', 'index.html'), 'utf8')).toContain('data-mode="page"');
		const html = readFileSync(path.join(dist, 'roles', 'budget-analyst', 'index.html'), 'utf8');
		const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((match) => match[1]!).filter((attributes) => !attributes.includes('application/ld+json'));
		expect(scripts).toHaveLength(1);
		// The fixture is served under /handbook/.
		const src = /src="\/handbook\/([^"]+)"/.exec(scripts[0]!)![1]!;
		const loader = readFileSync(path.join(dist, src), 'utf8');
		const staticImports = [...loader.matchAll(/(?:^|[;}])\s*import\s*[^(]*?from\s*["']([^"']+)["']/g)].map((match) => match[1]!);
		const bytes = [src, ...staticImports.map((file) => path.posix.join(path.posix.dirname(src), file))].reduce((sum, file) => sum + statSync(path.join(dist, file)).size, 0);
		expect(bytes).toBeGreaterThan(100);
		expect(bytes).toBeLessThan(10_000);
	});
});

describe('buildSearchIndex', () => {
	test('indexes the Chinese example as Chinese, without its draft, retired role or pay', async () => {
		const out = mkdtempSync(path.join(tmpdir(), 'rolebook-search-index-'));
		try {
			const { organization } = loadOrganization(EXAMPLE);
			const result = await buildSearchIndex(organization, out);
			expect(result.records).toBeGreaterThan(25);
			expect(Object.keys(entry(result.bundleDir).languages)).toEqual(['zh-cn']);
			const text = indexText(result.bundleDir);
			expect(text).toContain('客户投诉处理流程');
			for (const secret of ['VIP客户服务专员', '总台领班', '基本工资加业绩提成']) expect(text).not.toContain(secret);
		} finally {
			rmSync(out, { recursive: true, force: true });
		}
	}, 60_000);

	test('fails at once, instead of waiting on pagefind, when the index cannot be written', async () => {
		const out = mkdtempSync(path.join(tmpdir(), 'rolebook-search-index-'));
		try {
			writeFileSync(path.join(out, 'not-a-folder'), '');
			const { organization } = loadOrganization(SEARCH_FIXTURE);
			await expect(buildSearchIndex(organization, path.join(out, 'not-a-folder'))).rejects.toThrow(/ENOTDIR|EEXIST/);
		} finally {
			rmSync(out, { recursive: true, force: true });
		}
	}, 20_000);

	test('replaces the index of an earlier build', async () => {
		const out = mkdtempSync(path.join(tmpdir(), 'rolebook-search-index-'));
		try {
			const { organization } = loadOrganization(SEARCH_FIXTURE);
			await buildSearchIndex(organization, out);
			writeFileSync(path.join(out, 'pagefind', 'stale.pf_fragment'), '');
			await buildSearchIndex(organization, out);
			expect(readdirSync(path.join(out, 'pagefind'))).not.toContain('stale.pf_fragment');
		} finally {
			rmSync(out, { recursive: true, force: true });
		}
	}, 60_000);
});

describe('indexesBeforePages', () => {
	const { organization } = loadOrganization(EXAMPLE);
	const input = searchIndexInput(organization);
	/** `count` records of the example's kind, each with `characters` of Chinese text. */
	const records = (count: number, characters: number) =>
		Array.from({ length: count }, (_, i) => ({ ...input.records[0]!, url: `/roles/r${i}/`, content: '负责客户投诉处理'.repeat(characters / 8) }));

	test('the example is indexed while its pages render', () => {
		expect(input.records.length).toBeGreaterThan(25);
		expect(indexesBeforePages(input, organization.roles.length)).toBe(false);
	});

	test('10,000 roles with 320 characters each are indexed before the pages: pagefind and the renderer would need 2.7 GB at once', () => {
		expect(indexesBeforePages({ ...input, records: records(10_000, 320) }, 10_000)).toBe(true);
	});

	test('the same roles with little text, or 1,000 roles with 2,000 characters each, are indexed alongside the pages', () => {
		expect(indexesBeforePages({ ...input, records: records(10_000, 8) }, 10_000)).toBe(false);
		expect(indexesBeforePages({ ...input, records: records(1_000, 2_000) }, 1_000)).toBe(false);
	});
});
