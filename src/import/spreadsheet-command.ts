/**
 * `npm run import -- FILE --people` (a roster into people/*.yaml) and
 * `npm run import -- FILE --roles` (an org list into draft roles and departments):
 * the spreadsheet half of the import command, which hands these two options here.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultContentDir, loadOrganization } from '../model/index.ts';
import { planOrgTable, ORG_FIELDS, type OrgField } from './org-table.ts';
import { parseColumnsOption, readTables, type Table } from './read-table.ts';
import { pickRosterTable, planRoster, ROSTER_FIELDS, type RosterField, type RosterPlan } from './roster.ts';

const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');
const usage = [
	'usage: npm run import -- ROSTER.xlsx|ROSTER.csv --people [--columns FIELD=COLUMN,...] [--sheet NAME] [--content DIR] [--dry-run]',
	'       npm run import -- ORG.xlsx|ORG.csv --roles [--columns FIELD=COLUMN,...] [--sheet NAME] [--content DIR] [--force] [--dry-run]',
].join('\n');

export async function main(args: string[]): Promise<number> {
	let parsed;
	try {
		parsed = parseArgs({
			args,
			options: {
				people: { type: 'boolean' },
				roles: { type: 'boolean' },
				columns: { type: 'string' },
				sheet: { type: 'string' },
				content: { type: 'string' },
				force: { type: 'boolean' },
				'dry-run': { type: 'boolean' },
				help: { type: 'boolean', short: 'h' },
			},
			allowPositionals: true,
		});
	} catch (error) {
		console.error(`${(error as Error).message}\n${usage}`);
		return 2;
	}
	const { values: options, positionals } = parsed;
	if (options.help) {
		console.log(usage);
		return 0;
	}
	if (options.people && options.roles) {
		console.error(`--people and --roles: a spreadsheet is either a roster or an org list\n${usage}`);
		return 2;
	}
	if (positionals.length !== 1) {
		console.error(`${positionals.length ? 'one spreadsheet at a time' : 'no spreadsheet to import'}\n${usage}`);
		return 2;
	}
	const file = positionals[0]!;
	const fields: readonly string[] = options.people ? ROSTER_FIELDS : ORG_FIELDS;
	let columns: Partial<Record<string, string>>;
	try {
		columns = parseColumnsOption(options.columns, fields);
	} catch (error) {
		console.error(`${(error as Error).message}\n${usage}`);
		return 2;
	}
	if (!existsSync(file)) {
		console.error(`${file}: no such file`);
		return 1;
	}
	let tables: Table[];
	try {
		tables = await readTables(file);
	} catch (error) {
		console.error(`${file}: ${(error as Error).message}`);
		return 1;
	}
	const contentDir = path.resolve(options.content ?? defaultContentDir());
	if (!existsSync(path.join(contentDir, 'site.yaml')) && !existsSync(path.join(contentDir, 'site.yml'))) {
		console.error(`${show(contentDir)}: no content folder (no site.yaml); use --content DIR`);
		return 1;
	}
	const sheet = options.sheet;
	const table = sheet !== undefined ? tables.find((t) => t.sheet === sheet) : options.people && tables.length > 1 ? pickRosterTable(tables, { columns: columns as Partial<Record<RosterField, string>> }) : tables[0];
	if (!table) {
		console.error(`${file}: ${sheet !== undefined ? `no sheet "${sheet}"; the sheets are ${tables.map((t) => t.sheet).join(', ')}` : 'no sheet with a roster in it'}`);
		return 1;
	}
	const dryRun = options['dry-run'] === true;
	const label = `${path.basename(file)}${table.sheet && tables.length > 1 ? ` (sheet ${table.sheet})` : ''}`;
	try {
		if (options.people) return importRoster(table, { file, label, contentDir, dryRun, columns: columns as Partial<Record<RosterField, string>> });
		return importOrg(table, { file, label, contentDir, dryRun, force: options.force === true, columns: columns as Partial<Record<OrgField, string>> });
	} catch (error) {
		console.error(`${label}: ${(error as Error).message}`);
		return 1;
	}
}

interface RunOptions<Field extends string> {
	file: string;
	label: string;
	contentDir: string;
	dryRun: boolean;
	columns: Partial<Record<Field, string>>;
}

function importRoster(table: Table, run: RunOptions<RosterField>): number {
	const peopleDir = path.join(run.contentDir, 'people');
	const { organization } = loadOrganization(run.contentDir, { people: true, drafts: true });
	const plan = planRoster(table, {
		organization,
		contentDir: run.contentDir,
		columns: run.columns,
		sourceLabel: run.label,
		schemaPath: path.relative(peopleDir, path.join(PROJECT_ROOT, 'schemas/person.schema.json')).split(path.sep).join('/'),
	});
	printRoster(plan, run);
	if (!run.dryRun) {
		for (const person of plan.people) {
			if (person.action === 'unchanged') continue;
			mkdirSync(path.dirname(person.file), { recursive: true });
			writeFileSync(person.file, person.text);
		}
	}
	return plan.rows.some((row) => row.kind === 'problem') ? 1 : 0;
}

function printRoster(plan: RosterPlan, run: RunOptions<RosterField>): void {
	const matched = plan.rows.filter((row) => row.kind === 'matched').length;
	const problems = plan.rows.filter((row) => row.kind === 'problem');
	const encoding = plan.encoding && plan.encoding !== 'utf-8' ? `, read as ${plan.encoding.toUpperCase()}` : '';
	console.log(`${run.label}: header on row ${plan.header.number}${encoding}; columns ${Object.entries(plan.columns).map(([field, column]) => `${field} = ${column}`).join(', ')}`);
	console.log(`${plural(plan.rows.length, 'row')}: ${matched} matched to a role, ${problems.length} not imported`);
	for (const row of problems) console.log(`  row ${row.row}${row.name ? ` (${row.name})` : ''}: ${row.message}`);
	for (const note of plan.notes) console.log(`  note: ${note}`);
	const count = (action: string) => plan.people.filter((person) => person.action === action).length;
	const verb = run.dryRun ? 'Dry run: would write' : 'Wrote';
	console.log(`${verb} ${show(path.join(run.contentDir, 'people'))}: ${count('create')} new, ${count('update')} updated, ${count('unchanged')} unchanged.`);
	for (const person of plan.people.filter((p) => p.action !== 'unchanged')) {
		console.log(`  ${person.action === 'create' ? 'new    ' : 'updated'} ${show(person.file)}: ${person.name} → ${person.roles.join(', ')}`);
	}
}

function importOrg(table: Table, run: RunOptions<OrgField> & { force: boolean }): number {
	const { organization } = loadOrganization(run.contentDir, { drafts: true });
	const plan = planOrgTable(table, {
		organization,
		contentDir: run.contentDir,
		columns: run.columns,
		sourceLabel: run.label,
		schemaRoot: path.join(PROJECT_ROOT, 'schemas'),
	});
	let failed = plan.rows.some((row) => row.problem);
	console.log(`${run.label}: header on row ${plan.header.number}; columns ${Object.entries(plan.columns).map(([field, column]) => `${field} = ${column}`).join(', ')}`);
	console.log(`${plural(plan.rowCount, 'row')}: ${plural(plan.roles.length, 'role')} in ${plural(plan.departments.length, 'new department')}${plan.todos ? `, ${plural(plan.todos, 'TODO')} to resolve` : ''}`);
	for (const row of plan.rows.filter((r) => r.problem)) console.log(`  row ${row.row}: ${row.problem}`);
	for (const todo of plan.rows.filter((r) => r.todo)) console.log(`  row ${todo.row}: TODO ${todo.todo}`);
	let written = 0;
	for (const entry of [...plan.departments, ...plan.roles]) {
		let note = '';
		if (existsSync(entry.file) && !run.force) {
			note = ' — exists, not overwritten (use --force)';
			failed = true;
		} else if (!run.dryRun) {
			mkdirSync(path.dirname(entry.file), { recursive: true });
			writeFileSync(entry.file, entry.text);
			written++;
		}
		console.log(`  ${entry.label} → ${show(entry.file)}${note}`);
	}
	if (run.dryRun) console.log(`Dry run: nothing written.`);
	else console.log(`Wrote ${plural(written, 'file')}; check them with npm run validate -- --content ${show(run.contentDir)}, then remove status: draft.`);
	return failed ? 1 : 0;
}

function show(file: string): string {
	const relative = path.relative(process.cwd(), file);
	return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

function plural(n: number, one: string, many = `${one}s`): string {
	return `${n} ${n === 1 ? one : many}`;
}
