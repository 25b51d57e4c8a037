import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { RULES, type RuleId } from '../../src/model/index.ts';
import { fixtureWith, validate } from '../support/fixtures.ts';
import { HOSTILE_CASES } from '../hardening/hostile-corpus.ts';

interface Expected {
	at: `${string}:${number}:${number}`;
	rule: RuleId;
	severity?: 'warning';
	words: string[];
}

/** Each fixture under test/fixtures/rules/ breaks one rule of the base organisation. */
const cases: Record<string, Expected[]> = {
	'yaml-syntax': [{ at: 'roles/support-agent.yaml:5:1', rule: 'yaml-syntax', words: ['Flow sequence', 'end with a ]'] }],
	'duplicate-key': [{ at: 'roles/support-agent.yaml:4:1', rule: 'duplicate-key', words: ['duplicate key "title"'] }],
	'empty-file': [{ at: 'roles/support-agent.yaml:1:1', rule: 'empty-file', words: ['empty'] }],
	encoding: [{ at: 'roles/support-agent.yaml:1:1', rule: 'encoding', words: ['not UTF-8', 'GBK'] }],
	'unknown-key': [{ at: 'roles/support-agent.yaml:5:3', rule: 'unknown-key', words: ['unknown key "educaton"', 'did you mean "education"?'] }],
	'missing-key': [{ at: 'roles/support-agent.yaml:1:1', rule: 'missing-key', words: ['missing required key "department"'] }],
	'wrong-type': [{ at: 'roles/support-agent.yaml:4:12', rule: 'wrong-type', words: ['"headcount" must be a number', 'not "five"'] }],
	'invalid-value': [{ at: 'roles/support-agent.yaml:5:48', rule: 'invalid-value', words: ['"authorities[0].kind"', 'decision, proposal, supervision, other', '"decide"'] }],
	'invalid-id': [{ at: 'workflows/Escalation Path.yaml:1:1', rule: 'invalid-id', words: ['file name "Escalation Path"', 'add an "id:" key'] }],
	'invalid-id-key': [{ at: 'people/bob.yaml:1:5', rule: 'invalid-id', words: ['"id"', 'lower-case letters', '"Bob_Smith"'] }],
	'duplicate-id': [{ at: 'roles/support-agent.yaml:1:1', rule: 'duplicate-id', words: ['duplicate role id "support-agent"', path.join('roles', 'support', 'agent.yaml')] }],
	'unknown-reference': [
		{ at: 'roles/support-agent.yaml:2:13', rule: 'unknown-reference', words: ['unknown department "suport"', 'did you mean "support"?'] },
		{ at: 'roles/support-agent.yaml:3:13', rule: 'unknown-reference', words: ['unknown role "support-led"', 'did you mean "support-lead"?'] },
	],
	'unknown-reference-workflow': [
		{ at: 'workflows/refund.yaml:4:32', rule: 'unknown-reference', words: ['unknown role "sales-directr"', 'did you mean "sales-director"?'] },
		{ at: 'workflows/refund.yaml:5:5', rule: 'unknown-reference', words: ['unknown role "finance-clerk"'] },
	],
	'unknown-reference-person': [{ at: 'people/ann.yaml:2:26', rule: 'unknown-reference', words: ['unknown role "acount-manager"', 'did you mean "account-manager"?'] }],
	'broken-link': [{ at: 'roles/support-agent.yaml:5:57', rule: 'broken-link', words: ['[[acount-manager|account manager]]', 'unknown role', 'did you mean "account-manager"?'] }],
	'unsafe-link': [{ at: 'roles/support-agent.yaml:4:27', rule: 'unsafe-link', severity: 'warning', words: ['javascript:', 'shown as text'] }],
	'reporting-cycle': [{ at: 'roles/ceo.yaml:3:13', rule: 'reporting-cycle', words: ['ceo → support-agent → support-lead → ceo'] }],
	'department-cycle': [{ at: 'departments/exec.yaml:2:9', rule: 'department-cycle', words: ['exec → support → exec'] }],
	'subordinates-mismatch': [
		{ at: 'roles/ceo.yaml:3:1', rule: 'subordinates-mismatch', words: ['"support-lead" reports to "ceo" but is not listed', '"account-manager" is listed but reports to "sales-director"'] },
	],
	'unpublished-reference': [
		{ at: 'roles/support-agent.yaml:3:13', rule: 'unpublished-reference', words: ['"support-lead" is a draft role'] },
		{ at: 'workflows/refund.yaml:5:13', rule: 'unpublished-reference', words: ['"support-lead" is a draft role'] },
	],
	'unknown-fingerprint': [{ at: 'people/ann.yaml:4:43', rule: 'unknown-fingerprint', severity: 'warning', words: ['0000-1111-2222', 'not the text of any known version of "account-manager"'] }],
	// A draft without revisions (support-trainee) is not warned about.
	'no-revision': [{ at: 'roles/support-agent.yaml:5:1', rule: 'no-revision', severity: 'warning', words: ['role "support-agent" has no revision', 'prints "Version —"'] }],
	'headcount-exceeded': [{ at: 'roles/sales-director.yaml:4:12', rule: 'headcount-exceeded', severity: 'warning', words: ['2 people hold "sales-director"', 'Bo Chen, Cy Park', 'headcount is 1'] }],
};

describe('every validator rule', () => {
	test('the base organisation is valid', () => {
		expect(validate(fixtureWith()).diagnostics).toEqual([]);
	});

	test.each(Object.entries(cases))('%s', (fixture, expected) => {
		const { diagnostics } = validate(fixtureWith(fixture));
		expect(diagnostics.map((d) => ({ at: `${d.file}:${d.line}:${d.column}`, rule: d.rule, severity: d.severity }))).toEqual(
			expected.map((e) => ({ at: e.at, rule: e.rule, severity: e.severity ?? 'error' })),
		);
		diagnostics.forEach((d, i) => {
			for (const word of expected[i]!.words) expect(d.message).toContain(word);
		});
	});

	test('missing-site: a folder without site.yaml', () => {
		const dir = fixtureWith();
		rmSync(path.join(dir, 'site.yaml'));
		const { diagnostics } = validate(dir);
		expect(diagnostics).toMatchObject([{ rule: 'missing-site', line: 1, column: 1 }]);
		expect(diagnostics[0]!.message).toContain('no site.yaml');
	});

	test('outside-content: a link to a file outside the content folder', () => {
		const outside = mkdtempSync(path.join(tmpdir(), 'rolebook-outside-'));
		writeFileSync(path.join(outside, 'intruder.yaml'), 'title: Intruder\ndepartment: support\nreports_to: ceo\n');
		const dir = fixtureWith();
		mkdirSync(path.join(dir, 'roles', 'linked'));
		symlinkSync(path.join(outside, 'intruder.yaml'), path.join(dir, 'roles', 'linked', 'intruder.yaml'));
		const { diagnostics } = validate(dir);
		expect(diagnostics).toMatchObject([{ rule: 'outside-content', file: path.join('roles', 'linked', 'intruder.yaml'), line: 1, column: 1 }]);
		expect(diagnostics[0]!.message).toContain('outside the content folder');
	});

	test('every rule id has a test', () => {
		// File-system rules (links, pipes, permissions) are tested with the hostile corpus.
		const tested = new Set([...Object.values(cases).flat().map((e) => e.rule), ...HOSTILE_CASES.flatMap((c) => c.expected.map((e) => e.rule)), 'missing-site', 'outside-content']);
		expect(Object.keys(RULES).filter((rule) => !tested.has(rule))).toEqual([]);
	});
});
