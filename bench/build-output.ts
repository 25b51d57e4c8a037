/** What a Rolebook build weighs: files, bytes, role page sizes, script a page loads, search index. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Whether a file of a built site is a page: every page is a folder's `index.html` (the 404 page is not counted). */
export function isPageFile(file: string): boolean {
	return path.basename(file) === 'index.html';
}

/** The weight of a built site: what a reader downloads and what the host stores. */
export interface BuildOutput {
	files: number;
	/** HTML pages (`index.html` files); the rest is the search index, stylesheets, scripts, images and data. */
	pages: number;
	bytes: number;
	rolePageMedian: number;
	rolePageLargest: number;
	/** Bytes of script a role page loads before the reader opens search. */
	roleScriptBytes: number;
	searchIndexBytes: number;
}

/** Every file below `dir`, at any depth. */
export function filesUnder(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => path.join(entry.parentPath, entry.name));
}

/** The files' sizes added up. */
export const totalBytes = (files: string[]) => files.reduce((total, file) => total + statSync(file).size, 0);

/** Bytes of script a role page loads before the reader opens search: its script elements and module preloads. */
function scriptBytes(dist: string, html: string): number {
	let total = 0;
	for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
		const src = /\bsrc="([^"]+)"/.exec(match[1]!)?.[1];
		if (/application\/ld\+json/.test(match[1]!)) continue;
		total += src ? statSync(path.join(dist, src.replace(/^\//, ''))).size : Buffer.byteLength(match[2]!);
	}
	for (const match of html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) total += statSync(path.join(dist, match[1]!.replace(/^\//, ''))).size;
	return total;
}

/** The figures of a built site in `dist`, which must have role pages and a search index. */
export function describeBuildOutput(dist: string): BuildOutput {
	const files = filesUnder(dist);
	const rolePages = readdirSync(path.join(dist, 'roles'), { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.map((entry) => path.join(dist, 'roles', entry.name, 'index.html'));
	const pageSizes = rolePages.map((file) => statSync(file).size).sort((a, b) => a - b);
	return {
		files: files.length,
		pages: files.filter(isPageFile).length,
		bytes: totalBytes(files),
		rolePageMedian: pageSizes[Math.floor(pageSizes.length / 2)]!,
		rolePageLargest: pageSizes.at(-1)!,
		roleScriptBytes: scriptBytes(dist, readFileSync(rolePages[0]!, 'utf8')),
		searchIndexBytes: totalBytes(filesUnder(path.join(dist, 'pagefind'))),
	};
}
