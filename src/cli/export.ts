/**
 * `npm run export -- [--format xlsx|csv] [--out FILE] [--people] [--list roles|people] [--content DIR]`:
 * the role list as a spreadsheet — id, code, title, department, grade, reports to,
 * headcount, holders (when people are published or --people is given), vacancies,
 * version and confirmation-sheet fingerprint — with headers in the site's language.
 * A workbook has a sheet of all roles, one per department and, with holders, one of
 * people that `npm run import -- FILE --people` reads back unchanged.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { exportTables, peopleList, roleList } from '../export/role-list.ts';
import { csvText, workbookBuffer } from '../export/write-spreadsheet.ts';
import { createDateFormatter, createTranslator } from '../i18n/translate.ts';
import { defaultContentDir, formatDiagnostic, loadOrganization } from '../model/index.ts';
import { siteProseOf } from '../site/prose.ts';

const usage = 'usage: npm run export -- [--format xlsx|csv] [--out FILE] [--people] [--list roles|people] [--content DIR]';

export async function main(args: string[]): Promise<number> {
	let options;
	try {
		({ values: options } = parseArgs({
			args,
			options: {
				format: { type: 'string' },
				out: { type: 'string' },
				people: { type: 'boolean' },
				list: { type: 'string' },
				content: { type: 'string' },
				help: { type: 'boolean', short: 'h' },
			},
			allowPositionals: false,
		}));
	} catch (error) {
		console.error(`${(error as Error).message}\n${usage}`);
		return 2;
	}
	if (options.help) {
		console.log(usage);
		return 0;
	}
	const fromOut = options.out ? path.extname(options.out).slice(1).toLowerCase() : '';
	const format = options.format ?? (fromOut === 'csv' ? 'csv' : 'xlsx');
	if (format !== 'xlsx' && format !== 'csv') {
		console.error(`--format "${format}": xlsx or csv\n${usage}`);
		return 2;
	}
	const list = options.list ?? 'roles';
	if (list !== 'roles' && list !== 'people') {
		console.error(`--list "${list}": roles or people\n${usage}`);
		return 2;
	}

	const withPeople = options.people === true || list === 'people';
	const load = loadOrganization(options.content ?? defaultContentDir(), { people: withPeople });
	if (load.errorCount) {
		for (const diagnostic of load.diagnostics.filter((d) => d.severity === 'error').slice(0, 10)) console.error(formatDiagnostic(diagnostic));
		console.error(`${load.errorCount} ${load.errorCount === 1 ? 'error' : 'errors'}: nothing exported (npm run validate lists them all)`);
		return 1;
	}
	const { organization } = load;
	const { site } = organization;
	const t = createTranslator(site);
	const context = { organization, t, formatDate: createDateFormatter(site), prose: siteProseOf(organization) };
	const holders = site.publish.people || withPeople;
	const out = path.resolve(options.out ?? `${list === 'people' ? 'people' : 'roles'}.${format}`);

	let bytes: Buffer | string;
	let summary: string;
	if (format === 'xlsx') {
		const tables = exportTables(organization, context, { holders });
		bytes = await workbookBuffer(tables, site.organization);
		summary = `${tables.length} sheets (${tables.map((table) => table.name).join(', ')})`;
	} else {
		const table = list === 'people' ? peopleList(organization, t('export.people'), context) : roleList(organization.roles, t('export.all'), context, { holders });
		bytes = csvText(table);
		summary = `${table.rows.length} ${list === 'people' ? 'rows of people and roles' : 'roles'}`;
	}
	mkdirSync(path.dirname(out), { recursive: true });
	// Written whole or not at all: a spreadsheet open in Excel is never left half-written.
	const partial = `${out}.partial`;
	writeFileSync(partial, bytes);
	renameSync(partial, out);
	console.log(`${show(out)}: ${organization.roles.length} roles${holders ? `, ${organization.people.length} people` : ''}; ${summary}`);
	return 0;
}

function show(file: string): string {
	const relative = path.relative(process.cwd(), file);
	return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
