import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { generateOrganization } from '../../bench/generate-organization.ts';
import { loadOrganization, type Organization } from '../../src/model/index.ts';
import { fixtureWith } from '../support/fixtures.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

function build(contentDir: string): string {
	const outDir = mkdtempSync(path.join(tmpdir(), 'rolebook-chart-site-'));
	const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
		cwd: ROOT,
		encoding: 'utf8',
		env: { ...process.env, CONTENT_DIR: contentDir, NO_COLOR: '1' },
	});
	if (run.status !== 0) throw new Error(run.stdout + run.stderr);
	return outDir;
}

/** The inline chart's SVG on a page. */
function inlineSvg(html: string): string {
	return /<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" class="oc-svg"[\s\S]*?<\/svg>/.exec(html)![0];
}

describe('org chart pages of a small organisation under a base path', () => {
	let dist = '';
	let organization: Organization;
	const page = (file: string) => readFileSync(path.join(dist, file), 'utf8');

	beforeAll(() => {
		const content = fixtureWith();
		writeFileSync(path.join(content, 'site.yaml'), ['organization: Acme Support Ltd', 'locale: en', 'base: /handbook', 'publish: { people: true }'].join('\n'));
		// A dotted line, so that the chart has one to draw.
		const agent = path.join(content, 'roles', 'support-agent.yaml');
		writeFileSync(agent, `${readFileSync(agent, 'utf8').trimEnd()}\ndotted_line_to: [sales-director]\n`);
		organization = loadOrganization(content).organization;
		dist = build(content);
	}, 180_000);

	test('/org-chart/ draws every role once, as a link to its page, with holders and vacancies', () => {
		const html = page('org-chart/index.html');
		const svg = inlineSvg(html);
		for (const role of organization.roles) {
			expect(svg.split(`<a href="/handbook/roles/${role.id}/"`).length - 1, role.id).toBe(1);
		}
		// One tab stop: the top box; the script moves between boxes with the arrow keys.
		expect(svg.match(/tabindex="0"/g)).toHaveLength(1);
		expect(svg).toMatch(/<a href="[^"]*" class="oc-box" data-key="ceo"[^>]*tabindex="0"/);
		expect(svg).toContain('stroke-dasharray');
		expect(svg).toContain('Ann Lee');
		expect(svg).toMatch(/Headcount \d/);
		expect(svg).toMatch(/\d vacant/);
	});

	test('the same structure is a nested list, and the chart can be downloaded', () => {
		const html = page('org-chart/index.html');
		const list = /<details class="oc-list[\s\S]*?<\/details>/.exec(html)![0];
		for (const role of organization.roles) expect(list).toContain(`href="/handbook/roles/${role.id}/"`);
		// Each holder's name links to their page (people are published here).
		expect(list).toMatch(/<a href="\/handbook\/people\/ann\/">Ann Lee<\/a>/);
		// Nested: the CEO's list item holds the directors' list.
		expect(list).toMatch(/data-key="ceo"[^>]*><a href="\/handbook\/roles\/ceo\/">[^<]*<\/a>[\s\S]*?<ul[^>]*>\s*<li[^>]*data-key="sales-director"/);
		expect(html).toContain('href="/handbook/org-chart/organization.svg" download');
		const file = readFileSync(path.join(dist, 'org-chart', 'organization.svg'), 'utf8');
		expect(file).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
		expect(file).toContain('<title>Org chart of Acme Support Ltd</title>');
		expect(file).not.toContain('tabindex');
		for (const role of organization.roles) expect(file).toContain(`data-key="${role.id}"`);
	});

	test('each department page has its chart, with a download of its own', () => {
		for (const department of organization.departments) {
			const html = page(`departments/${department.id}/index.html`);
			if (department.roles.length === 0) continue;
			expect(html).toContain('<section aria-labelledby="org-chart-title" id="org-chart">');
			for (const role of department.roles) expect(inlineSvg(html)).toContain(`href="/handbook/roles/${role.id}/"`);
			expect(html).toContain(`href="/handbook/org-chart/departments/${department.id}.svg"`);
			expect(existsSync(path.join(dist, 'org-chart', 'departments', `${department.id}.svg`))).toBe(true);
		}
	});

	test('the navigation and the home page lead to the org chart', () => {
		expect(page('org-chart/index.html')).toMatch(/<a href="\/handbook\/org-chart\/" aria-current="page">Org chart<\/a>/);
		expect(page('index.html')).toContain('<a href="/handbook/org-chart/">Org chart</a>');
		expect(page('roles/ceo/index.html')).toContain('href="/handbook/org-chart/"');
	});

	test('zoom and search come from an external script; no inline script, handler or style attribute', () => {
		const html = page('org-chart/index.html');
		expect(html).toMatch(/<script type="module" src="\/handbook\/_astro\/OrgChart[^"]*\.js"><\/script>/);
		expect(html).not.toMatch(/<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>/);
		expect(html).not.toMatch(/\son[a-z]+="/);
		expect(html).not.toMatch(/\sstyle="/);
	});
});

describe('the org chart of a large organisation', () => {
	let dist = '';
	let organization: Organization;

	beforeAll(() => {
		const content = mkdtempSync(path.join(tmpdir(), 'rolebook-chart-large-'));
		generateOrganization(content, { roles: 400, seed: 4 });
		organization = loadOrganization(content).organization;
		dist = build(content);
	}, 240_000);

	test('starts with the departments, each linking to its own chart, then the top of the reporting lines', () => {
		const html = readFileSync(path.join(dist, 'org-chart', 'index.html'), 'utf8');
		expect(html).toContain('部门架构');
		expect(html).toContain('岗位汇报关系');
		for (const department of organization.topDepartments) expect(html).toContain(`href="/departments/${department.id}/#org-chart"`);
		// Folded, with the count shown, and small enough to load.
		expect(html).toMatch(/下设 \d+ 个岗位/);
		expect(Buffer.byteLength(html)).toBeLessThan(400_000);
		expect(html).toMatch(/下载包含全部岗位的架构图\(SVG,\d+ KB\)/);
		const full = readFileSync(path.join(dist, 'org-chart', 'organization.svg'), 'utf8');
		expect(full.match(/class="oc-box"/g)).toHaveLength(organization.roles.length);
	});
});
