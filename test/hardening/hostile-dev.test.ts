import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { freePort } from '../../bench/dev-server.ts';
import { fixtureWith } from '../support/fixtures.ts';
import { HOSTILE_CASES } from './hostile-corpus.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const content = fixtureWith();
let server: ChildProcess;
let url = '';
let output = '';

/**
 * The server must answer within 2 s whatever the content folder holds: a request it
 * serves without rendering a page (a pipe read on the main thread would block it for
 * good). Pages may take longer: each content change recompiles them.
 */
async function alive(step: string): Promise<void> {
	// Other test files build sites on the same few cores meanwhile: a server starved of CPU
	// for a moment gets a second and third chance, each of 2 s; a blocked one (a pipe read
	// on its main thread) answers none of them.
	const failures: string[] = [];
	for (let attempt = 0; attempt < 3; attempt++) {
		const started = Date.now();
		try {
			// Vite's own liveness request, the one its browser client makes.
			const response = await fetch(url, { headers: { accept: 'text/x-vite-ping' }, signal: AbortSignal.timeout(2000) });
			if (response.status === 204 && Date.now() - started < 2000) return;
			failures.push(`status ${response.status} after ${Date.now() - started} ms`);
		} catch (error) {
			failures.push((error as Error).message);
		}
	}
	throw new Error(`the dev server did not answer within 2 s after ${step}: ${failures.join('; ')}`);
}

/** The home page. */
async function answer(limit: number): Promise<string> {
	try {
		const response = await fetch(url, { signal: AbortSignal.timeout(limit) });
		return await response.text();
	} catch (error) {
		throw new Error(`the home page did not come within ${limit / 1000} s: ${(error as Error).message}`);
	}
}

/** Asks until the page satisfies `ok`. */
async function until(ok: (html: string) => boolean, what: string, limit = 15_000): Promise<string> {
	const deadline = Date.now() + 20_000;
	let html = '';
	while (Date.now() < deadline) {
		html = await answer(limit);
		if (ok(html)) return html;
		await new Promise((resolve) => setTimeout(resolve, 150));
	}
	throw new Error(`the page never showed ${what}; server output:\n${output.slice(-3000)}\npage:\n${html.slice(0, 1500)}`);
}

beforeAll(async () => {
	server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(await freePort()), '--host', '127.0.0.1'], {
		cwd: ROOT,
		env: { ...Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST'))), CONTENT_DIR: content, NO_COLOR: '1' },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	url = await new Promise<string>((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`astro dev did not start:\n${output}`)), 90_000);
		const read = (chunk: Buffer) => {
			output += chunk.toString();
			const found = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
			if (found) {
				clearTimeout(timer);
				resolve(found[1]!);
			}
		};
		server.stdout!.on('data', read);
		server.stderr!.on('data', read);
	});
	// The first answer compiles every module; it may take long.
	await until((html) => html.includes('Acme Support Ltd'), 'the organisation', 90_000);
}, 120_000);

afterAll(() => {
	server?.kill();
});

test('npm run dev answers within 2 s through the whole hostile corpus, shows each located error, and recovers', async () => {
	const located = (at: string) => {
		const [file, line, column] = at.split(':');
		return `${path.join(content, file!)}:${line}:${column}: error`;
	};
	for (const hostile of HOSTILE_CASES) {
		hostile.arrange(content);
		await alive(`${hostile.name} appeared`);
		const errors = hostile.expected.filter((e) => e.severity !== 'warning');
		// As root, file permissions do not apply: the server must still answer.
		if (errors.length > 0 && !(hostile.needsUnprivileged && process.getuid?.() === 0)) {
			const html = await until((page) => errors.every((e) => page.includes(located(e.at))), `${hostile.name}: ${errors.map((e) => e.at).join(', ')}`);
			expect(html, hostile.name).toContain('The content has errors');
		}
		await alive(`${hostile.name} was shown`);
		hostile.restore(content);
		await alive(`${hostile.name} was removed`);
	}
	await until((html) => !html.includes('The content has errors') && html.includes('Acme Support Ltd'), 'the recovered site');
	const trouble = output.split("\n").filter((line) => /ELOOP|Stack trace|Unhandled|at .*\(node:/i.test(line));
	expect(trouble).toEqual([]);
}, 600_000);
