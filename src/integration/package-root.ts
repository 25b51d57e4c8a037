import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder of the installed `rolebook` package (the repository itself when run from
 * source): its routes, components and styles are read from there, whether this module
 * runs as TypeScript source or compiled.
 */
export function findPackageRoot(from: string = fileURLToPath(import.meta.url)): string {
	for (let dir = path.dirname(from); ; dir = path.dirname(dir)) {
		const manifest = path.join(dir, 'package.json');
		if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'rolebook') return dir;
		if (path.dirname(dir) === dir) throw new Error(`the rolebook package.json was not found above ${from}`);
	}
}

export const PACKAGE_ROOT = findPackageRoot();
