/**
 * `npm run import` as an HR author runs it: the seeds imported into a content folder,
 * counts printed per file, draft files that read like hand-written ones, TODOs the
 * validator flags, and — once the TODOs are resolved — 0 errors.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { isMap, isScalar, parse, parseDocument } from 'yaml';
import { roleSchema } from '../../schemas/index.ts';
import { validate } from '../support/fixtures.ts';
import { SEEDS } from './support.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const seed = (name: string) => path.relative(ROOT, path.join(SEEDS, name));

function run(args: string[]) {
	const result = spawnSync(process.execPath, ['src/cli/import.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
	return { status: result.status, stdout: result.stdout, stderr: result.stderr, lines: result.stdout.trimEnd().split('\n') };
}

/** A content folder with the organisation's departments and one role above them all. */
function contentFolder(): string {
	const dir = mkdtempSync(path.join(tmpdir(), 'rolebook-import-'));
	mkdirSync(path.join(dir, 'departments'));
	mkdirSync(path.join(dir, 'roles'));
	writeFileSync(path.join(dir, 'site.yaml'), 'organization: 金山宏业\nlocale: zh-CN\n');
	const departments: [string, string][] = [
		['gm-office', '总经理办公室'],
		['key-accounts', '大客户部'],
		['customer-service', '客户服务部'],
		['sales', '销售部'],
	];
	for (const [id, name] of departments) writeFileSync(path.join(dir, 'departments', `${id}.yaml`), `name: ${name}\n`);
	writeFileSync(path.join(dir, 'roles', 'deputy-gm.yaml'), 'title: 副总经理\ndepartment: gm-office\nrevisions:\n  - { version: V1, date: 2024-01-01, changes: 首次填写 }\n');
	return dir;
}

const FORMAT_ORDER = Object.keys(roleSchema.shape);

describe('npm run import', { timeout: 60_000 }, () => {
	let content: string;
	let first: ReturnType<typeof run>;
	let out: string;
	beforeAll(() => {
		content = contentFolder();
		out = path.join(content, 'roles', 'imported');
		first = run([seed('key-accounts-department.txt'), seed('customer-service-and-confirmation.txt'), seed('account-manager-descriptions.txt'), '--content', content]);
	});

	test('prints, per file, the job descriptions, duties, authorities, qualification lines and unplaced lines', () => {
		expect(first.stderr).toBe('');
		expect(first.status).toBe(0);
		expect(first.lines).toContain(`${seed('key-accounts-department.txt')}: 3 job descriptions, 40 duties, 17 authorities, 0 qualification lines, 158 unplaced lines`);
		expect(first.lines).toContain(`${seed('customer-service-and-confirmation.txt')}: 16 job descriptions, 76 duties, 0 authorities, 0 qualification lines, 127 unplaced lines`);
		expect(first.lines).toContain(
			`${seed('account-manager-descriptions.txt')}: 18 job descriptions, 131 duties, 16 authorities, 66 qualification lines, 25 unplaced lines (and 29 letters of vertical table headings)`,
		);
		expect(first.lines).toContain(`  大客户部部长 → ${path.join(out, 'key-accounts-director.yaml')}: 21 duties, 13 authorities, 0 qualification lines, 27 unplaced lines`);
		expect(first.lines.at(-1)).toMatch(/^Wrote 37 draft roles to .*roles\/imported; \d+ TODOs to resolve/);
	});

	test('writes one draft per description, ids unique, with a modeline, its source and status: draft', () => {
		const files = readdirSync(out);
		expect(files).toHaveLength(37);
		expect(files).toEqual(expect.arrayContaining(['key-accounts-director.yaml', 'key-accounts-office-assistant.yaml', 'key-account-manager.yaml', 'key-account-manager-11.yaml']));
		const text = readFileSync(path.join(out, 'key-accounts-director.yaml'), 'utf8');
		const [modeline, source] = text.split('\n');
		const schema = /^# yaml-language-server: \$schema=(\S+)$/.exec(modeline!)![1]!;
		expect(path.resolve(out, schema)).toBe(path.join(ROOT, 'schemas/role.schema.json'));
		expect(source).toBe(`# Imported from ${seed('key-accounts-department.txt')}, lines 28–66: A、大客户部部长.`);
		expect(parse(text)).toMatchObject({ id: 'key-accounts-director', title: '大客户部部长', department: 'key-accounts', status: 'draft', reports_to: 'deputy-gm' });
	});

	test('superiors are resolved by title, in the content folder and in the same import', () => {
		const assistant = parse(readFileSync(path.join(out, 'key-accounts-office-assistant.yaml'), 'utf8'));
		expect(assistant.reports_to).toBe('key-accounts-director');
		const field = readFileSync(path.join(out, 'field-staff-key-account-manager.yaml'), 'utf8');
		expect(field).toContain('reports_to: key-accounts-director # 直接上级: 大客户部部长\n');
		expect(field).toContain('department: key-accounts # from the document: 大客户部\n');
	});

	test('reads like a person wrote it: FORMAT.md key order, block style, no needless quotes', () => {
		for (const name of readdirSync(out)) {
			const text = readFileSync(path.join(out, name), 'utf8');
			const doc = parseDocument(text);
			expect(doc.errors).toEqual([]);
			const keys = (doc.contents as { items: { key: { value: string } }[] }).items.map((pair) => pair.key.value);
			expect(keys).toEqual([...keys].sort((a, b) => FORMAT_ORDER.indexOf(a) - FORMAT_ORDER.indexOf(b)));
			for (const line of text.split('\n').filter((l) => !l.startsWith('#'))) {
				expect(line).not.toMatch(/^\s*(?:- +)?(?:[a-z_]+: +)?[[{]/);
				const value = /^\s*(?:- |[a-z_]+: )(".*"|'.*')$/.exec(line)?.[1];
				// Quotes only where plain YAML would misread the text.
				if (value) expect(JSON.parse(value.startsWith("'") ? `"${value.slice(1, -1)}"` : value)).toMatch(/:$|^[[{"'@`*&!|>%#-]|: /);
			}
		}
	});

	test('a superior or department the source names but nothing matches is a TODO beside a placeholder', () => {
		const table = readFileSync(path.join(out, 'key-account-manager-11.yaml'), 'utf8');
		expect(table).toContain('department: sales # 所属部门: 销售部\n');
		expect(table).toMatch(/^reports_to: todo-company-sales-general-manager # TODO: 直接上级 “公司销售总经理”: no role has this title/m);
		const titled = readFileSync(path.join(out, 'customer-service-supervisor.yaml'), 'utf8');
		expect(titled).toMatch(/^department: todo-department # TODO: the source names no 所属部门/m);
		const { diagnostics } = validate(content);
		const flagged = diagnostics.filter((d) => d.severity === 'error').map((d) => d.message);
		expect(flagged.length).toBeGreaterThan(0);
		expect(flagged.every((message) => /"todo-/.test(message))).toBe(true);
	});

	test('every line it could not place is in a commented block at the end', () => {
		const text = readFileSync(path.join(out, 'key-accounts-director.yaml'), 'utf8');
		const block = text.slice(text.indexOf('# Not placed:'));
		expect(block).toMatch(/^# Not placed: 27 lines of \S+ the import found no field for\./);
		expect(block).toContain('#   10: 部门名称:大客户部\n');
		expect(block.split('\n').filter((line) => line && !line.startsWith('#'))).toEqual([]);
	});

	test('once the TODOs are resolved, the folder validates with 0 errors', () => {
		for (const name of readdirSync(out)) {
			const file = path.join(out, name);
			const doc = parseDocument(readFileSync(file, 'utf8'));
			for (const key of ['department', 'reports_to']) {
				const node = doc.get(key, true);
				if (!isScalar(node) || !String(node.value).startsWith('todo-')) continue;
				node.value = key === 'department' ? 'sales' : 'deputy-gm';
				node.comment = null;
			}
			expect(isMap(doc.contents)).toBe(true);
			writeFileSync(file, doc.toString({ lineWidth: 0 }));
		}
		expect(validate(content).diagnostics).toEqual([]);
		const validated = spawnSync(process.execPath, ['src/cli/validate.ts', '--content', content], { cwd: ROOT, encoding: 'utf8' });
		expect(validated.stdout.trimEnd().split('\n').at(-1)).toMatch(/^0 errors, 0 warnings in \d+ files$/);
		expect(validated.status).toBe(0);
	});

	test('never overwrites a file without --force', () => {
		const file = path.join(out, 'key-accounts-director.yaml');
		writeFileSync(file, '# edited by hand\n');
		const again = run([seed('key-accounts-department.txt'), '--content', content]);
		expect(again.status).toBe(1);
		expect(again.lines).toContain(`  大客户部部长 → ${file}: 21 duties, 13 authorities, 0 qualification lines, 27 unplaced lines — exists, not overwritten (use --force)`);
		expect(readFileSync(file, 'utf8')).toBe('# edited by hand\n');
		const forced = run([seed('key-accounts-department.txt'), '--content', content, '--force']);
		expect(forced.status).toBe(0);
		expect(readFileSync(file, 'utf8')).toMatch(/^# yaml-language-server/);
	});

	test('--department puts every role in one department; --dry-run writes nothing', () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'rolebook-import-'));
		const dry = run([seed('customer-service-and-confirmation.txt'), '--out', dir, '--content', content, '--department', 'customer-service', '--dry-run']);
		expect(dry.status).toBe(0);
		expect(dry.lines.at(-1)).toBe(`Dry run: 16 draft roles would be written to ${dir}.`);
		expect(readdirSync(dir)).toEqual([]);
		run([seed('customer-service-and-confirmation.txt'), '--out', dir, '--content', content, '--department', 'customer-service']);
		for (const name of readdirSync(dir)) expect(parse(readFileSync(path.join(dir, name), 'utf8')).department).toBe('customer-service');
	});

	test('usage errors: no files, a bad department id, a file it cannot read', () => {
		expect(run([]).status).toBe(2);
		const bad = run([seed('key-accounts-department.txt'), '--department', '大客户部']);
		expect(bad.status).toBe(2);
		expect(bad.stderr).toContain('is not an id');
		const dir = mkdtempSync(path.join(tmpdir(), 'rolebook-import-'));
		writeFileSync(path.join(dir, 'old.doc'), 'x');
		const old = run([path.join(dir, 'old.doc'), '--out', dir, '--content', content]);
		expect(old.status).toBe(1);
		expect(old.stderr).toContain('old.doc: is not an old Word document (.doc files start with an OLE signature, and this does not)');
		expect(existsSync(path.join(dir, 'old.yaml'))).toBe(false);
	});
});
