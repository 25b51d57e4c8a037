import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, test } from 'vitest';
import { generateOrganization } from '../../bench/generate-organization.ts';
import { departmentSchema, personSchema, roleSchema, siteSchema, workflowSchema } from '../../schemas/index.ts';
import { loadOrganization } from '../../src/model/index.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

function freshDir(): string {
	return mkdtempSync(path.join(tmpdir(), 'rolebook-generated-'));
}

function yamlFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.yaml'))
		.sort();
}

/** Every key path a zod schema defines, arrays written `[]`: `duties[].weight`, `qualifications.majors`. */
function schemaPaths(schema: unknown, prefix = '', seen = new Set<unknown>(), out = new Set<string>()): Set<string> {
	const def = (schema as { _zod?: { def?: Record<string, unknown> } } | undefined)?._zod?.def;
	if (!def || seen.has(schema)) return out;
	seen.add(schema);
	switch (def['type']) {
		case 'object':
			for (const [key, value] of Object.entries(def['shape'] as Record<string, unknown>)) {
				const keyPath = prefix ? `${prefix}.${key}` : key;
				out.add(keyPath);
				schemaPaths(value, keyPath, seen, out);
			}
			break;
		case 'array':
			schemaPaths(def['element'], `${prefix}[]`, seen, out);
			break;
		case 'union':
			for (const option of def['options'] as unknown[]) schemaPaths(option, prefix, seen, out);
			break;
		case 'optional':
		case 'default':
			schemaPaths(def['innerType'], prefix, seen, out);
			break;
		case 'pipe':
			schemaPaths(def['in'], prefix, seen, out);
			break;
	}
	return out;
}

/** The key paths that occur in written data, in the same notation. */
function dataPaths(value: unknown, prefix = '', out = new Set<string>()): Set<string> {
	if (Array.isArray(value)) for (const item of value) dataPaths(item, `${prefix}[]`, out);
	else if (value && typeof value === 'object') {
		for (const [key, item] of Object.entries(value)) {
			const keyPath = prefix ? `${prefix}.${key}` : key;
			out.add(keyPath);
			dataPaths(item, keyPath, out);
		}
	}
	return out;
}

describe('the organisation generator', () => {
	let dir = '';
	const read = (file: string) => parse(readFileSync(path.join(dir, file), 'utf8')) as Record<string, unknown>;

	beforeAll(() => {
		dir = freshDir();
		generateOrganization(dir, { roles: 300, seed: 1, locale: 'zh-CN' });
	});

	test('writes a folder that `npm run validate` passes with no errors', () => {
		const run = spawnSync(process.execPath, ['src/cli/validate.ts', '--content', dir], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
		expect(run.stdout).toMatch(/^0 errors, 0 warnings in \d+ files$/m);
		expect(run.status, run.stdout).toBe(0);
	}, 60_000);

	test('has exactly the published roles asked for, in a tree of fan-out 3 to 8 and at most 8 levels', () => {
		const { organization, errorCount } = loadOrganization(dir);
		expect(errorCount).toBe(0);
		expect(organization.roles).toHaveLength(300);
		expect(organization.topRoles).toHaveLength(1);
		const depth = Math.max(...organization.roles.map((role) => role.reportingChain.length + 1));
		expect(depth).toBeGreaterThanOrEqual(4);
		expect(depth).toBeLessThanOrEqual(8);
		const fanOuts = organization.roles.filter((role) => role.subordinates.length > 0).map((role) => role.subordinates.length);
		// Most managers have 3 to 8 reports; a few run a wide team, and small subtrees have fewer.
		expect(fanOuts.filter((n) => n >= 3 && n <= 8).length / fanOuts.length).toBeGreaterThan(0.6);
		expect(organization.departments.length).toBeGreaterThan(5);
		expect(organization.departments.some((department) => department.parent?.parent)).toBe(true);
		expect(organization.people.length).toBeGreaterThan(0);
		expect(organization.workflows.length).toBeGreaterThanOrEqual(3);
		expect(organization.roles.some((role) => role.dottedLineSuperiors.length > 0)).toBe(true);
		expect(organization.roles.some((role) => (role.vacancies ?? 0) > 0)).toBe(true);
	});

	test('writes Chinese and English text', () => {
		const { organization } = loadOrganization(dir);
		const text = organization.roles.map((role) => role.title).join('') + organization.people.map((person) => person.name).join('');
		expect(text).toMatch(/\p{Script=Han}/u);
		expect(text).toMatch(/[A-Za-z]{3}/);
		const english = freshDir();
		generateOrganization(english, { roles: 50, seed: 3, locale: 'en' });
		const { organization: inEnglish, errorCount } = loadOrganization(english);
		expect(errorCount).toBe(0);
		expect(inEnglish.site.locale).toBe('en');
		expect(inEnglish.topRoles[0]!.title).toBe('Chief Executive Officer');
	});

	test('uses every field the content format defines somewhere', () => {
		const files = yamlFiles(dir);
		const used = (folder: string) => {
			const out = new Set<string>();
			for (const file of files.filter((f) => f.startsWith(`${folder}/`) || f === folder)) dataPaths(read(file), '', out);
			return out;
		};
		const expectAll = (schema: unknown, paths: Set<string>) => {
			const missing = [...schemaPaths(schema)].filter((keyPath) => !keyPath.startsWith('labels.') && !paths.has(keyPath));
			expect(missing).toEqual([]);
		};
		expectAll(siteSchema, used('site.yaml'));
		expectAll(departmentSchema, used('departments'));
		expectAll(roleSchema, used('roles'));
		expectAll(workflowSchema, used('workflows'));
		expectAll(personSchema, used('people'));

		// And the plain-text forms beside the object forms.
		const roles = files.filter((file) => file.startsWith('roles/')).map(read);
		const some = (predicate: (role: Record<string, unknown>) => boolean) => roles.some(predicate);
		expect(some((role) => (role['duties'] as unknown[] | undefined)?.some((duty) => typeof duty === 'string') ?? false)).toBe(true);
		expect(some((role) => (role['authorities'] as unknown[] | undefined)?.some((item) => typeof item === 'string') ?? false)).toBe(true);
		expect(some((role) => (role['kpis'] as unknown[] | undefined)?.some((item) => typeof item === 'string') ?? false)).toBe(true);
		expect(some((role) => JSON.stringify(role['duties'] ?? []).includes('"group"') && JSON.stringify(role['duties']).split('"group"').length > 2)).toBe(true);
		expect(some((role) => role['status'] === 'draft') && some((role) => role['status'] === 'retired')).toBe(true);
		const categories = new Set(roles.flatMap((role) => JSON.stringify(role['authorities'] ?? []).match(/"category":"\w+"/g) ?? []));
		expect(categories.size).toBe(4);
		const steps = files.filter((file) => file.startsWith('workflows/')).flatMap((file) => read(file)['steps'] as unknown[]);
		expect(steps.some((step) => typeof step === 'string')).toBe(true);
	});

	test('writes the same files for the same seed, and others for another', () => {
		const digest = (folder: string) => {
			const hash = createHash('sha256');
			for (const file of readdirSync(folder, { recursive: true, encoding: 'utf8' }).sort()) {
				if (!file.includes('.')) continue;
				hash.update(file).update(readFileSync(path.join(folder, file)));
			}
			return hash.digest('hex');
		};
		const again = freshDir();
		generateOrganization(again, { roles: 300, seed: 1, locale: 'zh-CN' });
		expect(digest(again)).toBe(digest(dir));
		const other = freshDir();
		generateOrganization(other, { roles: 300, seed: 2, locale: 'zh-CN' });
		expect(digest(other)).not.toBe(digest(dir));
	});

	test('refuses a folder that is not empty', () => {
		expect(() => generateOrganization(dir, { roles: 10 })).toThrow(/not empty/);
	});
});
