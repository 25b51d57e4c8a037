import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadOrganization } from '../../src/model/index.ts';
import { customRecord } from '../../src/search/build-index.ts';
import { createPlainText } from '../../src/search/plain-text.ts';
import { searchRecords, type SearchRecord } from '../../src/search/records.ts';
import { FIXTURES } from '../support/fixtures.ts';

/** An English organisation with a draft, a retired role, a hidden name and hidden pay. */
const SEARCH_FIXTURE = path.join(FIXTURES, 'search');
const EXAMPLE = path.resolve(import.meta.dirname, '../../content');

function recordsOf(dir: string): SearchRecord[] {
	const { organization, errorCount } = loadOrganization(dir);
	expect(errorCount).toBe(0);
	return searchRecords(organization);
}

/** The fixture with `publish:` replaced. */
function fixturePublishing(publish: string): string {
	const dir = mkdtempSync(path.join(tmpdir(), 'rolebook-search-'));
	cpSync(SEARCH_FIXTURE, dir, { recursive: true });
	const site = readFileSync(path.join(dir, 'site.yaml'), 'utf8').replace(/publish:[\s\S]*$/, `publish: ${publish}\n`);
	writeFileSync(path.join(dir, 'site.yaml'), site);
	return dir;
}

const allText = (records: SearchRecord[]) => records.map((record) => [record.title, ...record.body].join('\n')).join('\n');

describe('search records', () => {
	const records = recordsOf(SEARCH_FIXTURE);

	test('one record per published role, department and workflow, at its page', () => {
		// The fixture is served under a base path, as a handbook often is.
		expect(records.map((record) => `${record.kind} ${record.url}`).sort()).toEqual([
			'department /handbook/departments/executive/',
			'department /handbook/departments/finance/',
			'department /handbook/departments/sales/',
			'role /handbook/roles/account-executive/',
			'role /handbook/roles/budget-analyst/',
			'role /handbook/roles/chief-executive/',
			'role /handbook/roles/finance-director/',
			'role /handbook/roles/sales-director/',
			'workflow /handbook/workflows/budget-approval/',
		]);
	});

	test('drafts, retired roles, unpublished names, compensation and revision authors stay out', () => {
		const text = allText(records);
		for (const secret of ['Procurement Officer', 'Zanzibar', 'Telex', 'telex', 'Philippa', 'Quarrington', 'Marigold', 'Reginald', 'Bassington']) {
			expect(text).not.toContain(secret);
		}
	});

	test('drafts stay out even when the site builds their pages', () => {
		const text = allText(recordsOf(fixturePublishing('{ drafts: true }')));
		expect(text).not.toContain('Zanzibar');
		expect(text).not.toContain('Procurement Officer');
	});

	test('names and compensation are searchable once the site publishes them', () => {
		const published = recordsOf(fixturePublishing('{ people: true, compensation: true }'));
		const analyst = published.find((record) => record.url === '/handbook/roles/budget-analyst/')!;
		expect(analyst.body).toContain('Philippa Quarrington');
		const director = published.find((record) => record.url === '/handbook/roles/finance-director/')!;
		expect(director.body).toContain('Paid on the Marigold scale with a yearly bonus.');
		expect(allText(published)).not.toContain('Bassington');
	});

	test('links read as the titles they name, and each role carries its department, grade and workflows', () => {
		const director = records.find((record) => record.url === '/handbook/roles/finance-director/')!;
		expect(director).toMatchObject({ title: 'Finance Director', department: 'Finance', grade: 'M3' });
		expect(director.body).toContain('Runs Finance.');
		expect(director.body).toContain('Budget approval');
		const analyst = records.find((record) => record.url === '/handbook/roles/budget-analyst/')!;
		expect(analyst.body).toContain('Prepares forecasts for the Finance Director.');
	});

	test('a pagefind record weights the title, and filters by kind, department and grade', () => {
		const analyst = records.find((record) => record.url === '/handbook/roles/budget-analyst/')!;
		const record = customRecord(analyst, 'en');
		expect(record.content.startsWith('___PAGEFIND_WEIGHT___10 Budget Analyst ___END_PAGEFIND_WEIGHT___ Prepares the numbers')).toBe(true);
		expect(record).toMatchObject({ url: '/handbook/roles/budget-analyst/', language: 'en', meta: { title: 'Budget Analyst' } });
		expect(record.filters).toEqual({ kind: ['role'], department: ['Finance'], grade: ['P2'] });
	});

	test('no author can weight their own words with pagefind’s markers', () => {
		const record = customRecord({ url: '/x/', kind: 'role', title: 'T', body: ['___PAGEFIND_WEIGHT___10 boost ___END_PAGEFIND_WEIGHT___'], department: undefined, grade: undefined }, 'en');
		expect(record.content.match(/___(END_)?PAGEFIND/g)).toEqual(['___PAGEFIND', '___END_PAGEFIND']);
		expect(record.content).toContain(' PAGEFIND_WEIGHT___10 boost END_PAGEFIND_WEIGHT___');
	});

});

describe('plain text for the index', () => {
	const plain = createPlainText(loadOrganization(SEARCH_FIXTURE).organization);

	test('Markdown loses its syntax; raw HTML stays as the text the page shows', () => {
		expect(plain('**Approve** the `budget` and [the plan](https://example.com)')).toBe('Approve the budget and the plan');
		expect(plain('Escape <b>this</b> & that')).toBe('Escape <b>this</b> & that');
		expect(plain('Reports to [[finance-director|the FD]] and [[department:sales]]; [[procurement-officer]] is a draft')).toBe(
			'Reports to the FD and Sales; another role is a draft',
		);
	});

	test('plain prose passes through untouched', () => {
		expect(plain('负责公司OA管理及宣传工作')).toBe('负责公司OA管理及宣传工作');
	});
});

describe('the example organisation', () => {
	const records = recordsOf(EXAMPLE);

	test('indexes its published roles, departments and workflows', () => {
		const { organization } = loadOrganization(EXAMPLE);
		const published = organization.roles.filter((role) => role.data.status === 'published');
		expect(records).toHaveLength(published.length + organization.departments.length + organization.workflows.length);
	});

	test('leaves out the draft, the retired role and the account manager’s pay', () => {
		const text = allText(records);
		expect(text).not.toContain('VIP客户服务专员');
		expect(text).not.toContain('总台领班');
		expect(text).not.toContain('基本工资加业绩提成');
		// People are published here, so their names are found with their roles.
		expect(records.find((record) => record.url === '/roles/ka-director/')!.body).toContain('秦浩天');
	});
});
