import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'astro';
import { rolebook, type RolebookUserOptions } from '../../src/integration/rolebook.ts';

const REPOSITORY = path.resolve(import.meta.dirname, '../..');
/** Where the projects are made (ignored by git). */
const PROJECTS = path.join(REPOSITORY, '.test-projects');

export interface BuiltSite {
	/** The project folder the site was built from. */
	root: string;
	/** Its output folder. */
	dist: string;
	/** Deletes the project and its output. */
	remove(): void;
}

/**
 * Builds a site in this process with Astro's programmatic `build()`: a fresh project
 * folder holding `files` (components, stylesheets), whose only integration is
 * `rolebook({ content, ...options })`. Much faster than starting `astro build` in a
 * process of its own, and it is how two sites end up built in one process.
 */
export async function buildSite(content: string, options: Omit<RolebookUserOptions, 'content'> = {}, files: Record<string, string> = {}): Promise<BuiltSite> {
	// Inside the repository, as an installed package is inside its project: Vite serves files outside the root only in part.
	mkdirSync(PROJECTS, { recursive: true });
	const root = mkdtempSync(path.join(PROJECTS, 'site-'));
	for (const [file, text] of Object.entries(files)) {
		mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
		writeFileSync(path.join(root, file), text);
	}
	const dist = path.join(root, 'dist');
	await build({
		root,
		configFile: false,
		logLevel: 'error',
		integrations: [rolebook({ content, ...options })],
	});
	return { root, dist, remove: () => rmSync(root, { recursive: true, force: true }) };
}
