import type { Diagnostic, RuleId, Severity, SourceLocation } from './diagnostics.ts';

/** Collects every problem of one run, so authors see them all at once. */
export class Reporter {
	readonly diagnostics: Diagnostic[] = [];

	report(severity: Severity, rule: RuleId, at: SourceLocation, message: string): void {
		this.diagnostics.push({ ...at, severity, rule, message });
	}

	error(rule: RuleId, at: SourceLocation, message: string): void {
		this.report('error', rule, at, message);
	}

	warning(rule: RuleId, at: SourceLocation, message: string): void {
		this.report('warning', rule, at, message);
	}
}
