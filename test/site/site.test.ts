import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { fixtureWith } from '../support/fixtures.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

function build(contentDir: string): string {
	const outDir = mkdtempSync(path.join(tmpdir(), 'rolebook-site-'));
	const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
		cwd: ROOT,
		encoding: 'utf8',
		env: { ...process.env, CONTENT_DIR: contentDir },
	});
	if (run.status !== 0) throw new Error(run.stdout + run.stderr);
	return outDir;
}

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
}

describe('a site served under a base path, in traditional Chinese', () => {
	let dist = '';
	const page = (file: string) => readFileSync(path.join(dist, file), 'utf8');

	beforeAll(() => {
		const content = fixtureWith();
		writeFileSync(
			path.join(content, 'site.yaml'),
			['organization: 測試公司', 'locale: zh-TW', 'base: /handbook', 'logo: /brand/logo.svg', 'theme: { accent: "#0a7d55" }', 'publish: { people: true }'].join('\n'),
		);
		mkdirSync(path.join(content, 'public', 'brand'), { recursive: true });
		writeFileSync(path.join(content, 'public', 'brand', 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
		dist = build(content);
	}, 180_000);

	test('every internal link and asset starts with the base', () => {
		for (const file of htmlFiles(dist)) {
			for (const [, url] of page(file).matchAll(/(?:href|src)="([^"]*)"/g)) {
				if (/^(https?:|mailto:|#)/.test(url!)) continue;
				expect(url, `${file} links to ${url}`).toMatch(/^\/handbook\//);
			}
		}
	});

	test('pages declare their language and use its dictionary, with label overrides', () => {
		const html = page('roles/support-agent/index.html');
		expect(html).toContain('<html lang="zh-TW"');
		expect(html).toContain('直接上司');
		expect(html).toContain('修訂履歷');
		// Dates in the site's language.
		expect(html).toContain('2025年3月1日');
	});

	test('site.labels override the dictionary', () => {
		const content = fixtureWith();
		writeFileSync(path.join(content, 'site.yaml'), 'organization: X\nlocale: zh-CN\nlabels:\n  role.duties: 工作内容\n');
		writeFileSync(path.join(content, 'roles/ceo.yaml'), 'title: CEO\ndepartment: exec\nduties: [Lead]\n');
		const ceo = readFileSync(path.join(build(content), 'roles/ceo/index.html'), 'utf8');
		expect(ceo).toContain('>工作内容</h2>');
		expect(ceo).not.toContain('职位职责');
	}, 180_000);

	test('the logo comes from the content folder’s public/ and shows in the header', () => {
		expect(page('index.html')).toContain('<img src="/handbook/brand/logo.svg" alt="">');
		expect(readFileSync(path.join(dist, 'brand', 'logo.svg'), 'utf8')).toContain('<svg');
	});

	test('the accent colour restyles the site through its own stylesheet', () => {
		expect(page('index.html')).toContain('href="/handbook/theme.css"');
		expect(readFileSync(path.join(dist, 'theme.css'), 'utf8')).toContain('--accent: #0a7d55');
	});

	test('pages run no inline script: their only JavaScript is external modules, such as the search loader', () => {
		for (const file of htmlFiles(dist)) {
			const scripts = [...page(file).matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]!);
			for (const attributes of scripts.filter((attributes) => !attributes.includes('application/ld+json'))) {
				expect(attributes, file).toMatch(/^ type="module" src="\/handbook\/_astro\/[^"]+\.js"$/);
			}
		}
	});

	test('role pages carry schema.org Occupation data', () => {
		const html = page('roles/sales-director/index.html');
		const json = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!);
		expect(json).toMatchObject({ '@context': 'https://schema.org', '@type': 'Occupation', name: 'Sales Director', hiringOrganization: { name: '測試公司' } });
	});

	test('org.json holds the resolved organisation', () => {
		const org = JSON.parse(readFileSync(path.join(dist, 'org.json'), 'utf8'));
		expect(org.organization).toBe('測試公司');
		const ceo = org.roles.find((role: { id: string }) => role.id === 'ceo');
		expect(ceo.subordinates).toEqual(['sales-director', 'support-lead']);
		const manager = org.roles.find((role: { id: string }) => role.id === 'account-manager');
		expect(manager).toMatchObject({ reporting_chain: ['ceo', 'sales-director'], holders: ['ann'], vacancies: 1 });
		expect(org.people).toEqual([expect.objectContaining({ id: 'ann', name: 'Ann Lee', roles: ['account-manager'] })]);
		expect(org.workflows[0].steps[1]).toEqual({ role: 'support-lead', text: null, action: 'approves', or: ['sales-director'], optional: false });
	});
});
