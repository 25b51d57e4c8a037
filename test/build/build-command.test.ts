import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { FIXTURES } from '../support/fixtures.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

test('npm run build -- --outDir ../elsewhere builds outside the project, prints a short summary, not a line per route, and ends', () => {
	const parent = mkdtempSync(path.join(tmpdir(), 'rolebook-elsewhere-'));
	// Written as a user would: relative to the project, outside it.
	const outDir = path.relative(ROOT, path.join(parent, 'elsewhere'));
	expect(outDir.startsWith('..')).toBe(true);
	try {
		const run = spawnSync(process.execPath, ['src/cli/build.ts', '--outDir', outDir], {
			cwd: ROOT,
			encoding: 'utf8',
			// Under any NODE_ENV (a build's own Vite server calls the dev hooks unless it is
			// production), the command ends when the site is built; a process left waiting is killed.
			env: { ...process.env, CONTENT_DIR: path.join(FIXTURES, 'base'), NO_COLOR: '1', NODE_ENV: 'test' },
			timeout: 60_000,
		});
		expect(run.signal, 'the build ended, and did not wait to be killed').toBeNull();
		expect(run.status, run.stdout + run.stderr).toBe(0);
		expect(existsSync(path.join(parent, 'elsewhere', 'roles', 'support-agent', 'index.html'))).toBe(true);
		const lines = run.stdout.trim().split('\n');
		expect(lines).toHaveLength(1);
		expect(lines[0]).toMatch(new RegExp(`^Built \\d+ pages and 9 search records in \\d+\\.\\d s into ${outDir.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}/$`));
		expect(run.stdout + run.stderr).not.toContain('├─');
	} finally {
		rmSync(parent, { recursive: true, force: true });
	}
}, 180_000);

test('npm run build on content with errors prints the located problems and one line, exits 1, and adds nothing of Astro’s', () => {
	const parent = mkdtempSync(path.join(tmpdir(), 'rolebook-errors-'));
	try {
		const run = spawnSync(process.execPath, ['src/cli/build.ts', '--outDir', path.join(parent, 'dist')], {
			cwd: ROOT,
			encoding: 'utf8',
			env: { ...process.env, CONTENT_DIR: path.join(FIXTURES, 'ten-defects'), NO_COLOR: '1' },
		});
		expect(run.status).toBe(1);
		const lines = run.stderr.trim().split('\n');
		expect(lines.at(-2)).toMatch(/^10 errors, 0 warnings in 10 files$/);
		expect(lines.at(-1)).toMatch(/has errors \(listed above\); nothing was built/);
		expect(run.stdout + run.stderr).not.toMatch(/\[ERROR\]|unhandled|Stack trace|^\s+at /im);
		expect(existsSync(path.join(parent, 'dist'))).toBe(false);
	} finally {
		rmSync(parent, { recursive: true, force: true });
	}
}, 180_000);
