import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadOrganization, type Diagnostic } from '../../src/model/index.ts';

export const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');

/**
 * A fresh copy of the valid `base` organisation with the files of `<group>/<overlay>`
 * laid over it: each such fixture holds only the files that differ from the base.
 */
export function fixtureWith(overlay?: string, group: 'rules' | 'bad-input' = 'rules'): string {
	const dir = mkdtempSync(path.join(tmpdir(), 'rolebook-'));
	cpSync(path.join(FIXTURES, 'base'), dir, { recursive: true });
	if (overlay) cpSync(path.join(FIXTURES, group, overlay), dir, { recursive: true });
	return dir;
}

/** Diagnostics with files relative to the content folder, as a test wants to compare them. */
export function validate(dir: string): { diagnostics: (Diagnostic & { file: string })[]; errorCount: number } {
	const result = loadOrganization(dir);
	const diagnostics = result.diagnostics.map((d) => ({ ...d, file: path.relative(dir, path.resolve(d.file)) }));
	return { diagnostics, errorCount: result.errorCount };
}
