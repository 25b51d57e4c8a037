/**
 * /headcount/: budgeted, filled and vacant posts per department, sub-departments
 * totalled, as bars and as a table — numbers equal to the model's, counts without names
 * when people are not published, and linked from the home page.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { createTranslator } from '../../src/i18n/translate.ts';
import { loadOrganization, type Organization, type Staffing } from '../../src/model/index.ts';
import { fixtureWith } from '../support/fixtures.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

function build(contentDir: string): string {
	const outDir = mkdtempSync(path.join(tmpdir(), 'rolebook-headcount-'));
	const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: contentDir } });
	if (run.status !== 0) throw new Error(run.stdout + run.stderr);
	return outDir;
}

/** The base organisation with a sub-sub-department, an unbudgeted role, a role over its headcount, and people not published. */
function content(): string {
	const dir = fixtureWith();
	writeFileSync(path.join(dir, 'site.yaml'), 'organization: Acme Support Ltd\nlocale: en\n');
	writeFileSync(path.join(dir, 'departments', 'field.yaml'), 'name: Field Engineering\nparent: support\n');
	writeFileSync(path.join(dir, 'roles', 'field-engineer.yaml'), 'title: Field Engineer\ndepartment: field\nreports_to: support-lead\nheadcount: 12\n');
	writeFileSync(path.join(dir, 'people', 'cy.yaml'), 'name: Cyrus Secretname\nroles: [field-engineer, sales-director]\n');
	writeFileSync(path.join(dir, 'people', 'di.yaml'), 'name: Dina Hiddenname\nroles: [sales-director, support-lead]\n');
	return dir;
}

/** The text of each cell of the rows that carry `data-kind`, keyed by department and kind. */
function tableRows(html: string): Map<string, string[]> {
	const rows = new Map<string, string[]>();
	for (const [, attributes, body] of html.matchAll(/<tr([^>]*data-kind="[^"]*"[^>]*)>([\s\S]*?)<\/tr>/g)) {
		const department = /data-department="([^"]*)"/.exec(attributes!)?.[1] ?? '';
		const kind = /data-kind="([^"]*)"/.exec(attributes!)![1]!;
		const cells = [...body!.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, '').trim());
		rows.set(`${department}:${kind}`, cells);
	}
	return rows;
}

const figures = (s: Staffing, over: boolean) => [s.roles, s.budgeted, s.filled ?? '—', s.vacant ?? '—', ...(over ? [s.over ?? '—'] : [])].map(String);

describe('the headcount page', () => {
	let dist = '';
	let organization: Organization;
	let html = '';
	beforeAll(() => {
		const dir = content();
		organization = loadOrganization(dir).organization;
		dist = build(dir);
		html = readFileSync(path.join(dist, 'headcount', 'index.html'), 'utf8');
	}, 240_000);

	test('the table shows each department’s own roles, subtotals with sub-departments and the total, as the model counts them', () => {
		const rows = tableRows(html);
		const over = (organization.staffing.over ?? 0) > 0;
		expect(over).toBe(true);
		for (const department of organization.departments) {
			expect(rows.get(`${department.id}:own`), department.id).toEqual(figures(department.staffing.own, over));
			if (department.children.length) expect(rows.get(`${department.id}:total`), department.id).toEqual(figures(department.staffing.total, over));
			else expect(rows.has(`${department.id}:total`)).toBe(false);
		}
		expect(rows.get(':organization')).toEqual(figures(organization.staffing, over));
		// The numbers themselves, so a model that counts wrong cannot pass by agreeing with itself.
		expect(rows.get('sales:own')).toEqual(['2', '3', '3', '1', '1']);
		expect(rows.get('support:total')).toEqual(['3', '17', '2', '16', '0']);
		expect(rows.get(':organization')).toEqual(['6', '20', '5', '17', '1']);
		// Own rows come before their sub-departments, subtotals after them.
		const order = [...rows.keys()];
		expect(order.indexOf('support:own')).toBeLessThan(order.indexOf('field:own'));
		expect(order.indexOf('field:own')).toBeLessThan(order.indexOf('support:total'));
	});

	test('one bar per department, labelled with its numbers and drawn to one scale, without inline style', () => {
		const t = createTranslator(organization.site);
		const bars = [...html.matchAll(/<svg class="headcount-bar"[^>]*aria-label="([^"]*)"[^>]*>([\s\S]*?)<\/svg>/g)];
		expect(bars).toHaveLength(organization.departments.length);
		const exec = organization.department('exec')!.staffing.total;
		expect(bars[0]![1]).toBe(t('headcount.bar', { budgeted: exec.budgeted, filled: exec.filled!, vacant: exec.vacant! }));
		const widths = (svg: string) => [...svg.matchAll(/class="headcount-bar__(\w+)" x="[^"]*" y="0" width="([^"]*)"/g)].map((m) => [m[1], Number(m[2])] as const).filter(([part]) => part !== 'track');
		// The whole organisation: 20 budgeted posts (3 filled, 17 vacant) and 2 people beyond
		// them (one over a headcount, one in a role without one): 22 posts, the longest bar.
		expect(widths(bars[0]![2]!)).toEqual([
			['filled', Number((300 / 22).toFixed(3))],
			['vacant', Number((1700 / 22).toFixed(3))],
			['beyond', Number((200 / 22).toFixed(3))],
		]);
		expect(html).not.toMatch(/style="/);
		expect(html).not.toMatch(/<script(?![^>]*src=)(?![^>]*application\/ld\+json)/);
	});

	test('counts only: no one’s name when people are not published', () => {
		expect(html).not.toContain('Secretname');
		expect(html).not.toContain('Hiddenname');
		expect(html).not.toContain('Ann Lee');
	});

	test('roles with vacancies are listed, and the home page links here', () => {
		expect(html).toContain('Roles with vacancies');
		expect(html).toMatch(/<tr data-role="field-engineer">[\s\S]*?<td class="num vacant">11<\/td>/);
		expect(readFileSync(path.join(dist, 'index.html'), 'utf8')).toContain('<a href="/headcount/">Headcount</a>');
	});
});
