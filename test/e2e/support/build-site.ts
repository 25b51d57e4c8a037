import path from 'node:path';
import { loadOrganization } from '../../../src/model/index.ts';
import { buildTemporarySite } from '../../../src/pdf/build-site.ts';

export const ROOT = path.resolve(import.meta.dirname, '../../..');
/** The example organisation shipped with the project. */
export const EXAMPLE_CONTENT = path.join(ROOT, 'content');

export interface BuiltSite {
	/** The output folder (what would be uploaded). */
	dir: string;
	/** The site's `base` from site.yaml, e.g. `/` or `/handbook/`. */
	base: string;
	/** Removes the output folder. */
	remove(): void;
}

/**
 * Runs `astro build` for a content folder into a fresh temp folder, exactly as a user would
 * (the same build `npm run pdf` makes), and resolves with that folder and the site's base.
 * Rejects with Astro's output if the build fails.
 */
export async function buildSite(contentDir: string = EXAMPLE_CONTENT): Promise<BuiltSite> {
	const { dir, remove } = await buildTemporarySite(contentDir, ROOT);
	const base = loadOrganization(path.resolve(contentDir)).organization.site.base || '/';
	return { dir, base, remove };
}
