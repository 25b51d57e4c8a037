import path from 'node:path';

/**
 * Where the bench keeps an Astro project of its own (Starlight's peer, Astro's floor):
 * inside the package's `node_modules/`, so it never becomes part of Rolebook and a project
 * without dependencies of its own finds Rolebook's Astro.
 */
export function benchProjectDir(repoRoot: string, name: string): string {
	return path.join(repoRoot, 'node_modules', '.cache', 'rolebook-bench', name);
}
