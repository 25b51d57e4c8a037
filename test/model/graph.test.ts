import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadOrganization } from '../../src/model/index.ts';
import { fixtureWith } from '../support/fixtures.ts';

describe('the organisation graph', () => {
	const { organization: org } = loadOrganization(fixtureWith());
	const ids = (roles: readonly { id: string }[]) => roles.map((r) => r.id);

	test('derives subordinates and reporting chains from reports_to', () => {
		expect(ids(org.role('ceo')!.subordinates)).toEqual(['sales-director', 'support-lead']);
		expect(ids(org.role('account-manager')!.reportingChain)).toEqual(['ceo', 'sales-director']);
		expect(ids(org.topRoles)).toEqual(['ceo']);
	});

	test('lists roles top down, depth first', () => {
		expect(ids(org.roles)).toEqual(['ceo', 'sales-director', 'account-manager', 'support-lead', 'support-agent']);
		expect(ids(org.department('support')!.roles)).toEqual(['support-lead', 'support-agent']);
	});

	test('resolves dotted lines both ways', () => {
		expect(ids(org.role('support-lead')!.dottedLineSuperiors)).toEqual(['sales-director']);
		expect(ids(org.role('sales-director')!.dottedLineReports)).toEqual(['support-lead']);
	});

	test('builds the department tree, sorted by order', () => {
		expect(ids(org.topDepartments)).toEqual(['exec']);
		expect(ids(org.department('exec')!.children)).toEqual(['sales', 'support']);
		expect(org.department('sales')!.parent?.id).toBe('exec');
		expect(org.department('sales')!.head?.id).toBe('sales-director');
		expect(org.department('sales')!.superior?.id).toBe('ceo');
	});

	test('knows where each role appears in workflows', () => {
		const refund = org.workflow('refund')!;
		expect(refund.steps.map((s) => s.role?.id ?? s.text)).toEqual(['support-agent', 'support-lead', 'Finance pays out']);
		expect(refund.steps[2]!.optional).toBe(true);
		expect(org.role('sales-director')!.workflowSteps).toMatchObject([{ workflow: refund, index: 1, alternative: true }]);
		expect(org.department('support')!.workflows).toEqual([refund]);
	});

	test('resolves people, vacancies, versions and promotions', () => {
		expect(org.role('account-manager')!.holders.map((p) => p.name)).toEqual(['Ann Lee']);
		expect(org.role('account-manager')!.vacancies).toBe(1);
		expect(org.role('support-agent')!.version?.version).toBe('V2');
		expect(org.role('account-manager')!.promotesTo.map((p) => (typeof p === 'string' ? p : p.id))).toEqual(['sales-director', 'Regional director']);
	});
});

describe('what the graph publishes', () => {
	test('drafts and retired roles stay out unless drafts are published', () => {
		const dir = fixtureWith('unpublished-reference');
		expect(loadOrganization(dir).organization.role('support-lead')).toBeUndefined();
	});

	test('people stay out unless publish.people is true', async () => {
		const { writeFileSync } = await import('node:fs');
		const dir = fixtureWith();
		writeFileSync(`${dir}/site.yaml`, 'organization: Acme\n');
		const { organization } = loadOrganization(dir);
		expect(organization.people).toEqual([]);
		expect(organization.role('account-manager')!.holders).toEqual([]);
		// Counts stay: a vacancy is not a name.
		expect(organization.role('account-manager')!.filled).toBe(1);
		expect(organization.role('account-manager')!.vacancies).toBe(1);
		expect(organization.role('support-agent')!.vacancies).toBe(5);
	});
});

describe('where each entity comes from', () => {
	const dir = fixtureWith();
	writeFileSync(path.join(dir, 'roles', 'account-manager.yaml'), 'title: Account Manager\ndepartment: sales\nreports_to: sales-director\n');
	const { organization: org } = loadOrganization(dir);

	test('each department knows its parents, top down', () => {
		expect(org.department('sales')!.ancestors.map((d) => d.id)).toEqual(['exec']);
		expect(org.department('exec')!.ancestors).toEqual([]);
	});

	test('each entity carries its file’s path from the content folder', () => {
		expect(org.role('support-agent')!.sourcePath).toBe('roles/support-agent.yaml');
		expect(org.department('sales')!.sourcePath).toBe('departments/sales.yaml');
		expect(org.workflow('refund')!.sourcePath).toBe('workflows/refund.yaml');
		expect(org.people[0]!.sourcePath).toBe('people/ann.yaml');
	});

	test('a role was last updated on its newest revision; outside git, nothing else has a date', () => {
		expect(org.role('support-agent')!.lastUpdated).toBe('2025-03-01');
		expect(org.role('account-manager')!.lastUpdated).toBeUndefined();
		expect(org.department('sales')!.lastUpdated).toBeUndefined();
	});
});
