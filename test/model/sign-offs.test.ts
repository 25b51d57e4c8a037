import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadOrganization } from '../../src/model/index.ts';
import { fixtureWith, validate } from '../support/fixtures.ts';

/** The register without history: signatures checked against the present text. */
function withPeople(files: Record<string, string>, site?: string): string {
	const dir = fixtureWith();
	for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, 'people', name), text);
	if (site) writeFileSync(path.join(dir, 'site.yaml'), site);
	return dir;
}

function presentFingerprint(dir: string, role: string): string {
	const { organization } = loadOrganization(dir);
	return organization.versionsOf(organization.role(role)!).at(-1)!.fingerprint;
}

describe('sign-off register', () => {
	test('current, outdated and unsigned, per person and role held', () => {
		const base = fixtureWith();
		const agent = presentFingerprint(base, 'support-agent');
		const dir = withPeople({
			'ann.yaml': `name: Ann Lee\nroles: [account-manager, support-agent]\nsigned:\n  - { role: support-agent, fingerprint: 0000-1111-2222, date: 2024-01-01 }\n  - { role: support-agent, fingerprint: ${agent.toUpperCase()}, date: 2025-02-01 }\n`,
			'bo.yaml': `name: Bo Chen\nroles: [support-agent]\nsigned:\n  - { role: support-agent, fingerprint: ${agent}, date: 2024-01-01 }\n  - { role: support-agent, fingerprint: 0000-1111-2222, date: 2025-02-01 }\n`,
		});
		const { organization, diagnostics } = loadOrganization(dir);
		const rows = organization.signOffs.map((s) => [s.person.id, s.role.id, s.status, s.signature?.date ?? null]);
		expect(rows).toEqual([
			['ann', 'account-manager', 'unsigned', null],
			['ann', 'support-agent', 'current', '2025-02-01'],
			['bo', 'support-agent', 'outdated', '2025-02-01'],
		]);
		// Upper-case hex is read as the same fingerprint; the unknown one is warned about twice, once per file.
		expect(diagnostics.map((d) => [path.basename(d.file), d.line, d.rule])).toEqual([
			['ann.yaml', 4, 'unknown-fingerprint'],
			['bo.yaml', 5, 'unknown-fingerprint'],
		]);
		expect(diagnostics[0]!.message).toContain('only the present text is known');
	});

	test('people are in the register for HR commands even when they are not published', () => {
		const dir = withPeople({}, 'organization: Acme Support Ltd\nlocale: en\n');
		expect(loadOrganization(dir).organization.signOffs).toEqual([]);
		const all = loadOrganization(dir, { people: true }).organization;
		expect(all.signOffs.map((s) => [s.person.name, s.status])).toEqual([['Ann Lee', 'unsigned']]);
	});

	test('fingerprint pattern, role id and date are checked, each at its line and column', () => {
		const dir = withPeople({
			'ann.yaml': [
				'name: Ann Lee',
				'roles: [account-manager]',
				'signed:',
				'  - { role: account-manager, fingerprint: 9b74-de04-09e3, date: 2024-04-20 }',
				'  - { role: account-manager, fingerprint: 9b74de0409e3, date: 2024-04-20 }',
				'  - { role: account-manager, fingerprint: 9b74-de04-09e3, date: 2024-02-30 }',
				'  - { role: account-manager, fingerprint: 9b74-de04-09e3, date: 2024-04-20, by: HR }',
				'',
			].join('\n'),
			'bo.yaml': 'name: Bo Chen\nsigned:\n  - { role: acount-manager, fingerprint: 9b74-de04-09e3, date: 2024-04-20 }\n',
		});
		const { diagnostics } = validate(dir);
		expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`)).toEqual([
			'people/ann.yaml:5:43 invalid-value',
			'people/ann.yaml:6:65 invalid-value',
			'people/ann.yaml:7:77 unknown-key',
			'people/bo.yaml:3:13 unknown-reference',
		]);
		expect(diagnostics[0]!.message).toContain('12 hex digits in groups of four');
		expect(diagnostics[1]!.message).toContain('not a real calendar date');
		expect(diagnostics[3]!.message).toContain('did you mean "account-manager"?');
	});
});
