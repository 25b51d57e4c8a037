import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { FIXTURES } from '../support/fixtures.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

function run(command: string, contentDir: string, outDir?: string) {
	const args = command === 'build' ? ['node_modules/astro/bin/astro.mjs', 'build', ...(outDir ? ['--outDir', outDir] : [])] : ['src/cli/validate.ts'];
	return spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: contentDir, NO_COLOR: '1' } });
}

describe('astro build reads the same model', () => {
	test('it builds a valid folder', () => {
		const outDir = mkdtempSync(path.join(tmpdir(), 'rolebook-dist-'));
		const build = run('build', path.join(FIXTURES, 'base'), outDir);
		expect(build.status, build.stderr).toBe(0);
		const home = readFileSync(path.join(outDir, 'index.html'), 'utf8');
		expect(home).toContain('<html lang="en"');
		expect(home).toContain('Acme Support Ltd');
	}, 120_000);

	test('it refuses content with errors, prints the validator’s messages, and writes nothing', () => {
		const outDir = mkdtempSync(path.join(tmpdir(), 'rolebook-dist-'));
		writeFileSync(path.join(outDir, 'previous.html'), 'the last good build');
		const contentDir = path.join(FIXTURES, 'ten-defects');
		const build = run('build', contentDir, outDir);
		const validate = run('validate', contentDir);
		expect(build.status).not.toBe(0);
		for (const line of validate.stdout.trimEnd().split('\n')) expect(build.stderr).toContain(line);
		expect(build.stderr).toContain('nothing was built');
		expect(readdirSync(outDir)).toEqual(['previous.html']);
	}, 120_000);
});
