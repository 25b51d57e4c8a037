/**
 * `npm run signoffs -- [--department ID] [--status outdated|unsigned|current] [--json|--csv] [--content DIR]`:
 * who has signed the confirmation sheet of each role they hold, and who must sign again, by
 * department. It names people whatever `publish.people` says: the command line is HR's,
 * not the public site. `npm run signoffs -- import FILE` records signatures in bulk.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { describeDates } from '../history/find-versions.ts';
import { historyNotice, loadWithHistory } from '../history/index.ts';
import { countByStatus, registerByDepartment, SIGN_OFF_STATUSES } from '../history/register-rows.ts';
import { defaultContentDir, formatDiagnostic, type SignOff, type SignOffStatus } from '../model/index.ts';
import { closestMatch } from '../model/suggest.ts';
import { main as importSignatures } from './signoffs-import.ts';

const usage = `usage: npm run signoffs -- [--department ID] [--status outdated|unsigned|current] [--json|--csv] [--content DIR]
       npm run signoffs -- import FILE [--dry-run] [--content DIR]`;

export async function main(args: string[]): Promise<number> {
	if (args[0] === 'import') return importSignatures(args.slice(1));
	let parsed;
	try {
		parsed = parseArgs({
			args,
			options: {
				department: { type: 'string' },
				status: { type: 'string', multiple: true },
				json: { type: 'boolean' },
				csv: { type: 'boolean' },
				content: { type: 'string' },
				help: { type: 'boolean', short: 'h' },
			},
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
	if (values.json && values.csv) {
		console.error(`choose one of --json and --csv\n${usage}`);
		return 2;
	}
	const statuses = values.status?.flatMap((value) => value.split(',')).map((value) => value.trim());
	const unknownStatus = statuses?.find((status) => !SIGN_OFF_STATUSES.includes(status as SignOffStatus));
	if (unknownStatus !== undefined) {
		console.error(`unknown status "${unknownStatus}": use outdated, unsigned or current\n${usage}`);
		return 2;
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

	const register = registerByDepartment(organization, { department: values.department, statuses: statuses as SignOffStatus[] | undefined });
	const rows = register.flatMap(({ signOffs }) => signOffs.map(toRow));
	if (values.json) console.log(JSON.stringify(rows, null, 2));
	else if (values.csv) console.log(toCsv(rows));
	else {
		for (const { department, signOffs } of register) {
			console.log(`${department.name} (${department.id})`);
			for (const signOff of signOffs) console.log(`  ${describe(signOff)}`);
			console.log('');
		}
		const counts = countByStatus(register.flatMap((entry) => entry.signOffs));
		console.log(`${counts.outdated} outdated, ${counts.unsigned} unsigned, ${counts.current} current`);
	}
	return 0;
}

/** One sign-off as data: what --json and --csv print. */
function toRow({ person, role, status, signature, signedVersion }: SignOff): Record<(typeof CSV_COLUMNS)[number], string | null> {
	return {
		department: role.department.id,
		department_name: role.department.name,
		person: person.id,
		name: person.name,
		role: role.id,
		title: role.title,
		status,
		signed_on: signature?.date ?? null,
		signed_fingerprint: signature?.fingerprint ?? null,
		signed_text_from: signedVersion?.since?.date ?? null,
		signed_text_until: signedVersion?.until?.date ?? null,
	};
}

function describe({ person, role, status, signature, signedVersion }: SignOff): string {
	const who = `${person.name} (${person.id}), ${role.title} (${role.id}): ${status}`;
	if (!signature) return who;
	const text = signedVersion ? `, the text ${describeDates(signedVersion).replace(/ \(commit [0-9a-f]+\)/g, '')}` : status === 'outdated' ? ', a text no known version printed' : '';
	return `${who}, signed ${signature.date} (${signature.fingerprint}${text})`;
}

/** The columns of --csv, in order: the keys of `toRow`. */
const CSV_COLUMNS = ['department', 'department_name', 'person', 'name', 'role', 'title', 'status', 'signed_on', 'signed_fingerprint', 'signed_text_from', 'signed_text_until'] as const;

function toCsv(rows: readonly Record<string, string | null>[]): string {
	const cell = (value: string | null) => (value === null ? '' : /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
	const header = CSV_COLUMNS;
	return [header.join(','), ...rows.map((row) => header.map((key) => cell(row[key] ?? null)).join(','))].join('\r\n');
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
