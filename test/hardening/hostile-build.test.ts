import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { fixtureWith } from '../support/fixtures.ts';
import { HOSTILE_CASES, OUTSIDE, SECRET } from './hostile-corpus.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

function build(contentDir: string, outDir: string): Promise<{ status: number | null; output: string }> {
	return new Promise((resolve) => {
		const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: contentDir, NO_COLOR: '1' } });
		let output = '';
		child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.on('exit', (status) => resolve({ status, output }));
	});
}

/** Every file under `dir` as text, for a scan for the secret. */
function texts(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => readFileSync(path.join(entry.parentPath, entry.name), 'utf8'));
}

/** One case of each kind: a build that meets it stops before writing, says where and why, and publishes nothing. */
const BUILT = ['base closing the script element', 'public file linked to a file outside', 'public folder linked to a folder outside', 'roles folder linked outside', 'symlink loop to its own folder', 'a FIFO in public', 'alias amplification under the alias count', 'NUL in a title', 'logo on another host without a scheme', 'site.yaml and site.yml'];

describe('a build meeting hostile content', () => {
	test.each(BUILT)('%s: located messages, exit 1 without a stack trace, leftovers cleared, the previous site untouched, nothing from outside', async (name) => {
		const hostile = HOSTILE_CASES.find((c) => c.name === name)!;
		const content = fixtureWith();
		hostile.arrange(content);
		const parent = mkdtempSync(path.join(tmpdir(), 'rolebook-hostile-out-'));
		const outDir = path.join(parent, 'dist');
		mkdirSync(outDir);
		writeFileSync(path.join(outDir, 'index.html'), 'the previous site');
		// What a killed build leaves behind; a build that stops on content errors still clears it.
		mkdirSync(`${outDir}.building`);
		mkdirSync(`${outDir}.search`);
		writeFileSync(`${outDir}.lock`, '999999999');

		const { status, output } = await build(content, outDir);
		expect(status, output).toBe(1);
		for (const expected of hostile.expected) {
			const [file, line, column] = expected.at.split(':');
			expect(output).toContain(`${path.join(content, file!)}:${line}:${column}: error: `);
		}
		expect(output).toContain('nothing was built');
		expect(output).not.toMatch(/Stack trace|unhandled|^\s+at /im);
		expect(readdirSync(parent)).toEqual(['dist']);
		expect(readdirSync(outDir)).toEqual(['index.html']);
		expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe('the previous site');
		for (const text of texts(parent)) expect(text).not.toContain(SECRET);
		expect(readdirSync(OUTSIDE).sort()).toEqual(['roles', 'secret.txt', 'site.yaml']);
	}, 180_000);
});
