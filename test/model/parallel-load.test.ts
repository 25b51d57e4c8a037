import { appendFileSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { generateOrganization } from '../../bench/generate-organization.ts';
import { loadOrganization, loadOrganizationInParallel, ReloadCache, type LoadResult } from '../../src/model/index.ts';

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
