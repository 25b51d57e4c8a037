import { contentKindOf } from '../model/content-files.ts';
import { loadOrganization, memorySource, type LoadOptions, type LoadResult, type MemoryFile } from '../model/index.ts';
import { git, openRepository, readBlobs } from './git.ts';

/**
 * The content folder as it was at a revision of its repository (`main`, `HEAD~3`, a commit),
 * loaded through the model from git objects, without checking anything out.
 */
export function loadAtRevision(contentDir: string, revision: string, options: LoadOptions = {}): LoadResult {
	const repository = openRepository(contentDir);
	if ('unavailable' in repository) throw new Error(`cannot read revision ${revision}: ${repository.unavailable}`);
	let listing: string;
	try {
		const commit = git(contentDir, ['rev-parse', '--verify', '--quiet', `${revision}^{commit}`]).toString().trim();
		listing = git(contentDir, ['ls-tree', '-r', '-z', '--full-tree', commit, '--', repository.prefix || '.']).toString('utf8');
	} catch {
		throw new Error(`"${revision}" is not a revision of the repository that holds ${contentDir}`);
	}
	const tree = new Map<string, string>();
	for (const entry of listing.split('\0')) {
		const match = /^(\d+) blob ([0-9a-f]+)\t(.*)$/s.exec(entry);
		if (!match || !match[1]!.startsWith('100') || !match[3]!.startsWith(repository.prefix)) continue;
		const file = match[3]!.slice(repository.prefix.length);
		if (contentKindOf(file)) tree.set(file, match[2]!);
	}
	const blobs = readBlobs(repository, tree.values());
	const files = new Map<string, MemoryFile>([...tree].map(([file, blob]) => [file, { read: () => blobs.get(blob) ?? new Uint8Array(), cacheKey: blob }]));
	return loadOrganization(memorySource(revision, files), options);
}
