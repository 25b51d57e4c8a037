import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadOrganization } from '../../src/model/index.ts';
import { fixtureWith } from '../support/fixtures.ts';

describe('staffing in the model', () => {
	test('per role, per department (own and with sub-departments) and for the organisation', () => {
		const dir = fixtureWith();
		writeFileSync(path.join(dir, 'people', 'bo.yaml'), 'name: Bo\nroles: [support-agent, account-manager]\n');
		writeFileSync(path.join(dir, 'people', 'cy.yaml'), 'name: Cy\nroles: [sales-director]\n');
		writeFileSync(path.join(dir, 'people', 'di.yaml'), 'name: Di\nroles: [sales-director]\n');
		const { organization, errorCount } = loadOrganization(dir);
		expect(errorCount).toBe(0);
		expect(organization.role('account-manager')).toMatchObject({ filled: 2, vacancies: 0 });
		expect(organization.role('support-agent')).toMatchObject({ filled: 1, vacancies: 4 });
		expect(organization.role('sales-director')).toMatchObject({ filled: 2, vacancies: 0 });
		expect(organization.role('ceo')).toMatchObject({ filled: 0, vacancies: undefined });
		expect(organization.department('sales')!.staffing.own).toEqual({ roles: 2, budgeted: 3, unbudgeted: 0, filled: 4, vacant: 0, over: 1 });
		expect(organization.department('support')!.staffing.own).toEqual({ roles: 2, budgeted: 5, unbudgeted: 1, filled: 1, vacant: 4, over: 0 });
		expect(organization.department('exec')!.staffing.own).toEqual({ roles: 1, budgeted: 0, unbudgeted: 1, filled: 0, vacant: 0, over: 0 });
		expect(organization.department('exec')!.staffing.total).toEqual({ roles: 5, budgeted: 8, unbudgeted: 2, filled: 5, vacant: 4, over: 1 });
		expect(organization.staffing).toEqual(organization.department('exec')!.staffing.total);
	});

	test('counts whether or not people are published; unknown without any people file', () => {
		const dir = fixtureWith();
		writeFileSync(path.join(dir, 'site.yaml'), 'organization: Acme\nlocale: en\n');
		let { organization } = loadOrganization(dir);
		expect(organization.people).toEqual([]);
		expect(organization.role('account-manager')).toMatchObject({ holders: [], filled: 1, vacancies: 1 });
		rmSync(path.join(dir, 'people'), { recursive: true });
		({ organization } = loadOrganization(dir));
		expect(organization.role('account-manager')).toMatchObject({ filled: undefined, vacancies: undefined });
		expect(organization.staffing).toEqual({ roles: 5, budgeted: 8, unbudgeted: 2, filled: undefined, vacant: undefined, over: undefined });
	});
});
