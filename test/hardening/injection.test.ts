import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { FIXTURES } from '../support/fixtures.ts';
import { findLiveScript } from '../support/live-script.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const PAYLOAD = '<script>alert(1)</script><img src=x onerror=alert(2)>';

describe('script injection in every kind of text field', () => {
	let dist = '';
	const files = () => readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => /\.(html|svg|xml|json|css)$/.test(file));

	beforeAll(() => {
		dist = mkdtempSync(path.join(tmpdir(), 'rolebook-injection-'));
		const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dist], {
			cwd: ROOT,
			encoding: 'utf8',
			env: { ...process.env, CONTENT_DIR: path.join(FIXTURES, 'injection') },
		});
		if (run.status !== 0) throw new Error(run.stdout + run.stderr);
	}, 180_000);

	test('the scan finds live script when there is some', () => {
		expect(findLiveScript('<p>ok</p><img src=x onerror="alert(1)">', '/_astro/')).toHaveLength(1);
		expect(findLiveScript('<script>alert(1)</script><script src="/_astro/a.js"></script>', '/_astro/')).toHaveLength(1);
		expect(findLiveScript('<a href="java&#x73;cript:alert(1)">x</a><iframe src="/x"></iframe>', '/_astro/')).toHaveLength(2);
		expect(findLiveScript('<meta content="<img onerror=alert(1)>"><p>&lt;script&gt;</p>', '/_astro/')).toEqual([]);
	});

	test('no file in the built site holds live script', () => {
		const scanned = files().filter((file) => /\.(html|svg)$/.test(file));
		expect(scanned.length).toBeGreaterThan(5);
		const problems = scanned.flatMap((file) => findLiveScript(readFileSync(path.join(dist, file), 'utf8'), '/_astro/').map((p) => `${file}: ${p}`));
		expect(problems).toEqual([]);
	});

	test('the payloads are shown as text where they were written', () => {
		const role = readFileSync(path.join(dist, 'roles/boss/index.html'), 'utf8');
		for (const field of ['Boss', 'Duty', 'Weighted', 'Group', 'Auth', 'Edu', 'Nature', 'KpiName', 'Career', 'Pay', 'Notes', 'Author']) {
			expect(role, field).toMatch(new RegExp(`${field} (&#x3C;|&lt;)script(>|&gt;)alert\\(1\\)(&#x3C;|&lt;)/script`));
		}
	});

	test('org.json keeps the text but no markup a consumer could paste into a page', () => {
		const json = readFileSync(path.join(dist, 'org.json'), 'utf8');
		expect(json).not.toMatch(/[<>]/);
		expect(JSON.parse(json).roles[0].title).toBe(`Boss ${PAYLOAD}<a href="javascript:alert(3)">a</a>[b](javascript:alert(4)) [c](data:text/html;base64,PHNjcmlwdD4=) <svg onload=alert(5)> " onmouseover="alert(6)' x='`);
	});
});
