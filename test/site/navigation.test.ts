import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fixtureWith } from '../support/fixtures.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

function build(contentDir: string): string {
	const outDir = mkdtempSync(path.join(tmpdir(), 'rolebook-navigation-'));
	const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
		cwd: ROOT,
		encoding: 'utf8',
		env: { ...process.env, CONTENT_DIR: contentDir, NO_COLOR: '1' },
	});
	if (run.status !== 0) throw new Error(run.stdout + run.stderr);
	return outDir;
}

/** The visible text of an HTML fragment, white space collapsed. */
function text(html: string): string {
	return html
		.replace(/<[^>]*>/g, ' ')
		.replace(/&rsaquo;|›/g, '›')
		.replace(/\s+/g, ' ')
		.trim();
}

/** The first element of `tag` whose opening tag matches `attributes`, as HTML (no nesting of the same tag inside). */
function element(html: string, tag: string, attributes: RegExp): string | undefined {
	for (const match of html.matchAll(new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)</${tag}>`, 'g'))) if (attributes.test(match[1]!)) return match[0];
	return undefined;
}

/** A role long enough to need a table of contents. */
const LONG_ROLE = `title: Support Agent
department: support
reports_to: support-lead
headcount: 5
summary: Answers customers by phone, mail and chat, and keeps every ticket moving until it is closed.
duties:
  - Answer every incoming ticket within one working day, in the customer's language.
  - Record each call and message in the ticket system with its outcome and the next step.
  - Escalate refunds above the agent limit to the support lead, with the order and the reason.
  - Keep the knowledge base current with every answer given twice in a week.
  - Call back customers whose ticket stayed open longer than three days.
  - Join the weekly review of the hardest tickets and propose a fix for each.
authorities:
  - Approve refunds up to the agent limit.
  - Propose changes to the reply templates.
qualifications:
  education: Secondary school or above.
  experience: One year in customer service or retail, preferably with a ticket system.
  skills: [Clear writing, Patience on the phone, Typing 40 words a minute]
kpis:
  - { name: First reply time, target: under 8 working hours }
  - { name: Satisfaction, target: 90 % or more }
revisions:
  - { version: V1, date: 2024-01-10, changes: First version }
  - { version: V2, date: 2025-03-01, changes: Added refunds }
`;

describe('breadcrumbs, table of contents, last updated and edit links, on an English site', () => {
	let dist = '';
	const page = (file: string) => readFileSync(path.join(dist, file), 'utf8');
	/** The trail as it reads on screen: the stylesheet puts a › between the items. */
	const breadcrumbs = (file: string) => [...(element(page(file), 'nav', /class="breadcrumbs/) ?? '').matchAll(/<li\b[^>]*>([\s\S]*?)<\/li>/g)].map((m) => text(m[1]!)).join(' › ');

	beforeAll(() => {
		const content = fixtureWith();
		writeFileSync(
			path.join(content, 'site.yaml'),
			['organization: Acme Support Ltd', 'locale: en', 'edit_url: https://git.example.com/hr/handbook/-/edit/main/content/{path}', 'publish:', '  people: true'].join('\n'),
		);
		writeFileSync(path.join(content, 'roles', 'support-agent.yaml'), LONG_ROLE);
		// A role with no revision, outside git: it has no date to show.
		writeFileSync(path.join(content, 'roles', 'account-manager.yaml'), 'title: Account Manager\ndepartment: sales\nreports_to: sales-director\nheadcount: 2\n');
		// The departments and the workflow are in git; their pages show the commit date.
		const git = (...args: string[]) => {
			const run = spawnSync('git', args, {
				cwd: content,
				encoding: 'utf8',
				env: { ...process.env, GIT_AUTHOR_NAME: 'HR', GIT_AUTHOR_EMAIL: 'hr@example.com', GIT_COMMITTER_NAME: 'HR', GIT_COMMITTER_EMAIL: 'hr@example.com', GIT_AUTHOR_DATE: '2025-06-30T10:00:00Z', GIT_COMMITTER_DATE: '2025-06-30T10:00:00Z' },
			});
			if (run.status !== 0) throw new Error(run.stderr);
		};
		git('init', '-q');
		git('add', 'departments', 'workflows');
		git('commit', '-q', '-m', 'Departments and workflows');
		dist = build(content);
		afterAll(() => {
			rmSync(content, { recursive: true, force: true });
			rmSync(dist, { recursive: true, force: true });
		});
	}, 180_000);

	test('a role page has Home › its departments, top down › the role', () => {
		expect(breadcrumbs('roles/account-manager/index.html')).toBe('Home › Executive Office › Sales › Account Manager');
		expect(page('roles/account-manager/index.html')).toMatch(/<li aria-current="page"[^>]*>Account Manager<\/li>/);
	});

	test('the reporting chain stays, labelled, and no department link stands alone above the title', () => {
		const html = page('roles/account-manager/index.html');
		expect(text(element(html, 'dl', /class="reporting-chain/) ?? '')).toBe('Reporting chain Chief Executive Sales Director Account Manager');
		expect(html).not.toContain('class="eyebrow"');
	});

	test('department, workflow and sheet pages start at Home too', () => {
		expect(breadcrumbs('departments/sales/index.html')).toBe('Home › Executive Office › Sales');
		expect(breadcrumbs('departments/exec/index.html')).toBe('Home › Executive Office');
		expect(breadcrumbs('workflows/refund/index.html')).toBe('Home › Executive Office › Customer Support › Refund approval');
		expect(breadcrumbs('roles/support-agent/confirm/index.html')).toBe('Home › Executive Office › Customer Support › Support Agent › Role confirmation');
		expect(breadcrumbs('departments/support/confirm/index.html')).toBe('Home › Executive Office › Customer Support › Role confirmation');
	});

	test('a long role page lists its sections, once beside the text and once folded for phones', () => {
		const html = page('roles/support-agent/index.html');
		const aside = element(html, 'aside', /page-contents--aside/)!;
		expect(aside).toBeDefined();
		const links = [...aside.matchAll(/<a href="#([^"]+)"[^>]*>([^<]*)<\/a>/g)].map(([, id, label]) => `${id}:${label}`);
		expect(links).toEqual(['reporting-chart:Reporting lines', 'summary:Summary', 'duties:Duties', 'authorities:Authorities', 'qualifications:Qualifications', 'kpis:Key performance indicators', 'revisions:Revision history', 'workflows:Workflows']);
		// Every link has its target on the page.
		for (const link of links) expect(html).toContain(`id="${link.split(':')[0]}"`);
		const folded = element(html, 'details', /page-contents--folded/)!;
		expect(text(folded)).toBe(`On this page ${links.map((link) => link.split(':')[1]).join(' ')}`);
	});

	test('a short role page has no table of contents', () => {
		expect(page('roles/ceo/index.html')).not.toContain('page-contents');
	});

	test('a role shows its newest revision as last updated; departments and workflows their last commit', () => {
		expect(text(element(page('roles/support-agent/index.html'), 'footer', /class="source-note/)!)).toMatch(/^Last updated 1 March 2025 Edit this page$/);
		expect(text(element(page('departments/sales/index.html'), 'footer', /class="source-note/)!)).toBe('Last updated 30 June 2025 Edit this page');
		expect(text(element(page('workflows/refund/index.html'), 'footer', /class="source-note/)!)).toBe('Last updated 30 June 2025 Edit this page');
		// Not in git, no revision: no date, only the edit link.
		expect(text(element(page('roles/account-manager/index.html'), 'footer', /class="source-note/)!)).toBe('Edit this page');
	});

	test('"Edit this page" links to the YAML file through site.edit_url', () => {
		expect(page('roles/support-agent/index.html')).toContain('href="https://git.example.com/hr/handbook/-/edit/main/content/roles/support-agent.yaml"');
		expect(page('departments/sales/index.html')).toContain('href="https://git.example.com/hr/handbook/-/edit/main/content/departments/sales.yaml"');
		expect(page('workflows/refund/index.html')).toContain('href="https://git.example.com/hr/handbook/-/edit/main/content/workflows/refund.yaml"');
	});
});

describe('an organisation without workflows, and without a logo', () => {
	let dist = '';
	const page = (file: string) => readFileSync(path.join(dist, file), 'utf8');

	beforeAll(() => {
		const content = fixtureWith();
		rmSync(path.join(content, 'workflows'), { recursive: true });
		dist = build(content);
		afterAll(() => {
			rmSync(content, { recursive: true, force: true });
			rmSync(dist, { recursive: true, force: true });
		});
	}, 180_000);

	test('has no workflows page, and no link or card pointing to one', () => {
		expect(() => page('workflows/index.html')).toThrow();
		for (const file of ['index.html', 'roles/ceo/index.html', 'departments/sales/index.html']) expect(page(file)).not.toContain('/workflows/');
		expect(text(element(page('index.html'), 'p', /class="stats"/)!)).toBe('3 departments · 5 roles');
	});

	test('gets a generated icon, its first letter on the accent colour, and a /favicon.ico', () => {
		expect(page('index.html')).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml">');
		expect(page('favicon.svg')).toMatch(/<rect [^>]*fill="#1f5fbf"\/>\s*<text [^>]*>A<\/text>/);
		const ico = readFileSync(path.join(dist, 'favicon.ico'));
		expect([...ico.subarray(0, 4)]).toEqual([0, 0, 1, 0]);
		expect(ico.subarray(22, 26).toString('latin1')).toBe('\x89PNG');
	});
});
