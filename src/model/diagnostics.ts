import { showControlCharacters } from './control-characters.ts';

/** Every rule the validator checks; each problem names one, so authors can look it up. */
export const RULES = {
	'yaml-syntax': 'YAML that does not parse',
	'duplicate-key': 'the same key twice in one mapping',
	'empty-file': 'a file with no content',
	encoding: 'a file that is not UTF-8',
	'missing-site': 'no site.yaml in the content folder',
	'outside-content': 'a file that links outside the content folder',
	'unusual-file': 'a folder, pipe, device or loop of links where a file is expected, or a file where a folder is',
	unreadable: 'a file or folder that cannot be read (permissions)',
	'dangling-link': 'a symbolic link to nothing',
	'unknown-key': 'a key the format does not define',
	'missing-key': 'a required key that is not given',
	'wrong-type': 'a value of the wrong type',
	'invalid-value': 'a value outside what the key allows',
	'invalid-id': 'an id with characters outside the id pattern',
	'duplicate-id': 'two entities of one kind with the same id',
	'unknown-reference': 'a reference to an id that does not exist',
	'broken-link': 'a [[link]] to an id that does not exist',
	'unsafe-link': 'a Markdown link other than http, https, mailto or relative',
	'reporting-cycle': 'roles that report to each other in a circle',
	'department-cycle': 'departments that are each other’s parents in a circle',
	'subordinates-mismatch': '`subordinates` that differ from the roles reporting to the role',
	'unpublished-reference': 'a published role or workflow that depends on a draft or retired role',
	'headcount-exceeded': 'more people holding a role than its headcount',
	'unknown-fingerprint': 'a signed fingerprint that is not the text of any known version of the role',
	'no-revision': 'a published role without a revision, whose sheet prints no version',
} as const;

export type RuleId = keyof typeof RULES;
export type Severity = 'error' | 'warning';

export interface SourceLocation {
	/** The file as shown to the author: relative to the working directory where possible. */
	file: string;
	/** 1-based. */
	line: number;
	/** 1-based, counted in characters (a Chinese character is one column). */
	column: number;
}

export interface Diagnostic extends SourceLocation {
	severity: Severity;
	rule: RuleId;
	message: string;
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
	return a.file.localeCompare(b.file, 'en') || a.line - b.line || a.column - b.column || a.message.localeCompare(b.message, 'en');
}

/** `path:line:col: error: message [rule]`, the shape compilers print and editors link. */
export function formatDiagnostic(d: Diagnostic): string {
	// A file name or a quoted key may hold terminal escape codes; they are shown, not obeyed.
	return showControlCharacters(`${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message} [${d.rule}]`);
}

export function countBySeverity(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number } {
	const errors = diagnostics.filter((d) => d.severity === 'error').length;
	return { errors, warnings: diagnostics.length - errors };
}

export function formatSummary(diagnostics: readonly Diagnostic[], fileCount: number): string {
	const { errors, warnings } = countBySeverity(diagnostics);
	const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
	return `${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(fileCount, 'file')}`;
}
