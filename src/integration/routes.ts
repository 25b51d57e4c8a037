import { readdirSync } from 'node:fs';
import path from 'node:path';

/** The files Astro treats as pages or endpoints. */
const ROUTE_EXTENSIONS = ['.astro', '.ts', '.js', '.md', '.html'];

export interface RouteFile {
	/** The URL pattern, as Astro's `injectRoute` takes it: `/roles/[id]`. */
	pattern: string;
	/** The absolute path of the file. */
	entrypoint: string;
}

/**
 * Every route file under `dir`, with the pattern its path gives it by Astro's own file
 * routing rules: `roles/[id]/index.astro` serves `/roles/[id]`, `org.json.ts` serves
 * `/org.json`; files and folders whose name starts with `_` are not routes. A page added
 * to the folder is served without being registered anywhere.
 */
export function findRoutes(dir: string): RouteFile[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.map((file) => file.split(path.sep).join('/'))
		.filter((file) => isRouteFile(file))
		.sort()
		.map((file) => ({ pattern: routePattern(file), entrypoint: path.join(dir, file) }));
}

function isRouteFile(file: string): boolean {
	if (file.split('/').some((segment) => segment.startsWith('_'))) return false;
	if (file.endsWith('.d.ts')) return false;
	return ROUTE_EXTENSIONS.includes(path.extname(file));
}

/** `roles/[id]/index.astro` → `/roles/[id]`; `index.astro` → `/`. */
export function routePattern(file: string): string {
	const segments = file.slice(0, -path.extname(file).length).split('/');
	if (segments.at(-1) === 'index') segments.pop();
	return `/${segments.join('/')}`;
}
