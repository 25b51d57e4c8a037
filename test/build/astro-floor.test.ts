import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { astroFloorCommand, pagePaths } from '../../bench/astro-floor.ts';
import { benchProjectDir } from '../../bench/project-dir.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const dir = benchProjectDir(ROOT, `astro-floor-test-${process.pid}`);
const site = mkdtempSync(path.join(tmpdir(), 'rolebook-astro-floor-'));

afterAll(() => {
	rmSync(dir, { recursive: true, force: true });
	rmSync(site, { recursive: true, force: true });
});

function page(relative: string): void {
	mkdirSync(path.join(site, relative), { recursive: true });
	writeFileSync(path.join(site, relative, 'index.html'), '<!doctype html>');
}

test("Astro's floor writes a blank page at every path of the built site, and nothing else", () => {
	for (const relative of ['', 'roles/cashier', 'roles/cashier/confirm', 'departments/finance']) page(relative);
	writeFileSync(path.join(site, '404.html'), '<!doctype html>');
	expect(pagePaths(site)).toEqual(['', 'departments/finance', 'roles/cashier', 'roles/cashier/confirm']);

	const command = astroFloorCommand(ROOT, site, process.execPath, dir);
	command.prepare!();
	const run = spawnSync(command.command, command.args, { cwd: command.cwd, encoding: 'utf8' });
	expect(run.status, run.stderr).toBe(0);
	const built = path.join(dir, 'dist');
	expect(pagePaths(built)).toEqual(pagePaths(site));
	expect(readFileSync(path.join(built, 'roles', 'cashier', 'confirm', 'index.html'), 'utf8')).toContain('<h1>roles/cashier/confirm</h1>');
}, 60_000);
