import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const versions = new Map<string, string>();

/**
 * A hash of the code in some folders of `src/` (and of the role schema): a cache of what
 * that code made is trusted only while the hash is the same. The history keeps sheets
 * printed by the code that prints them; the parsed-file store, data read by the model.
 */
export function codeVersion(folders: readonly string[]): string {
	const known = versions.get(folders.join());
	if (known) return known;
	const source = path.resolve(import.meta.dirname, '..');
	const digest = createHash('sha256');
	for (const folder of folders) {
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
	const version = digest.digest('hex').slice(0, 16);
	versions.set(folders.join(), version);
	return version;
}
