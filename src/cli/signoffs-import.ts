/**
 * `npm run signoffs -- import FILE [--dry-run] [--content DIR]`: appends the signatures in
 * HR's register (.xlsx or CSV; headers in Chinese or English) to the people files. When a
 * row cannot be matched, the rows are listed and nothing is written.
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { historyNotice, loadWithHistory } from '../history/index.ts';
import { planSignatureImport } from '../import/signature-register.ts';
import { defaultContentDir, formatDiagnostic } from '../model/index.ts';

const usage = 'usage: npm run signoffs -- import FILE [--dry-run] [--content DIR]';

export async function main(args: string[]): Promise<number> {
	let parsed;
	try {
		parsed = parseArgs({ args, options: { 'dry-run': { type: 'boolean' }, content: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true });
	} catch (error) {
		console.error(`${(error as Error).message}\n${usage}`);
		return 2;
	}
	const { values, positionals } = parsed;
	if (values.help) {
		console.log(usage);
		return 0;
	}
	if (positionals.length !== 1) {
		console.error(`name one register file (.xlsx or .csv)\n${usage}`);
		return 2;
	}
	const here = process.env['INIT_CWD'] ?? process.cwd();
	const file = path.resolve(here, positionals[0]!);
	if (!existsSync(file)) {
		console.error(`${positionals[0]}: no such file`);
		return 1;
	}
	const contentDir = values.content ? path.resolve(here, values.content) : defaultContentDir();
	const load = loadWithHistory(contentDir, { people: true });
	if (load.errorCount > 0) {
		for (const diagnostic of load.diagnostics) if (diagnostic.severity === 'error') console.error(formatDiagnostic(diagnostic));
		console.error(`the content in ${contentDir} has errors; fix them first (npm run validate)`);
		return 1;
	}
	const notice = historyNotice(load.organization.history);
	let plan;
	try {
		plan = await planSignatureImport(file, load.organization, contentDir);
	} catch (error) {
		console.error(`${positionals[0]}: ${(error as Error).message}`);
		return 1;
	}
	for (const row of plan.rows) {
		const what = `${row.at}: ${row.person.name} (${row.person.id}), ${row.signature.role}, ${row.signature.fingerprint}, ${row.signature.date}`;
		if (row.duplicate) console.log(`${what}: already recorded`);
		else console.log(`${what}${row.unknownText ? ' (warning: no known version of the role has this fingerprint)' : ''}`);
	}
	if (plan.rows.some((row) => row.unknownText) && notice) console.error(notice);
	if (plan.unmatched.length > 0) {
		console.error(`${plan.unmatched.length} row${plan.unmatched.length === 1 ? '' : 's'} could not be matched; nothing was written:`);
		for (const row of plan.unmatched) console.error(`  ${row.at}: ${row.reason}`);
		return 1;
	}
	const shown = (target: string) => path.relative(here, target) || target;
	if (values['dry-run']) {
		for (const [target, text] of plan.files) console.log(`\nwould write ${shown(target)}:\n${text}`);
		console.log(`${plan.files.size} file${plan.files.size === 1 ? '' : 's'} would change (dry run: nothing written)`);
		return 0;
	}
	for (const [target, text] of plan.files) {
		writeFileSync(target, text);
		console.log(`wrote ${shown(target)}`);
	}
	console.log(`${plan.rows.filter((row) => !row.duplicate).length} signatures recorded in ${plan.files.size} file${plan.files.size === 1 ? '' : 's'}`);
	return 0;
}
