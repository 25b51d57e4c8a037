/**
 * `rolebook pdf --role ID | --department ID | --all [--out DIR] [--content DIR] [--dist DIR]`:
 * prints confirmation sheets (岗位职责确认书) to PDF with the system Chromium. The site is
 * built into a temporary folder first, unless `--dist` names a build to use.
 *
 * --role ID         the role's sheet: <out>/<ID>.pdf
 * --department ID   every sheet of the department, one PDF each: <out>/<role>.pdf, and
 *                   <out>/<role>--<person>.pdf for each holder when people are published
 * --all             every department's sheets: <out>/<department>/…
 *
 * With --chart it prints the org chart instead (see src/pdf/chart-pdf.ts); with --resign, the
 * sheets of the people who must sign again (see src/pdf/resign-pdf.ts).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultContentDir, formatDiagnostic, loadOrganization } from '../model/index.ts';
import { closestMatch } from '../model/suggest.ts';
import { buildTemporarySite } from '../pdf/build-site.ts';
import { INSTALL_HINT } from '../pdf/chromium.ts';
import { hasChineseFont } from '../pdf/fonts.ts';
import { renderSheetPdfs, type SheetPage } from '../pdf/render.ts';

const usage =
	'usage: rolebook pdf --role ID | --department ID | --all [--out DIR] [--content DIR] [--dist DIR]\n       rolebook pdf --chart [--department ID] [--paper A4|A3] [--out DIR] [--content DIR]\n       rolebook pdf --resign [--department ID] [--out DIR] [--content DIR]';

/** Ends the command with a status: the message goes to stderr. */
class CommandExit extends Error {
	readonly status: number;
	constructor(message: string, status: number) {
		super(message);
		this.status = status;
	}
}

function fail(message: string, status = 1): never {
	throw new CommandExit(message, status);
}

export async function main(args: string[]): Promise<number> {
	// Sheets for the people who must sign again, with their annexes: their own options.
	if (args.includes('--resign')) {
		const { main: resignPdf } = await import('../pdf/resign-pdf.ts');
		return resignPdf(args);
	}
	// The org chart as a PDF: its own options, drawn without building the site.
	if (args.includes('--chart')) {
		const { main: chartPdf } = await import('../pdf/chart-pdf.ts');
		return chartPdf(args);
	}
	try {
		return await printSheets(args);
	} catch (error) {
		if (!(error instanceof CommandExit)) throw error;
		console.error(error.message);
		return error.status;
	}
}

async function printSheets(args: string[]): Promise<number> {
	let options: { role?: string | undefined; department?: string | undefined; all?: boolean | undefined; out?: string | undefined; content?: string | undefined; dist?: string | undefined; help?: boolean | undefined };
	try {
		({ values: options } = parseArgs({
			args,
			options: {
				role: { type: 'string' },
				department: { type: 'string' },
				all: { type: 'boolean' },
				out: { type: 'string' },
				content: { type: 'string' },
				dist: { type: 'string' },
				help: { type: 'boolean', short: 'h' },
			},
			allowPositionals: false,
		}));
	} catch (error) {
		fail(`${(error as Error).message}\n${usage}`, 2);
	}
	if (options.help) {
		console.log(usage);
		return 0;
	}
	if ([options.role !== undefined, options.department !== undefined, options.all === true].filter(Boolean).length !== 1) {
		fail(`name one of --role ID, --department ID or --all\n${usage}`, 2);
	}

	// npm runs scripts in the project folder; paths on the command line are meant from where it was typed.
	const here = process.env['INIT_CWD'] ?? process.cwd();
	const contentDir = options.content ? path.resolve(here, options.content) : defaultContentDir();
	const load = loadOrganization(contentDir);
	if (load.errorCount > 0) {
		for (const diagnostic of load.diagnostics) if (diagnostic.severity === 'error') console.error(formatDiagnostic(diagnostic));
		fail(`the content in ${contentDir} has errors; fix them first (npm run validate)`);
	}
	const { organization } = load;
	const outDir = path.resolve(here, options.out ?? 'pdf');
	/** A path as the user would type it from here: relative below, absolute elsewhere. */
	const shown = (file: string) => {
		const relative = path.relative(here, file);
		return relative === '' ? '.' : relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
	};

	const unknown = (kind: string, id: string, ids: string[]) => {
		const hint = closestMatch(id, ids);
		return `no published ${kind} "${id}" in ${contentDir}${hint ? `; did you mean "${hint}"?` : ''}`;
	};
	let pages: SheetPage[];
	if (options.role !== undefined) {
		const role = organization.role(options.role) ?? fail(unknown('role', options.role, organization.roles.map((r) => r.id)));
		pages = [{ path: `roles/${role.id}/confirm/`, outDir }];
	} else if (options.department !== undefined) {
		const department = organization.department(options.department) ?? fail(unknown('department', options.department, organization.departments.map((d) => d.id)));
		if (department.roles.length === 0) fail(`department "${department.id}" has no published roles, so no sheets`);
		pages = [{ path: `departments/${department.id}/confirm/`, outDir }];
	} else {
		pages = organization.departments
			.filter((department) => department.roles.length > 0)
			.map((department) => ({ path: `departments/${department.id}/confirm/`, outDir: path.join(outDir, department.id) }));
	}

	if (organization.site.locale !== 'en' && hasChineseFont() === false) {
		console.warn(`warning: no Chinese font is installed, so Chinese will print as boxes; ${INSTALL_HINT}`);
	}

	const site = options.dist ? undefined : await buildTemporarySite(contentDir, process.cwd()).catch((error: Error) => fail(error.message));
	try {
		const files = await renderSheetPdfs({
			dist: options.dist ? path.resolve(here, options.dist) : site!.dir,
			base: organization.site.base,
			pages,
			onWrite: (file) => console.log(`wrote ${shown(file)}`),
		});
		console.log(`${files.length} PDF${files.length === 1 ? '' : 's'} in ${shown(outDir)}`);
		return 0;
	} catch (error) {
		console.error(`error: ${(error as Error).message}`);
		return 1;
	} finally {
		site?.remove();
	}
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
