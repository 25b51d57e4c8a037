/**
 * `npm run validate [-- --content DIR] [--json]`: checks a content folder and prints
 * every problem as `path:line:col: error|warning: message [rule]`. Exits 1 on any
 * error; warnings alone do not fail.
 */
import { parseArgs } from 'node:util';
import { historyNotice, readHistory } from '../history/index.ts';
import { defaultContentDir, formatDiagnostic, formatSummary, loadOrganization, type LoadResult } from '../model/index.ts';

/** The history matters here only when a signature could not be matched without it. */
function historyWouldHelp(result: LoadResult): boolean {
	return result.diagnostics.some((diagnostic) => diagnostic.rule === 'unknown-fingerprint');
}

const usage = 'usage: npm run validate -- [--content DIR] [--json]';

let options: { content?: string | undefined; json?: boolean | undefined; help?: boolean | undefined };
try {
	({ values: options } = parseArgs({
		options: { content: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
		allowPositionals: false,
	}));
} catch (error) {
	console.error(`${(error as Error).message}\n${usage}`);
	process.exit(2);
}
if (options.help) {
	console.log(usage);
	process.exit(0);
}

const contentDir = options.content ?? defaultContentDir();
// Signatures are checked against every version of the text the history knows.
const history = readHistory(contentDir);
const result = loadOrganization(contentDir, { history });
const notice = historyNotice(history);
if (notice && historyWouldHelp(result)) console.error(notice);
if (options.json) {
	const { errorCount, fileCount, diagnostics } = result;
	console.log(JSON.stringify({ contentDir: result.contentDir, fileCount, errorCount, warningCount: diagnostics.length - errorCount, diagnostics }, null, 2));
} else {
	for (const diagnostic of result.diagnostics) console.log(formatDiagnostic(diagnostic));
	console.log(formatSummary(result.diagnostics, result.fileCount));
}
process.exitCode = result.errorCount > 0 ? 1 : 0;
