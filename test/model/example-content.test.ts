import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadOrganization } from '../../src/model/index.ts';

const CONTENT = path.resolve(import.meta.dirname, '../../content');

describe('the example organisation in content/', () => {
	const result = loadOrganization(CONTENT);

	test('validates with no errors and no warnings', () => {
		expect(result.diagnostics).toEqual([]);
	});

	test('is as large as the handbook promises', () => {
		const { organization } = result;
		expect(organization.site.locale).toBe('zh-CN');
		expect(organization.roles.length).toBeGreaterThanOrEqual(20);
		expect(organization.departments.length).toBeGreaterThanOrEqual(4);
		expect(organization.workflows.length).toBeGreaterThanOrEqual(3);
		expect(organization.people.length).toBeGreaterThan(0);
		expect(organization.departments.some((d) => d.data.appraisal)).toBe(true);
	});

	test('every YAML file names its JSON Schema for editors', () => {
		const files = readdirSync(CONTENT, { recursive: true, encoding: 'utf8' }).filter((f) => /\.ya?ml$/.test(f));
		for (const file of files) {
			const firstLine = readFileSync(path.join(CONTENT, file), 'utf8').split('\n')[0];
			const kind = file === 'site.yaml' ? 'site' : { departments: 'department', roles: 'role', workflows: 'workflow', people: 'person' }[file.split(path.sep)[0]!];
			const schema = path.relative(path.dirname(path.join(CONTENT, file)), path.resolve(CONTENT, `../schemas/${kind}.schema.json`));
			expect(firstLine, file).toBe(`# yaml-language-server: $schema=${schema}`);
		}
	});
});
