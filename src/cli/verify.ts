/**
 * `npm run verify -- FINGERPRINT [--content DIR]`: which role's text a signed sheet's
 * fingerprint is, its title and version then, the dates between which that text was the
 * role's, and the text itself. Exits 1 when no version of any role has that fingerprint.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { FINGERPRINT_PATTERN } from '../../schemas/index.ts';
import { describeDates, versionsWithFingerprint } from '../history/find-versions.ts';
import { historyNotice, loadWithHistory } from '../history/index.ts';
import { defaultContentDir, type SheetVersion } from '../model/index.ts';

const usage = 'usage: npm run verify -- FINGERPRINT [--content DIR]';

export async function main(args: string[]): Promise<number> {
	let parsed;
	try {
		parsed = parseArgs({ args, options: { content: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true });
	} catch (error) {
		console.error(`${(error as Error).message}\n${usage}`);
		return 2;
	}
	const { values, positionals } = parsed;
	if (values.help) {
		console.log(usage);
		return 0;
	}
	const [fingerprint] = positionals;
	if (positionals.length !== 1 || !fingerprint) {
		console.error(`name one fingerprint, as printed on the sheet\n${usage}`);
		return 2;
	}
	if (!FINGERPRINT_PATTERN.test(fingerprint)) {
		console.error(`"${fingerprint}" is not a fingerprint: a sheet prints 12 hex digits in groups of four, like 9b74-de04-09e3`);
		return 2;
	}
	const here = process.env['INIT_CWD'] ?? process.cwd();
	const contentDir = values.content ? path.resolve(here, values.content) : defaultContentDir();
	const { organization } = loadWithHistory(contentDir);
	const notice = historyNotice(organization.history);
	const found = versionsWithFingerprint(organization, fingerprint);
	if (found.length === 0) {
		console.error(`no version of any role's sheet has the fingerprint ${fingerprint.toLowerCase()}`);
		if (notice) console.error(notice);
		else console.error('check the digits against the sheet; every committed version of every role was compared');
		return 1;
	}
	if (notice) console.error(notice);
	found.forEach((version, index) => {
		if (index > 0) console.log('');
		console.log(describe(version));
	});
	return 0;
}

function describe(version: SheetVersion): string {
	const revision = [version.revision, version.revisionDate].filter(Boolean).join(', ');
	return [
		`${version.fingerprint} is the text of role "${version.role}": ${version.title}${revision ? `, version ${revision}` : ''}`,
		`its text ${describeDates(version)}`,
		'',
		...version.lines.map((line) => `    ${line.text}`),
	].join('\n');
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
