import { lstatSync, readdirSync, readlinkSync, realpathSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import type { ContentKind } from '../../schemas/index.ts';
import type { RuleId, SourceLocation } from './diagnostics.ts';
import type { Reporter } from './reporter.ts';

export interface ContentListing {
	files: ContentFileRef[];
	/** Kinds whose folder could not be listed whole: references to them cannot be checked. */
	unlisted: Set<Exclude<ContentKind, 'site'>>;
}

export interface ContentFileRef {
	kind: ContentKind;
	absolutePath: string;
	displayPath: string;
	/** The file's bytes, for files that are not on the disk (a past version read from git). */
	read?: () => Uint8Array;
	/** Names the file's exact content (a git blob), so content read once need not be parsed again. */
	cacheKey?: string;
}

/** Where each kind of file lives; roles may sit in sub-folders, which only order them. */
const FOLDERS: { kind: Exclude<ContentKind, 'site'>; folder: string; recursive: boolean }[] = [
	{ kind: 'department', folder: 'departments', recursive: false },
	{ kind: 'role', folder: 'roles', recursive: true },
	{ kind: 'workflow', folder: 'workflows', recursive: false },
	{ kind: 'person', folder: 'people', recursive: false },
];

const SITE_FILES = ['site.yaml', 'site.yml'];
/** The content's own public files (the logo), copied into the site as they are. */
export const PUBLIC_FOLDER = 'public';
const YAML_FILE = /\.ya?ml$/i;

/**
 * The kind of a file from its path inside the content folder (`roles/sales/clerk.yaml`,
 * forward slashes), or nothing for a file that is not content. Mirrors the folder walk
 * below, for content that is not on the disk.
 */
export function contentKindOf(relativePath: string): ContentKind | undefined {
	const parts = relativePath.split('/');
	if (parts.some((part) => part.startsWith('.')) || !YAML_FILE.test(relativePath)) return undefined;
	if (parts.length === 1) return /^site\.ya?ml$/.test(parts[0]!) ? 'site' : undefined;
	const folder = FOLDERS.find((candidate) => candidate.folder === parts[0]);
	if (!folder || (!folder.recursive && parts.length > 2)) return undefined;
	return folder.kind;
}

/** Content files in the order `listContentFiles` gives them: site first, then by kind, then by path. */
export function compareContentFiles(a: { kind: ContentKind; path: string }, b: { kind: ContentKind; path: string }): number {
	const rank = (kind: ContentKind) => (kind === 'site' ? -1 : FOLDERS.findIndex((folder) => folder.kind === kind));
	return rank(a.kind) - rank(b.kind) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

/** Paths in messages are relative to where the command runs, so editors and terminals can open them. */
export function displayPath(absolutePath: string): string {
	const relative = path.relative(process.cwd(), absolutePath);
	return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : absolutePath;
}

/** Whether anything is at `full`; what it is (or why it cannot be looked at) is inspect()'s to say. */
function present(full: string): boolean {
	try {
		return lstatSync(full, { throwIfNoEntry: false }) !== undefined;
	} catch {
		return true;
	}
}

const atFile = (absolutePath: string): SourceLocation => ({ file: displayPath(absolutePath), line: 1, column: 1 });

/** What a path in the content folder is, once links (inside the folder) are followed. */
type EntryType = 'file' | 'directory' | 'other';
interface Entry {
	type: EntryType;
	/** The path with every link resolved. */
	real: string;
	stats: Stats;
}

const FILE_KINDS: [keyof Stats, string][] = [
	['isFIFO', 'a named pipe (FIFO)'],
	['isSocket', 'a socket'],
	['isCharacterDevice', 'a device'],
	['isBlockDevice', 'a device'],
];

/** "a named pipe (FIFO)", for a message about something that is neither a file nor a folder. */
export function describeSpecialFile(stats: Stats): string {
	return FILE_KINDS.find(([test]) => (stats[test] as () => boolean).call(stats))?.[1] ?? 'not a regular file';
}

function fileSystemReason(error: unknown): string {
	const code = (error as NodeJS.ErrnoException).code;
	if (code === 'EACCES' || code === 'EPERM') return 'permission denied; make it readable';
	if (code === 'ELOOP') return 'a loop of symbolic links';
	if (code === 'ENOENT') return 'it disappeared while being read';
	return (error as Error).message;
}

/**
 * Looks at the content folder without reading any file: each function here reports what
 * it refuses and returns what may be read, so that reading and parsing (which may run
 * elsewhere) are handed regular files inside the folder only.
 */
class ContentWalker {
	readonly root: string;
	readonly realRoot: string;
	readonly #reporter: Reporter;
	/** Folders already listed, by real path: a link back to one of them would loop. */
	readonly #visited = new Set<string>();

	constructor(root: string, reporter: Reporter) {
		this.root = root;
		this.realRoot = realpathSync(root);
		this.#reporter = reporter;
	}

	/**
	 * Follows `full` if it is a link. A link that leads outside the content folder, that
	 * loops or that leads nowhere is reported; it and anything behind it is not read.
	 */
	inspect(full: string): Entry | undefined {
		let stats: Stats | undefined;
		try {
			stats = lstatSync(full, { throwIfNoEntry: false });
		} catch (error) {
			this.#reporter.error('unreadable', atFile(full), `cannot be read: ${fileSystemReason(error)}`);
			return undefined;
		}
		if (!stats) return undefined;
		if (!stats.isSymbolicLink()) return { type: this.#type(stats), real: full, stats };

		let real: string;
		try {
			real = realpathSync(full);
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			if (code === 'ENOENT') {
				this.#reporter.warning('dangling-link', atFile(full), `links to "${this.#target(full)}", which does not exist; it is skipped`);
			} else if (code === 'ELOOP') {
				this.#reporter.error('unusual-file', atFile(full), 'is a loop of symbolic links; remove it or link to a real file');
			} else {
				this.#reporter.error('unreadable', atFile(full), `cannot be read: ${fileSystemReason(error)}`);
			}
			return undefined;
		}
		if (!this.isInside(real)) {
			this.#reporter.error('outside-content', atFile(full), `links to "${real}", outside the content folder; copy the file in instead`);
			return undefined;
		}
		try {
			const target = statSync(real);
			return { type: this.#type(target), real, stats: target };
		} catch (error) {
			this.#reporter.error('unreadable', atFile(full), `cannot be read: ${fileSystemReason(error)}`);
			return undefined;
		}
	}

	error(rule: RuleId, full: string, message: string): void {
		this.#reporter.error(rule, atFile(full), message);
	}

	isInside(real: string): boolean {
		return real === this.realRoot || real.startsWith(this.realRoot + path.sep);
	}

	/**
	 * The entries of a folder, sorted, without hidden ones (unless asked), each followed
	 * if it is a link. A folder reached twice (a link back to a parent) is reported.
	 */
	list(dir: Entry, shownAs: string, options: { hidden?: boolean } = {}): { name: string; full: string; entry: Entry }[] | undefined {
		if (this.#visited.has(dir.real)) {
			this.#reporter.error('unusual-file', atFile(shownAs), `links back to "${displayPath(dir.real)}", a folder already read (a loop); remove the link`);
			return [];
		}
		this.#visited.add(dir.real);
		let names: string[];
		try {
			names = readdirSync(shownAs);
		} catch (error) {
			this.#reporter.error('unreadable', atFile(shownAs), `the folder cannot be read: ${fileSystemReason(error)}`);
			return undefined;
		}
		const out: { name: string; full: string; entry: Entry }[] = [];
		for (const name of names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
			if (!options.hidden && name.startsWith('.')) continue;
			const full = path.join(shownAs, name);
			const entry = this.inspect(full);
			if (entry) out.push({ name, full, entry });
		}
		return out;
	}

	#type(stats: Stats): EntryType {
		return stats.isFile() ? 'file' : stats.isDirectory() ? 'directory' : 'other';
	}

	#target(link: string): string {
		try {
			return readlinkSync(link);
		} catch {
			return '?';
		}
	}
}

/**
 * Lists the content files in a fixed order (kind, then path) so that runs over the
 * same folder report the same way. Only regular files inside the content folder are
 * listed: links that lead outside it (at any depth, top folders and public/ included),
 * loops, pipes, devices and unreadable folders are reported instead.
 */
export function listContentFiles(contentDir: string, reporter: Reporter): ContentListing {
	const unlisted = new Set<Exclude<ContentKind, 'site'>>();
	const root = path.resolve(contentDir);
	let rootStats: Stats | undefined;
	try {
		rootStats = statSync(root, { throwIfNoEntry: false });
	} catch (error) {
		reporter.error('unreadable', atFile(root), `the content folder cannot be read: ${fileSystemReason(error)}`);
		return { files: [], unlisted };
	}
	if (!rootStats?.isDirectory()) {
		reporter.error('missing-site', atFile(root), `content folder "${displayPath(root)}" does not exist`);
		return { files: [], unlisted };
	}
	const walker = new ContentWalker(root, reporter);
	const files: ContentFileRef[] = [];
	const site = findSiteFile(walker, reporter);
	if (site) files.push({ kind: 'site', absolutePath: site, displayPath: displayPath(site) });
	for (const { kind, folder, recursive } of FOLDERS) {
		const listed = listFolder(walker, path.join(root, folder), recursive);
		if (!listed) unlisted.add(kind);
		for (const file of listed ?? []) files.push({ kind, absolutePath: file, displayPath: displayPath(file) });
	}
	checkPublicFolder(walker);
	return { files, unlisted };
}

/** site.yaml (or site.yml; not both), which must be a file. */
function findSiteFile(walker: ContentWalker, reporter: Reporter): string | undefined {
	const existing = SITE_FILES.map((name) => path.join(walker.root, name)).filter(present);
	if (existing.length === 0) {
		reporter.error('missing-site', atFile(walker.root), 'no site.yaml in the content folder; it names the organisation and is required');
		return undefined;
	}
	// A site file that is a link out of the folder, or a loop, is reported by inspect().
	const found = existing.map((full) => ({ full, entry: walker.inspect(full) })).filter((site) => site.entry);
	const [first, second] = found;
	if (!first) return undefined;
	if (second) {
		reporter.error('duplicate-id', atFile(second.full), `two site files: "${displayPath(first.full)}" and "${displayPath(second.full)}"; keep one`);
		return undefined;
	}
	if (first.entry!.type !== 'file') {
		reporter.error('unusual-file', atFile(first.full), `is ${first.entry!.type === 'directory' ? 'a folder' : describeSpecialFile(first.entry!.stats)}, not a file; site.yaml must be a YAML file`);
		return undefined;
	}
	return first.full;
}

/**
 * The YAML files of one top folder (`roles/`), in sub-folders too when `recursive`; nothing
 * when a folder could not be listed whole (a missing folder is an empty one).
 */
function listFolder(walker: ContentWalker, dir: string, recursive: boolean): string[] | undefined {
	if (!present(dir)) return [];
	const top = walker.inspect(dir);
	if (!top) return undefined;
	if (top.type !== 'directory') {
		walker.error('unusual-file', dir, `is ${top.type === 'file' ? 'a file' : describeSpecialFile(top.stats)}, not a folder; "${path.basename(dir)}" must be a folder of YAML files`);
		return undefined;
	}
	const files: string[] = [];
	let whole = true;
	const walk = (folder: string, entry: Entry) => {
		const children = walker.list(entry, folder);
		if (!children) whole = false;
		for (const child of children ?? []) {
			if (child.entry.type === 'directory') {
				if (recursive) walk(child.full, child.entry);
			} else if (YAML_FILE.test(child.name)) {
				if (child.entry.type === 'file') files.push(child.full);
				else walker.error('unusual-file', child.full, `is ${describeSpecialFile(child.entry.stats)}, not a file; only regular files are read`);
			}
		}
	};
	walk(dir, top);
	return whole ? files : undefined;
}

/**
 * public/ is copied into the site as it is, so everything in it is looked at first: a
 * link out of the content folder would publish that file (or folder) of the machine, a
 * link to elsewhere in the content folder would publish its YAML (drafts, people's names),
 * and a pipe would stop the copy for good.
 */
function checkPublicFolder(walker: ContentWalker): void {
	const dir = path.join(walker.root, PUBLIC_FOLDER);
	const top = walker.inspect(dir);
	if (!top) return;
	if (top.type !== 'directory') {
		walker.error('unusual-file', dir, `is not a folder; "${PUBLIC_FOLDER}" holds files copied into the site as they are`);
		return;
	}
	const realPublic = top.real;
	if (realPublic !== path.join(walker.realRoot, PUBLIC_FOLDER)) {
		walker.error('outside-content', dir, `links to "${displayPath(realPublic)}"; public/ must be a folder of its own, as everything in it is published`);
		return;
	}
	const walk = (folder: string, entry: Entry) => {
		for (const child of walker.list(entry, folder, { hidden: true }) ?? []) {
			if (child.entry.real !== realPublic && !child.entry.real.startsWith(realPublic + path.sep)) {
				walker.error('outside-content', child.full, `links to "${displayPath(child.entry.real)}", outside public/; only what is in public/ is published, so copy the file in instead`);
				continue;
			}
			if (child.entry.type === 'directory') walk(child.full, child.entry);
			else if (child.entry.type === 'other') walker.error('unusual-file', child.full, `is ${describeSpecialFile(child.entry.stats)}, not a file; public/ may hold only files and folders`);
		}
	};
	walk(dir, top);
}
