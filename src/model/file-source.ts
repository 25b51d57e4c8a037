import path from 'node:path';
import { compareContentFiles, contentKindOf, listContentFiles, type ContentListing } from './content-files.ts';
import type { Reporter } from './reporter.ts';
import type { ParseCache } from './validate-entities.ts';

/**
 * Where the content files come from: the content folder on the disk (the default), or
 * files held in memory, such as the content folder as it was at a past git commit.
 */
export interface FileSource {
	/** The content folder, as results name it. */
	readonly root: string;
	listFiles(reporter: Reporter): ContentListing;
	/** Whether files are on the disk, with commit dates of their own to show. */
	readonly onDisk: boolean;
	/** Files already parsed, by `cacheKey`: content that comes back at many commits is parsed once. */
	readonly parseCache?: ParseCache | undefined;
}

/** The content folder on the disk; with a cache, files are known by a hash of their bytes. */
export function diskSource(contentDir: string, parseCache?: ParseCache): FileSource {
	const root = path.resolve(contentDir);
	return { root, onDisk: true, parseCache, listFiles: (reporter) => listContentFiles(root, reporter) };
}

/**
 * Content held in memory: paths relative to the content folder (forward slashes), each
 * with a way to read its bytes. Files that are not content (public/, README) are skipped,
 * as the folder walk skips them. Messages name files `<label>/<path>`.
 */
export interface MemoryFile {
	read: () => Uint8Array;
	/** Names this exact content (a git blob id). */
	cacheKey?: string | undefined;
}

export function memorySource(label: string, memory: ReadonlyMap<string, MemoryFile>, parseCache?: ParseCache): FileSource {
	return {
		root: label,
		onDisk: false,
		parseCache,
		listFiles: (reporter) => {
			const found = [...memory.keys()].flatMap((relativePath) => {
				const kind = contentKindOf(relativePath);
				return kind ? [{ kind, path: relativePath }] : [];
			});
			found.sort(compareContentFiles);
			if (!found.some((file) => file.kind === 'site')) {
				reporter.error('missing-site', { file: label, line: 1, column: 1 }, 'no site.yaml in the content folder; it names the organisation and is required');
			}
			const files = found.map(({ kind, path: relativePath }) => ({
				kind,
				absolutePath: `${label}/${relativePath}`,
				displayPath: `${label}/${relativePath}`,
				read: memory.get(relativePath)!.read,
				...(memory.get(relativePath)!.cacheKey === undefined ? {} : { cacheKey: `${relativePath}\n${memory.get(relativePath)!.cacheKey}` }),
			}));
			return { files, unlisted: new Set() };
		},
	};
}
