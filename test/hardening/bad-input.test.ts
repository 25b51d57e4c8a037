import { mkdirSync, symlinkSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadOrganization } from '../../src/model/index.ts';
import { fixtureWith, validate } from '../support/fixtures.ts';

/** Each fixture under test/fixtures/bad-input/ is laid over the valid base organisation. */
const located = (fixture: string) => validate(fixtureWith(fixture, 'bad-input')).diagnostics.map((d) => ({ at: `${d.file}:${d.line}:${d.column}`, rule: d.rule, message: d.message }));

describe('hostile and unusual input', () => {
	test('a UTF-8 byte-order mark is tolerated, and positions stay right', () => {
		expect(located('bom')).toEqual([{ at: 'roles/support-agent.yaml:4:1', rule: 'unknown-key', message: 'unknown key "headcont"; did you mean "headcount"?' }]);
	});

	test('CRLF line endings are tolerated, and positions stay right', () => {
		expect(located('crlf').map((d) => d.at)).toEqual(['roles/support-agent.yaml:6:5', 'roles/support-agent.yaml:6:5']);
	});

	test('a file in GBK is named as not UTF-8, without mojibake', () => {
		const [problem, ...rest] = located('gbk-chinese');
		expect(rest).toEqual([]);
		expect(problem).toMatchObject({ at: 'roles/support-agent.yaml:1:1', rule: 'encoding' });
		expect(problem!.message).toMatch(/not UTF-8.*GBK/);
		expect(problem!.message).not.toMatch(/[\uFFFD]/);
	});

	test('an alias bomb is refused with a clear message instead of expanding', () => {
		expect(located('alias-bomb')).toEqual([
			expect.objectContaining({ at: 'roles/support-agent.yaml:9:16', rule: 'yaml-syntax', message: expect.stringContaining('aliases up to here expand the file past 1,000,000 characters') }),
		]);
	});

	test('tabs used for indentation are a located syntax error', () => {
		expect(located('tabs')).toEqual([expect.objectContaining({ at: 'roles/support-agent.yaml:5:1', rule: 'yaml-syntax', message: expect.stringContaining('Tabs') })]);
	});

	test('an id that tries to leave its folder is refused', () => {
		expect(located('unsafe-id')).toEqual([expect.objectContaining({ at: 'roles/escape.yaml:1:5', rule: 'invalid-id', message: expect.stringContaining('"../../etc/passwd"') })]);
	});

	test('a symbolic link to a folder outside the content folder is refused', () => {
		const outside = mkdtempSync(path.join(tmpdir(), 'rolebook-outside-'));
		writeFileSync(path.join(outside, 'intruder.yaml'), 'title: Intruder\ndepartment: support\nreports_to: ceo\n');
		const dir = fixtureWith();
		symlinkSync(outside, path.join(dir, 'roles', 'elsewhere'));
		expect(validate(dir).diagnostics).toMatchObject([{ rule: 'outside-content', file: path.join('roles', 'elsewhere'), line: 1, column: 1 }]);
	});

	test('a 5 MB role file loads, whole', () => {
		const dir = fixtureWith();
		const duty = `${'负责客户投诉处理与回访,'.repeat(20)}确保满意度。`;
		const count = Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(`  - ${duty}\n`));
		writeFileSync(path.join(dir, 'roles', 'support-agent.yaml'), `title: Support Agent\ndepartment: support\nreports_to: support-lead\nrevisions: [{ version: V1, date: 2024-01-15 }]\nduties:\n${`  - ${duty}\n`.repeat(count)}`);
		const { organization, diagnostics } = loadOrganization(dir);
		expect(diagnostics).toEqual([]);
		expect(organization.role('support-agent')!.data.duties).toHaveLength(count);
	});

	test('a role with 2,000 duties keeps every one, in order', () => {
		const dir = fixtureWith();
		const duties = Array.from({ length: 2000 }, (_, i) => `  - Duty number ${i + 1}\n`).join('');
		writeFileSync(path.join(dir, 'roles', 'support-agent.yaml'), `title: Support Agent\ndepartment: support\nreports_to: support-lead\nduties:\n${duties}`);
		const duty = loadOrganization(dir).organization.role('support-agent')!.data.duties!;
		expect(duty).toHaveLength(2000);
		expect(duty[1999]).toBe('Duty number 2000');
	});

	test('a reporting chain 200 deep resolves without recursion trouble', () => {
		const dir = fixtureWith();
		mkdirSync(path.join(dir, 'roles', 'deep'));
		for (let i = 1; i <= 200; i++) {
			writeFileSync(path.join(dir, 'roles', 'deep', `level-${i}.yaml`), `title: Level ${i}\ndepartment: support\nreports_to: ${i === 1 ? 'support-agent' : `level-${i - 1}`}\nrevisions: [{ version: V1, date: 2024-01-15 }]\n`);
		}
		const { organization, diagnostics } = loadOrganization(dir);
		expect(diagnostics).toEqual([]);
		const bottom = organization.role('level-200')!;
		expect(bottom.reportingChain).toHaveLength(202);
		expect(bottom.reportingChain[0]!.id).toBe('ceo');
		expect(organization.roles.at(-1)!.id).toBe('level-200');
	});

	test('a reporting cycle 200 long is reported once, naming every role on it', () => {
		const dir = fixtureWith();
		mkdirSync(path.join(dir, 'roles', 'ring'));
		for (let i = 1; i <= 200; i++) {
			writeFileSync(path.join(dir, 'roles', 'ring', `ring-${i}.yaml`), `title: Ring ${i}\ndepartment: support\nreports_to: ring-${i === 200 ? 1 : i + 1}\n`);
		}
		const cycles = validate(dir).diagnostics.filter((d) => d.rule === 'reporting-cycle');
		expect(cycles).toHaveLength(1);
		for (let i = 1; i <= 200; i++) expect(cycles[0]!.message).toContain(`ring-${i} `);
	});
});
