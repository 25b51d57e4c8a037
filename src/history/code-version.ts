import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The folders whose code decides what a sheet prints, and so every fingerprint. */
const SHEET_CODE = ['confirm', 'i18n', 'markdown', 'model', 'site'];

let version: string | undefined;

/**
 * A hash of the code that prints sheets: when it changes (a new label, another way of
 * numbering), the history cache is read again from git instead of being trusted.
 */
export function codeVersion(): string {
	if (version) return version;
	const source = path.resolve(import.meta.dirname, '..');
	const digest = createHash('sha256');
	for (const folder of SHEET_CODE) {
		let files: string[];
		try {
			files = readdirSync(path.join(source, folder), { recursive: true, encoding: 'utf8' }).sort();
		} catch {
			continue;
		}
		for (const file of files) {
			if (!/\.(ts|js|mjs)$/.test(file)) continue;
			digest.update(file).update(readFileSync(path.join(source, folder, file)));
		}
	}
	try {
		digest.update(readFileSync(path.resolve(source, '../schemas/role.ts')));
	} catch {
		// A packaged copy without the schema sources: the folders above decide.
	}
	return (version = digest.digest('hex').slice(0, 16));
}
