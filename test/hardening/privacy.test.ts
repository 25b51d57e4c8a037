import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, test } from 'vitest';
import { FIXTURES } from '../support/fixtures.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Every file of the build as text, compressed files (the search index) unpacked first. */
function everyFile(dist: string): { file: string; text: string }[] {
	return readdirSync(dist, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => {
			const file = path.join(entry.parentPath, entry.name);
			const bytes = readFileSync(file);
			const unpacked = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
			return { file: path.relative(dist, file), text: unpacked.toString('utf8') };
		});
}

describe('privacy switches hold in every file of the build', () => {
	let files: { file: string; text: string }[] = [];

	beforeAll(() => {
		const content = mkdtempSync(path.join(tmpdir(), 'rolebook-private-'));
		cpSync(path.join(FIXTURES, 'every-field'), content, { recursive: true });
		const site = readFileSync(path.join(content, 'site.yaml'), 'utf8').replace('people: true', 'people: false').replace('compensation: true', 'compensation: false');
		writeFileSync(path.join(content, 'site.yaml'), site);
		// A published role that links and names a retired and a draft role, in prose and in references.
		const controller = path.join(content, 'roles', 'ledger', 'ledger-controller.yaml');
		const role = readFileSync(controller, 'utf8')
			.replace(/^summary: "Summary text: /m, 'summary: "Summary text: succeeds [[abacus-keeper|旧岗]] and works with [[forecast-sprite]]; ')
			.replace('promotes_to: [chief-steward,', 'promotes_to: [chief-steward, forecast-sprite,')
			.replace('    - cash-keeper\n', '    - cash-keeper\n    - abacus-keeper\n    - { with: forecast-sprite, nature: "Internal nature draft: forecasts" }\n');
		writeFileSync(controller, role);
		const dist = mkdtempSync(path.join(tmpdir(), 'rolebook-private-dist-'));
		const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dist], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: content } });
		if (run.status !== 0) throw new Error(run.stdout + run.stderr);
		files = everyFile(dist);
	}, 180_000);

	const absent = (what: string, text: string) => {
		const found = files.filter((f) => f.text.includes(text)).map((f) => f.file);
		expect(found, `${what} "${text}" appears in`).toEqual([]);
	};

	test('the build has pages and a search index to check', () => {
		expect(files.some((f) => f.file.endsWith('.html'))).toBe(true);
	});

	test('no person’s name, with publish.people false', () => {
		for (const name of ['Pat Inkwell', 'Robin Tallyman', 'Sam Coinsworth']) absent('a person', name);
	});

	test('no revision author, reviewer or approver, with publish.people false', () => {
		const names = revisionNames();
		expect(names).toHaveLength(6);
		for (const name of names) absent('a revision name', name);
	});

	test('no compensation, with publish.compensation false', () => {
		absent('compensation', 'Compensation text: band M7 salary plus annual bonus');
	});

	test('no draft or retired role', () => {
		absent('a draft role', 'Draftonly Forecast Sprite');
		absent('a retired role', 'Retiredonly Abacus Keeper');
	});

	test('no id of a draft or retired role, though a published role links and names them', () => {
		absent('a retired role id', 'abacus-keeper');
		absent('a draft role id', 'forecast-sprite');
		const page = files.find((f) => f.file === path.join('roles', 'ledger-controller', 'index.html'))!.text;
		// The link shows its label, or a neutral word; the meta description and structured data say the same.
		expect(page).toContain('Summary text: succeeds 旧岗 and works with another role;');
		expect(page).toMatch(/<meta name="description" content="Summary text: succeeds 旧岗 and works with another role; owns the general ledger, with Bold summary marker and CODE-SUMMARY-7/);
		expect(page).toContain('"description":"Summary text: succeeds 旧岗 and works with another role;');
		const json = JSON.parse(files.find((f) => f.file === 'org.json')!.text) as { roles: { id: string; summary: string[] }[] };
		expect(json.roles.find((r) => r.id === 'ledger-controller')!.summary[0]).toMatch(/^Summary text: succeeds 旧岗 and works with another role;/);
	});
});

function revisionNames(): string[] {
	const text = readFileSync(path.join(FIXTURES, 'every-field', 'roles', 'ledger', 'ledger-controller.yaml'), 'utf8');
	return [...text.matchAll(/\b(?:author|reviewer|approver):\s*"?([^"\n,}]+)/g)].map((m) => m[1]!.trim());
}
