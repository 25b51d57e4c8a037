import type { LoadResult } from '../model/index.ts';

/**
 * Hands the organisation an integration instance loaded to the pages it renders.
 *
 * The integration runs in Node; the pages run in modules Vite compiled, which cannot
 * share a module-level variable with it. So each `rolebook()` instance files its load
 * result here under a key of its own and tells its pages that key through the
 * `virtual:rolebook/site` module. Sites with different content, built one after the
 * other (or served side by side) in one process, never see each other's organisation.
 */
const SITES = Symbol.for('rolebook.loaded-sites');
type Holder = { [SITES]?: Map<string, LoadResult> };

function sites(): Map<string, LoadResult> {
	return ((globalThis as Holder)[SITES] ??= new Map());
}

export function fileLoadedSite(key: string, load: LoadResult): void {
	sites().set(key, load);
}

export function forgetLoadedSite(key: string): void {
	sites().delete(key);
}

export function loadedSite(key: string): LoadResult {
	const load = sites().get(key);
	if (!load) throw new Error(`Rolebook pages were rendered without their rolebook() integration (site ${key}); add rolebook() to the integrations in astro.config.mjs.`);
	return load;
}
