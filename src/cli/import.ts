/**
 * `rolebook import FILE... [--out DIR] [--department ID] [--content DIR] [--report FILE.html] [--force] [--dry-run]`:
 * turns job descriptions in .docx, .doc, .pdf, .txt and .md files (or folders of them) into draft
 * role files, and prints per file how many descriptions, duties, authorities and
 * qualification lines it found and how many lines it could not place. Existing files
 * are never overwritten without --force: an author may have edited them since.
 * With --people or --roles the file is a spreadsheet (see src/import/spreadsheet-command.ts).
 */
import { accessSync, constants, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ID_PATTERN } from '../../schemas/index.ts';
import { writeReport } from '../import/import-report.ts';
import { importFiles, SUPPORTED_EXTENSIONS, type ImportedRole } from '../import/index.ts';
import { defaultContentDir } from '../model/index.ts';

const usage = 'usage: rolebook import FILE|FOLDER... [--out DIR] [--department ID] [--content DIR] [--report FILE.html] [--force] [--dry-run]';

export async function main(args: string[]): Promise<number> {
	// Rosters (--people) and org lists (--roles) are spreadsheets, read by their own command (loaded only then).
	if (args.includes('--people') || args.includes('--roles')) return (await import('../import/spreadsheet-command.ts')).main(args);
	let parsed: ReturnType<typeof parse>;
	function parse() {
		return parseArgs({
			args,
			options: {
				out: { type: 'string' },
				department: { type: 'string' },
				content: { type: 'string' },
				report: { type: 'string' },
				force: { type: 'boolean' },
				'dry-run': { type: 'boolean' },
				help: { type: 'boolean', short: 'h' },
			},
			allowPositionals: true,
		});
	}
	try {
		parsed = parse();
	} catch (error) {
		console.error(`${(error as Error).message}\n${usage}`);
		return 2;
	}
	const { values: options, positionals } = parsed;
	if (options.help) {
		console.log(usage);
		return 0;
	}
	if (!positionals.length) {
		console.error(`no files to import\n${usage}`);
		return 2;
	}
	if (options.department !== undefined && !ID_PATTERN.test(options.department)) {
		console.error(`--department "${options.department}" is not an id: lower-case letters, digits and hyphens\n${usage}`);
		return 2;
	}

	const contentDir = path.resolve(options.content ?? defaultContentDir());
	const outDir = path.resolve(options.out ?? path.join(contentDir, 'roles', 'imported'));

	const files: string[] = [];
	let failed = false;
	for (const given of positionals) {
		if (!existsSync(given)) {
			console.error(`${given}: no such file or folder`);
			failed = true;
		} else if (statSync(given).isDirectory()) {
			const found = listSupported(given);
			if (!found.length) console.error(`${given}: no ${SUPPORTED_EXTENSIONS.join(', ')} files in this folder`);
			files.push(...found);
		} else files.push(given);
	}

	const outProblem = options['dry-run'] ? undefined : folderProblem(outDir);
	if (outProblem) {
		console.error(`--out ${show(outDir)}: ${outProblem}`);
		return 2;
	}

	const result = await importFiles(files, { contentDir, outDir, department: options.department });
	if (!result.contentFound) console.log(`No content folder at ${show(contentDir)}: departments and superiors are not matched against one (use --content DIR).`);

	let written = 0;
	let todos = 0;
	for (const file of result.files) {
		if (file.error) {
			console.error(`${show(file.file)}: ${file.error}`);
			failed = true;
			continue;
		}
		const total = sum(file.roles);
		console.log(`${show(file.file)}: ${plural(file.roles.length, 'job description')}, ${counts(total)}`);
		for (const role of file.roles) {
			let note = '';
			if (!options['dry-run']) {
				if (existsSync(role.file) && !options.force) {
					note = ' — exists, not overwritten (use --force)';
					failed = true;
				} else {
					try {
						mkdirSync(path.dirname(role.file), { recursive: true });
						writeFileSync(role.file, role.yaml);
						written++;
					} catch (error) {
						note = ` — not written: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`;
						failed = true;
					}
				}
			}
			todos += role.counts.todos;
			const todo = role.counts.todos ? `, ${plural(role.counts.todos, 'TODO')}` : '';
			console.log(`  ${role.title} → ${show(role.file)}: ${counts(role.counts)}${todo}${note}`);
		}
	}
	const roles = result.files.reduce((n, file) => n + file.roles.length, 0);
	if (options['dry-run']) console.log(`Dry run: ${plural(roles, 'draft role')} would be written to ${show(outDir)}.`);
	else if (roles) console.log(`Wrote ${plural(written, 'draft role')} to ${show(outDir)}; ${plural(todos, 'TODO')} to resolve (npm run validate -- --content ${show(contentDir)} lists them).`);
	const reportFile = options.report ? path.resolve(options.report) : options['dry-run'] || !roles ? undefined : path.join(outDir, 'import-report.html');
	if (reportFile) {
		try {
			writeReport({ files: result.files, reportFile, show });
			console.log(`Import report: ${show(reportFile)} — open it in a browser to see where each line went.`);
		} catch (error) {
			console.error(`--report ${show(reportFile)}: not written (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
			failed = true;
		}
	}
	return failed ? 1 : 0;
}

/** A path as the user typed it: relative below the working folder, absolute elsewhere. */
function show(file: string): string {
	const relative = path.relative(process.cwd(), file);
	return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

function counts(c: Pick<ImportedRole['counts'], 'duties' | 'authorities' | 'qualifications' | 'unplaced' | 'fragments'>): string {
	const fragments = c.fragments ? ` (and ${plural(c.fragments, 'letter')} of vertical table headings)` : '';
	return `${plural(c.duties, 'duty', 'duties')}, ${plural(c.authorities, 'authority', 'authorities')}, ${plural(c.qualifications, 'qualification line')}, ${plural(c.unplaced, 'unplaced line')}${fragments}`;
}

function sum(roles: readonly ImportedRole[]) {
	const total = { duties: 0, authorities: 0, qualifications: 0, unplaced: 0, fragments: 0 };
	for (const role of roles) for (const name of Object.keys(total) as (keyof typeof total)[]) total[name] += role.counts[name];
	return total;
}

function plural(n: number, one: string, many = `${one}s`): string {
	return `${n} ${n === 1 ? one : many}`;
}

/** Why drafts cannot be written to `dir`: a file where a folder must be, or a folder that cannot be written. */
function folderProblem(dir: string): string | undefined {
	for (let at = dir; ; at = path.dirname(at)) {
		if (existsSync(at)) {
			if (!statSync(at).isDirectory()) return at === dir ? 'is a file, not a folder' : `${show(at)} is a file, so no folder can be made under it`;
			try {
				accessSync(at, constants.W_OK);
			} catch {
				return at === dir ? 'cannot be written to (permission denied)' : `cannot be made: ${show(at)} cannot be written to (permission denied)`;
			}
			return undefined;
		}
		if (path.dirname(at) === at) return undefined;
	}
}

function listSupported(folder: string): string[] {
	const out: string[] = [];
	for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
		if (entry.name.startsWith('.') || entry.name.startsWith('~$')) continue;
		const full = path.join(folder, entry.name);
		if (entry.isDirectory()) out.push(...listSupported(full));
		else if ((SUPPORTED_EXTENSIONS as readonly string[]).includes(path.extname(entry.name).toLowerCase())) out.push(full);
	}
	return out;
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
