import { mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { holdsProject, watchContent } from '../../src/integration/content-watcher.ts';

describe('watchContent', () => {
	let dir: string;
	let seen: Set<string>;
	let errors: Error[];
	let watcher: { close(): void };
	const settle = () => new Promise((resolve) => setTimeout(resolve, 150));
	const saw = async (file: string) => {
		for (let waited = 0; waited < 3000 && !seen.has(file); waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
		return seen.has(file);
	};

	beforeEach(() => {
		dir = mkdtempSync(path.join(tmpdir(), 'rolebook-watch-'));
		mkdirSync(path.join(dir, 'roles/support'), { recursive: true });
		seen = new Set();
		errors = [];
		watcher = watchContent(dir, (file) => seen.add(file), (error) => errors.push(error));
	});

	afterEach(() => {
		watcher.close();
		rmSync(dir, { recursive: true, force: true });
	});

	it('reports a file written in a folder that was there, and one in a folder that appeared since', async () => {
		writeFileSync(path.join(dir, 'roles/support/agent.yaml'), 'title: Agent\n');
		expect(await saw(path.join('roles', 'support', 'agent.yaml'))).toBe(true);
		mkdirSync(path.join(dir, 'roles/sales'));
		await settle();
		writeFileSync(path.join(dir, 'roles/sales/rep.yaml'), 'title: Rep\n');
		expect(await saw(path.join('roles', 'sales', 'rep.yaml'))).toBe(true);
	});

	it('survives loops of links, and a folder moved away and back', async () => {
		symlinkSync('.', path.join(dir, 'roles/loop'));
		mkdirSync(path.join(dir, 'roles/pair'));
		symlinkSync('b.yaml', path.join(dir, 'roles/pair/a.yaml'));
		symlinkSync('a.yaml', path.join(dir, 'roles/pair/b.yaml'));
		expect(await saw(path.join('roles', 'pair', 'b.yaml'))).toBe(true);
		renameSync(path.join(dir, 'roles/support'), path.join(dir, 'support-moved'));
		await settle();
		renameSync(path.join(dir, 'support-moved'), path.join(dir, 'roles/support'));
		await settle();
		writeFileSync(path.join(dir, 'roles/support/lead.yaml'), 'title: Lead\n');
		expect(await saw(path.join('roles', 'support', 'lead.yaml'))).toBe(true);
		expect(errors).toEqual([]);
	});
});

describe('holdsProject', () => {
	it('is true only when the project is the content folder or inside it', () => {
		expect(holdsProject('/site', '/site')).toBe(true);
		expect(holdsProject('/site', '/site/handbook')).toBe(true);
		expect(holdsProject('/site/content', '/site')).toBe(false);
		expect(holdsProject('/elsewhere/content', '/site')).toBe(false);
	});
});
