import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { generateOrganization } from '../../bench/generate-organization.ts';
import { loadOrganization, loadOrganizationInParallel, ParsedFileStore, ReloadCache, type LoadResult } from '../../src/model/index.ts';
import { parsedFileStorePath } from '../../src/model/parsed-file-store.ts';
import { fixtureWith } from '../support/fixtures.ts';

/** What a reader of a load result sees: every message, and every role with its title and superior. */
function seen({ diagnostics, errorCount, fileCount, organization }: LoadResult) {
	return {
		diagnostics,
		errorCount,
		fileCount,
		roles: organization.roles.map((role) => [role.id, role.title, role.superior?.id, role.data.duties]),
		departments: organization.departments.map((department) => [department.id, department.name]),
		signOffs: organization.signOffs.map((signOff) => [signOff.person.id, signOff.role.id, signOff.status]),
	};
}

describe('loading on every core', () => {
	let dir: string;
	let roleFiles: string[];
	beforeAll(() => {
		dir = path.join(mkdtempSync(path.join(tmpdir(), 'rolebook-parallel-')), 'content');
		// Enough files for parsing threads to take part.
		generateOrganization(dir, { roles: 450, seed: 4 });
		roleFiles = readdirSync(path.join(dir, 'roles'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.yaml'));
		// Problems of every kind, in files every thread may be handed.
		appendFileSync(path.join(dir, 'roles', roleFiles[3]!), 'duties: [unclosed\n');
		appendFileSync(path.join(dir, 'roles', roleFiles[200]!), 'favourite_colour: blue\n');
		appendFileSync(path.join(dir, 'roles', roleFiles[400]!), 'notes: "see [[no-such-role]]"\n');
		writeFileSync(path.join(dir, 'people', 'zz-not-utf8.yaml'), Buffer.from([0x6e, 0x61, 0x6d, 0x65, 0x3a, 0x20, 0xd5, 0xc5]));
	});

	test('gives the same organisation and the same messages, at the same lines, as loading on one', async () => {
		const one = loadOrganization(dir);
		const every = await loadOrganizationInParallel(dir);
		expect(one.fileCount).toBeGreaterThan(1000);
		expect(one.diagnostics.map((d) => d.rule)).toEqual(expect.arrayContaining(['yaml-syntax', 'unknown-key', 'broken-link', 'encoding']));
		expect(seen(every)).toEqual(seen(one));
	});

	test('a reload with a cache sees an edit, parses only what changed, and reports an unchanged problem again', () => {
		const cache = new ReloadCache();
		const first = loadOrganization(dir, { parseCache: cache });
		const file = path.join(dir, 'roles', roleFiles[10]!);
		const untouched = first.organization.roles.find((role) => role.data.duties === first.organization.roles.at(-1)!.data.duties)!;
		appendFileSync(file, 'notes: 一处新的说明\n');
		cache.nextGeneration();
		const second = loadOrganization(dir, { parseCache: cache });
		const edited = second.organization.roles.find((role) => role.sourcePath === `roles/${roleFiles[10]!}`)!;
		expect(edited.data.notes).toBe('一处新的说明');
		// An unchanged file's data is the very object parsed the first time.
		expect(second.organization.role(untouched.id)!.data.duties).toBe(untouched.data.duties);
		expect(second.diagnostics).toEqual(first.diagnostics);
		expect(seen(second)).toEqual(seen(loadOrganization(dir)));
	});
});

describe('the parsed-file store', () => {
	test('a second run takes unchanged files from the store, parses an edited one, and ignores a store made by other code', async () => {
		const dir = fixtureWith();
		const cacheDir = mkdtempSync(path.join(tmpdir(), 'rolebook-store-'));
		const first = await loadOrganizationInParallel(dir, { store: ParsedFileStore.open(dir, cacheDir) });
		const [storeFile] = readdirSync(cacheDir);
		expect(storeFile).toMatch(/^parsed-.*\.tsv$/);
		// What the store says is what the next run believes: a stored title shows.
		const stored = readFileSync(path.join(cacheDir, storeFile!), 'utf8');
		expect(stored).toContain('"title":"Support Agent"');
		writeFileSync(path.join(cacheDir, storeFile!), stored.replace('"title":"Support Agent"', '"title":"Stored Agent"'));
		const second = await loadOrganizationInParallel(dir, { store: ParsedFileStore.open(dir, cacheDir) });
		expect(second.organization.role('support-agent')!.title).toBe('Stored Agent');
		// An edit changes the file's hash: it is parsed again.
		appendFileSync(path.join(dir, 'roles', 'support-agent.yaml'), 'notes: 新说明\n');
		const third = await loadOrganizationInParallel(dir, { store: ParsedFileStore.open(dir, cacheDir) });
		expect(third.organization.role('support-agent')!.title).toBe('Support Agent');
		expect(third.organization.role('support-agent')!.data.notes).toBe('新说明');
		expect(seen(third)).toEqual(seen(loadOrganization(dir)));
		// A store from another version of the code is not trusted.
		writeFileSync(path.join(cacheDir, storeFile!), readFileSync(path.join(cacheDir, storeFile!), 'utf8').replace(/^rolebook-parsed-files\t\d+\t\w+/, 'rolebook-parsed-files\t1\tother').replace('"title":"Account Manager"', '"title":"Stale"'));
		const fourth = await loadOrganizationInParallel(dir, { store: ParsedFileStore.open(dir, cacheDir) });
		expect(fourth.organization.role('account-manager')!.title).toBe('Account Manager');
		expect(seen(first).diagnostics).toEqual(seen(fourth).diagnostics);
	});

	test('writing a store removes the stores of folders that are gone and those of other code, and keeps the others', async () => {
		const cacheDir = mkdtempSync(path.join(tmpdir(), 'rolebook-store-'));
		const [kept, gone, edited] = [fixtureWith(), fixtureWith(), fixtureWith()];
		for (const dir of [kept, gone, edited]) await loadOrganizationInParallel(dir, { store: ParsedFileStore.open(dir, cacheDir) });
		expect(readdirSync(cacheDir)).toHaveLength(3);
		const storeOf = (dir: string) => path.basename(parsedFileStorePath(dir, cacheDir));
		// A store some other version of the code made, and one that is not a store at all.
		const other = 'parsed-0123456789abcdef.tsv';
		writeFileSync(path.join(cacheDir, other), 'rolebook-parsed-files\t1\tother\t1.0.0\nabc\t{}\n');
		writeFileSync(path.join(cacheDir, 'notes.txt'), 'not a store\n');
		rmSync(gone, { recursive: true });
		// Nothing changed: nothing is written, so nothing is removed.
		await loadOrganizationInParallel(kept, { store: ParsedFileStore.open(kept, cacheDir) });
		expect(readdirSync(cacheDir)).toHaveLength(5);
		appendFileSync(path.join(edited, 'roles', 'support-agent.yaml'), 'notes: 新说明\n');
		await loadOrganizationInParallel(edited, { store: ParsedFileStore.open(edited, cacheDir) });
		expect(readdirSync(cacheDir).sort()).toEqual(['notes.txt', storeOf(edited), storeOf(kept)].sort());
		// The kept store still serves its folder.
		expect(readFileSync(path.join(cacheDir, storeOf(kept)), 'utf8')).toContain('"title":"Support Agent"');
	});
});
