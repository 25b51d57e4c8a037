/**
 * `rolebook validate [--content DIR] [--json]` (`npm run validate` here): checks a
 * content folder and prints every problem as `path:line:col: error|warning: message
 * [rule]`. Exits 1 on any error; warnings alone do not fail.
 */
import { parseArgs } from 'node:util';
import { historyNotice, readHistory } from '../history/index.ts';
import { defaultContentDir, formatDiagnostic, formatSummary, loadOrganizationInParallel, ParsedFileStore, type LoadResult } from '../model/index.ts';

/** The history matters here only when a signature could not be matched without it. */
function historyWouldHelp(result: LoadResult): boolean {
	return result.diagnostics.some((diagnostic) => diagnostic.rule === 'unknown-fingerprint');
}

const usage = 'usage: rolebook validate [--content DIR] [--json]';

export async function main(args: string[]): Promise<number> {
	let options: { content?: string | undefined; json?: boolean | undefined; help?: boolean | undefined };
	try {
		({ values: options } = parseArgs({
			args,
			options: { content: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
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
	const contentDir = options.content ?? defaultContentDir();
	// Signatures are checked against every version of the text the history knows.
	const history = readHistory(contentDir);
	const result = await loadOrganizationInParallel(contentDir, { history, store: ParsedFileStore.open(contentDir) });
	const notice = historyNotice(history);
	if (notice && historyWouldHelp(result)) console.error(notice);
	if (options.json) {
		const { errorCount, fileCount, diagnostics } = result;
		console.log(JSON.stringify({ contentDir: result.contentDir, fileCount, errorCount, warningCount: diagnostics.length - errorCount, diagnostics }, null, 2));
	} else {
		for (const diagnostic of result.diagnostics) console.log(formatDiagnostic(diagnostic));
		console.log(formatSummary(result.diagnostics, result.fileCount));
	}
	return result.errorCount > 0 ? 1 : 0;
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
