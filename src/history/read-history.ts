import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sheetTextOf, type SheetText } from '../confirm/sheet-text.ts';
import { contentKindOf } from '../model/content-files.ts';
import { memorySource, type MemoryFile } from '../model/file-source.ts';
import { loadOrganization, type Organization, type ParseCache } from '../model/index.ts';
import { DEFAULT_CACHE_DIR, parseFolder, removeUnusedCaches } from '../model/cache-dir.ts';
import { codeVersion } from '../model/code-version.ts';
import { contentCommits, isAncestor, openRepository, readBlobs, type ContentCommit, type Repository } from './git.ts';
import type { CommitRef, SheetHistory, SheetVersion } from './types.ts';

/** Where the history is kept between runs: under the project's node_modules/.cache, as build tools do. */
export { DEFAULT_CACHE_DIR };

/** The folders whose code decides what a sheet prints, and so every fingerprint. */
const SHEET_CODE = ['confirm', 'i18n', 'markdown', 'model', 'site'];

/** Bumped when the cache file's shape changes. */
const CACHE_FORMAT = 2;

/** The names of history caches: one per content folder of a repository. */
const CACHE_NAME = /^history-[0-9a-f]{16}\.json$/;

interface CacheFile {
	format: number;
	/** The code that printed the sheets: a change to it may change every fingerprint. */
	code: string;
	/** The content folder the history is of; with the two fields above, first in the file, where pruning reads them. */
	folder: string;
	/** The newest commit read. */
	head: string;
	commits: number;
	/** The newest commit that changed the content. */
	lastChange: CommitRef | undefined;
	/** The content folder's files at `head`: path → blob. */
	tree: [string, string][];
	versions: SheetVersion[];
}

export interface HistoryOptions {
	cacheDir?: string | undefined;
}

/**
 * Every version of every role's printed text, from the git history of the content folder:
 * the organisation at each commit that changed it, loaded through the same model from git
 * objects (nothing is checked out), and each role's sheet printed. What was read before is
 * kept in the cache, so a later run reads only the commits since.
 */
export function readHistory(contentDir: string, options: HistoryOptions = {}): SheetHistory {
	const repository = openRepository(path.resolve(contentDir));
	if ('unavailable' in repository) return { available: false, reason: repository.unavailable };
	if (!repository.head) return { available: true, roles: new Map(), commits: 0, head: undefined };

	const cacheFile = path.join(options.cacheDir ?? DEFAULT_CACHE_DIR, `history-${hash(`${repository.top}\n${repository.prefix}`)}.json`);
	const code = codeVersion(SHEET_CODE);
	let cached = readCache(cacheFile, code);
	if (cached && cached.head !== repository.head && !isAncestor(repository, cached.head, repository.head)) cached = undefined;
	if (cached?.head === repository.head) return toHistory(cached);

	const folder = path.join(repository.top, repository.prefix);
	const state = cached ?? { format: CACHE_FORMAT, code, folder, head: '', commits: 0, lastChange: undefined, tree: [], versions: [] };
	const commits = contentCommits(repository, cached?.head);
	const updated = replay(repository, state, commits);
	updated.head = repository.head;
	writeCache(cacheFile, updated);
	return toHistory(updated);
}

/**
 * Whether no run will read a history cache, from its beginning: one of a folder that is
 * gone, or one other code wrote (its fingerprints may differ).
 */
function unusedHistory(head: string, code: string): boolean {
	const start = /^\{"format":(\d+),"code":("[^"]*"),"folder":("(?:[^"\\]|\\.)*")/.exec(head);
	if (!start || Number(start[1]) !== CACHE_FORMAT || parseFolder(start[2]!) !== code) return true;
	const folder = parseFolder(start[3]!);
	return folder === undefined || !existsSync(folder);
}

/** Applies each commit to the folder's files and records the sheets that changed. */
function replay(repository: Repository, state: CacheFile, commits: readonly ContentCommit[]): CacheFile {
	const tree = new Map(state.tree);
	const versions = [...state.versions];
	const open = new Map<string, SheetVersion>();
	for (const version of versions) if (version.until === undefined) open.set(version.role, version);

	// Every blob any of these commits needs, read at once.
	const needed = new Set<string>();
	const replayTree = new Map(tree);
	for (const commit of commits) {
		for (const change of commit.changes) {
			if (change.blob === undefined) replayTree.delete(change.path);
			else replayTree.set(change.path, change.blob);
		}
		for (const [file, blob] of replayTree) if (contentKindOf(file)) needed.add(blob);
	}
	for (const [file, blob] of tree) if (contentKindOf(file)) needed.add(blob);
	const blobs = readBlobs(repository, needed);

	const parseCache: ParseCache = new Map();
	const sheets = new Map<string, SheetText>();
	let counted = state.commits;
	let lastChange = state.lastChange;
	for (const commit of commits) {
		for (const change of commit.changes) {
			if (change.blob === undefined) tree.delete(change.path);
			else tree.set(change.path, change.blob);
		}
		if (!commit.changes.some((change) => contentKindOf(change.path))) continue;
		counted++;
		const at: CommitRef = { hash: commit.hash, date: commit.date };
		lastChange = at;
		const files = new Map<string, MemoryFile>();
		for (const [file, blob] of tree) if (contentKindOf(file)) files.set(file, { read: () => blobs.get(blob) ?? new Uint8Array(), cacheKey: blob });
		const { organization, errorCount } = loadOrganization(memorySource(SOURCE_LABEL, files, parseCache), { register: false });
		// Content with errors was never built, so it printed no sheet.
		if (errorCount > 0) continue;
		const present = new Set<string>();
		const around = surroundings(organization, tree);
		for (const role of organization.roles) {
			present.add(role.id);
			// A sheet prints its role file and, from elsewhere, only what `surroundings` covers.
			const key = `${around}\n${tree.get(role.source.displayPath.slice(SOURCE_LABEL.length + 1))}`;
			let text = sheets.get(key);
			if (!text) sheets.set(key, (text = sheetTextOf(role, organization)));
			const { fingerprint, lines } = text;
			const current = open.get(role.id);
			if (current?.fingerprint === fingerprint) continue;
			if (current) current.until = at;
			const version: SheetVersion = { role: role.id, fingerprint, lines, title: role.title, revision: role.version?.version, revisionDate: role.version?.date, since: at, until: undefined };
			versions.push(version);
			open.set(role.id, version);
		}
		for (const [id, version] of open) {
			if (present.has(id)) continue;
			version.until = at;
			open.delete(id);
		}
	}
	return { ...state, tree: [...tree], versions, commits: counted, lastChange };
}

/** Messages about past content name files `history/roles/…`. */
const SOURCE_LABEL = 'history';

/**
 * Everything a sheet prints that is not in its own role file: the site settings (labels,
 * statement, signatures), and every built role's title and every department's name (the
 * department, the superior, mentions and links). Two commits with the same surroundings
 * and the same role file print the same sheet.
 */
function surroundings(organization: Organization, tree: ReadonlyMap<string, string>): string {
	const digest = createHash('sha256');
	digest.update(`${tree.get('site.yaml') ?? ''} ${tree.get('site.yml') ?? ''}\n`);
	for (const role of organization.roles) digest.update(`${role.id}\t${role.title}\n`);
	for (const department of organization.departments) digest.update(`${department.id}\t${department.name}\n`);
	return digest.digest('hex');
}

function toHistory(cache: CacheFile): SheetHistory {
	const roles = new Map<string, SheetVersion[]>();
	for (const version of cache.versions) (roles.get(version.role) ?? roles.set(version.role, []).get(version.role)!).push(version);
	return { available: true, roles, commits: cache.commits, head: cache.lastChange };
}

function readCache(file: string, code: string): CacheFile | undefined {
	try {
		const cache = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
		return cache.format === CACHE_FORMAT && cache.code === code ? cache : undefined;
	} catch {
		return undefined;
	}
}

/** Written beside and renamed into place, so a run that is interrupted never leaves half a cache. */
function writeCache(file: string, cache: CacheFile): void {
	try {
		mkdirSync(path.dirname(file), { recursive: true });
		const temporary = `${file}.${process.pid}.tmp`;
		writeFileSync(temporary, JSON.stringify(cache));
		renameSync(temporary, file);
		removeUnusedCaches(file, CACHE_NAME, (head) => unusedHistory(head, cache.code));
	} catch {
		// A cache that cannot be written only makes the next run slower.
	}
}

function hash(text: string): string {
	return createHash('sha256').update(text).digest('hex').slice(0, 16);
}
