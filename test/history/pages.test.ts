import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite, type BuiltSite } from '../e2e/support/build-site.ts';
import { loadWithHistory } from '../../src/history/index.ts';
import { ContentRepository } from './support.ts';

/**
 * The pages built from a content repository with history: Bo signed the agent's sheet,
 * then one duty changed. Built once, as a user builds.
 */
const repo = new ContentRepository();
let site: BuiltSite;
let shallow: BuiltSite;
let firstText: string;

const page = (built: BuiltSite, pagePath: string) => readFileSync(path.join(built.dir, pagePath, 'index.html'), 'utf8');
/** The visible text of an element's HTML: tags dropped, entities of the test's text decoded. */
const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&#39;/g, "'").replace(/\s+/g, ' ').trim();

beforeAll(async () => {
	repo.commit('2024-01-10', 'Agent role');
	const { organization } = loadWithHistory(repo.content, { cacheDir: repo.cacheDir });
	firstText = organization.versionsOf(organization.role('support-agent')!).at(-1)!.fingerprint;
	repo.write('people/bo.yaml', `name: Bo Chen\nroles: [support-agent]\nsigned:\n  - { role: support-agent, fingerprint: ${firstText}, date: 2024-02-01 }\n`);
	repo.commit('2024-02-01', 'Bo signed');
	repo.edit('roles/support-agent.yaml', 'Issue refunds up to 200 euros', 'Issue refunds up to 500 euros');
	repo.commit('2024-05-02', 'Refund limit');
	site = await buildSite(repo.content);
	const clone = path.join(repo.dir, 'clone');
	repo.git('clone', '-q', '--depth', '1', `file://${repo.dir}`, clone);
	// The clone also does not publish people: no sign-off page then.
	const cloneSite = path.join(clone, 'content', 'site.yaml');
	writeFileSync(cloneSite, readFileSync(cloneSite, 'utf8').replace('people: true', 'people: false'));
	shallow = await buildSite(path.join(clone, 'content'));
}, 300_000);

afterAll(() => {
	site?.remove();
	shallow?.remove();
	rmSync(repo.dir, { recursive: true, force: true });
});

describe('the changes page', () => {
	test('lists the versions with their dates and fingerprints, newest first', () => {
		const html = page(site, 'roles/support-agent/changes');
		const versions = [...html.matchAll(/<li class="version" id="v-([0-9a-f-]+)"[^>]*>([\s\S]*?)<\/li>/g)];
		expect(versions.map((match) => match[1])).toHaveLength(2);
		expect(versions[1]![1]).toBe(firstText);
		expect(text(versions[0]![2]!)).toContain('Printed since 2 May 2024');
		expect(text(versions[1]![2]!)).toContain('Printed from 10 January 2024 to 2 May 2024');
		expect(html).toContain('<time datetime="2024-05-02">2 May 2024</time>');
	});

	test('shows exactly the changed duty, by its number, with the changed characters marked', () => {
		const html = page(site, 'roles/support-agent/changes');
		const newest = /<li class="version"[\s\S]*?<\/li>/.exec(html)![0];
		const rows = [...newest.matchAll(/<tr class="line-changes__row[^"]*"[^>]*>([\s\S]*?)<\/tr>/g)].map((match) => match[1]!);
		expect(rows).toHaveLength(1);
		expect(text(rows[0]!.replace(/<\/t[hd]>/g, ' '))).toBe('1.2.2 Changed Issue refunds up to 200500 euros');
		expect(rows[0]).toMatch(/Issue refunds up to <del[^>]*>200<\/del><ins[^>]*>500<\/ins> euros/);
	});

	test('names no one', () => {
		expect(page(site, 'roles/support-agent/changes')).not.toContain('Bo Chen');
	});

	test('the role page links to it', () => {
		expect(page(site, 'roles/support-agent')).toContain('href="/roles/support-agent/changes/"');
	});

	test('a shallow clone builds, and its changes page says earlier versions are unknown', () => {
		const html = page(shallow, 'roles/support-agent/changes');
		expect(text(html)).toContain('Earlier versions are not known');
		expect([...html.matchAll(/<li class="version"/g)]).toHaveLength(1);
	});
});

describe('the sign-off page', () => {
	test('lists, by department, each person, role, status and date, with a link to the changes since', () => {
		const html = page(site, 'signoffs');
		const support = /<section aria-labelledby="department-support">([\s\S]*?)<\/section>/.exec(html)![1]!;
		const rows = [...support.matchAll(/<tr class="signoffs__row[^"]*"[^>]*>([\s\S]*?)<\/tr>/g)].map((match) => text(match[1]!.replace(/<\/t[hd]>/g, ' | ')));
		expect(rows).toEqual(['Bo Chen | Support Agent | Outdated | 1 February 2024 | What changed |']);
		expect(support).toContain(`href="/roles/support-agent/changes/#since-${firstText}"`);
		expect(text(html)).toContain('1 current · 1 outdated · 1 unsigned'.replace('1 current', '0 current'));
		// The link leads to the changes from Bo's text to today's.
		expect(page(site, 'roles/support-agent/changes')).toContain(`id="since-${firstText}"`);
	});

	test('is not built when people are not published', () => {
		expect(existsSync(path.join(shallow.dir, 'signoffs'))).toBe(false);
		expect(existsSync(path.join(site.dir, 'signoffs', 'index.html'))).toBe(true);
	});
});
