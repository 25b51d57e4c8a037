/**
 * `npm run pdf -- --resign [--department ID] [--out DIR] [--content DIR]`: named sheets for
 * the people who must sign again (outdated or unsigned), one PDF each, `<out>/<department>/
 * <role>--<person>.pdf`; each outdated one ends with an annex of the changes since the
 * person's signature. The site is built into a temporary folder with people loaded,
 * whatever `publish.people` says, and removed afterwards.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { historyNotice, loadWithHistory } from '../history/index.ts';
import { registerByDepartment } from '../history/register-rows.ts';
import { defaultContentDir, formatDiagnostic } from '../model/index.ts';
import { closestMatch } from '../model/suggest.ts';
import { buildTemporarySite } from './build-site.ts';
import { INSTALL_HINT } from './chromium.ts';
import { hasChineseFont } from './fonts.ts';
import { renderSheetPdfs } from './render.ts';

const usage = 'usage: npm run pdf -- --resign [--department ID] [--out DIR] [--content DIR]';

export async function main(args: string[]): Promise<number> {
	let parsed;
	try {
		parsed = parseArgs({
			args,
			options: { resign: { type: 'boolean' }, department: { type: 'string' }, out: { type: 'string' }, content: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
			allowPositionals: false,
		});
	} catch (error) {
		console.error(`${(error as Error).message}\n${usage}`);
		return 2;
	}
	const { values } = parsed;
	if (values.help) {
		console.log(usage);
		return 0;
	}
	const here = process.env['INIT_CWD'] ?? process.cwd();
	const contentDir = values.content ? path.resolve(here, values.content) : defaultContentDir();
	const load = loadWithHistory(contentDir, { people: true });
	if (load.errorCount > 0) {
		for (const diagnostic of load.diagnostics) if (diagnostic.severity === 'error') console.error(formatDiagnostic(diagnostic));
		console.error(`the content in ${contentDir} has errors; fix them first (npm run validate)`);
		return 1;
	}
	const { organization } = load;
	if (values.department !== undefined && !organization.department(values.department)) {
		const hint = closestMatch(values.department, organization.departments.map((d) => d.id));
		console.error(`no department "${values.department}"${hint ? `; did you mean "${hint}"?` : ''}`);
		return 1;
	}
	const notice = historyNotice(organization.history);
	if (notice) console.error(notice);
	const register = registerByDepartment(organization, { department: values.department, statuses: ['outdated', 'unsigned'] });
	if (register.length === 0) {
		console.log('no one must sign again: every holder has signed the present text');
		return 0;
	}
	if (organization.site.locale !== 'en' && hasChineseFont() === false) {
		console.warn(`warning: no Chinese font is installed, so Chinese will print as boxes; ${INSTALL_HINT}`);
	}
	const outDir = path.resolve(here, values.out ?? 'pdf');
	const shown = (file: string) => {
		const relative = path.relative(here, file);
		return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
	};
	let site;
	try {
		site = await buildTemporarySite(contentDir, process.cwd(), { people: true });
	} catch (error) {
		console.error((error as Error).message);
		return 1;
	}
	try {
		const files = await renderSheetPdfs({
			dist: site.dir,
			base: organization.site.base,
			pages: register.map(({ department }) => ({ path: `signoffs/resign/${department.id}/`, outDir: path.join(outDir, department.id) })),
			onWrite: (file) => console.log(`wrote ${shown(file)}`),
		});
		console.log(`${files.length} sheet${files.length === 1 ? '' : 's'} to sign again in ${shown(outDir)}`);
		return 0;
	} catch (error) {
		console.error(`error: ${(error as Error).message}`);
		return 1;
	} finally {
		site.remove();
	}
}
