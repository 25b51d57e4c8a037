import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { FIXTURES, fixtureWith } from '../support/fixtures.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

function validate(args: string[], env: Record<string, string> = {}) {
	const run = spawnSync(process.execPath, ['src/cli/validate.ts', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });
	return { status: run.status, lines: run.stdout.trimEnd().split('\n'), stdout: run.stdout, stderr: run.stderr };
}

describe('npm run validate', () => {
	test('the example organisation has no problems', () => {
		const { status, lines } = validate([]);
		expect(lines.at(-1)).toMatch(/^0 errors, 0 warnings in \d+ files$/);
		expect(status).toBe(0);
	});

	test('ten defects give ten located errors in one run, compiler style', () => {
		const { status, lines } = validate(['--content', 'test/fixtures/ten-defects']);
		expect(status).toBe(1);
		expect(lines).toHaveLength(11);
		for (const line of lines.slice(0, 10)) expect(line).toMatch(/^test\/fixtures\/ten-defects\/\S+\.yaml:\d+:\d+: error: .+ \[[a-z-]+\]$/);
		expect(lines).toContain('test/fixtures/ten-defects/roles/worker.yaml:6:16: error: [[bos]] links to unknown role "bos"; did you mean "boss"? [broken-link]');
		expect(lines.at(-1)).toBe('10 errors, 0 warnings in 10 files');
	});

	test('CONTENT_DIR chooses the folder', () => {
		const { status, lines } = validate([], { CONTENT_DIR: path.join(FIXTURES, 'ten-defects') });
		expect(status).toBe(1);
		expect(lines.at(-1)).toBe('10 errors, 0 warnings in 10 files');
	});

	test('warnings alone do not fail', () => {
		const { status, lines } = validate(['--content', fixtureWith('headcount-exceeded')]);
		expect(lines.filter((line) => line.includes(': warning: '))).toHaveLength(1);
		expect(lines.at(-1)).toBe('0 errors, 1 warning in 13 files');
		expect(status).toBe(0);
	});

	test('--json prints every diagnostic with its location', () => {
		const { status, stdout } = validate(['--content', 'test/fixtures/ten-defects', '--json']);
		expect(status).toBe(1);
		const report = JSON.parse(stdout);
		expect(report).toMatchObject({ errorCount: 10, warningCount: 0, fileCount: 10 });
		expect(report.diagnostics[0]).toEqual({
			file: 'test/fixtures/ten-defects/departments/empty.yaml',
			line: 1,
			column: 1,
			severity: 'error',
			rule: 'empty-file',
			message: 'the file is empty; every content file describes one thing',
		});
	});

	test('a wrong option is a usage error', () => {
		const { status, stderr } = validate(['--contnet', 'x']);
		expect(status).toBe(2);
		expect(stderr).toContain('usage: rolebook validate');
	});
});
