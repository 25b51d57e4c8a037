import { spawnSync } from 'node:child_process';

/** How to get the whole history in CI, where checkouts are shallow by default. */
export const FULL_HISTORY_HINT = 'fetch the whole history (in CI: actions/checkout with fetch-depth: 0; locally: git fetch --unshallow)';

/** Git output can be large (a thousand roles' files at once); this bounds it well above that. */
const MAX_OUTPUT = 1 << 30;

export class GitError extends Error {}

/** Runs git in `cwd` and returns its output; throws a GitError with git's own message when it fails. */
export function git(cwd: string, args: readonly string[], input?: string): Buffer {
	const result = spawnSync('git', ['-c', 'core.quotePath=false', ...args], { cwd, input, maxBuffer: MAX_OUTPUT, env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' } });
	if (result.error) {
		const missing = (result.error as NodeJS.ErrnoException).code === 'ENOENT';
		throw new GitError(missing ? 'git is not installed' : `git could not run: ${result.error.message}`);
	}
	if (result.status !== 0) throw new GitError(result.stderr.toString().trim().split('\n')[0] || `git ${args[0]} failed`);
	return result.stdout;
}

export interface Repository {
	/** The folder git runs in: the content folder. */
	cwd: string;
	/** The content folder's path inside the repository (`content/`, or empty at its top). */
	prefix: string;
	/** The repository's top folder, which names the cache. */
	top: string;
	/** The newest commit, or nothing in a repository without commits yet. */
	head: string | undefined;
}

/** The repository holding the folder, or the one-line reason there is no usable history. */
export function openRepository(contentDir: string): Repository | { unavailable: string } {
	let lines: string[];
	try {
		lines = git(contentDir, ['rev-parse', '--show-toplevel', '--show-prefix', '--is-shallow-repository']).toString().split('\n');
	} catch (error) {
		const message = (error as Error).message;
		if (error instanceof GitError && /not a git repository/i.test(message)) return { unavailable: 'the content folder is not in a git repository' };
		return { unavailable: message };
	}
	const [top = '', prefix = '', shallow] = lines;
	if (shallow === 'true') return { unavailable: `the content folder is in a shallow clone; ${FULL_HISTORY_HINT}` };
	let head: string | undefined;
	try {
		head = git(contentDir, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']).toString().trim() || undefined;
	} catch {
		head = undefined;
	}
	return { cwd: contentDir, prefix, top, head };
}

/** Whether `ancestor` is `descendant` or one of its ancestors. */
export function isAncestor(repository: Repository, ancestor: string, descendant: string): boolean {
	try {
		git(repository.cwd, ['merge-base', '--is-ancestor', ancestor, descendant]);
		return true;
	} catch {
		return false;
	}
}

export interface FileChange {
	/** Path inside the content folder. */
	path: string;
	/** The new blob, or nothing when the file was deleted. */
	blob: string | undefined;
}

export interface ContentCommit {
	hash: string;
	/** The committer's date, YYYY-MM-DD. */
	date: string;
	changes: FileChange[];
}

const NO_BLOB = /^0+$/;

/**
 * The commits that changed the content folder, oldest first, along the first-parent line
 * (the history of the branch, a merge counted as one change), each with the files it
 * added, changed or deleted. `since`: only commits after it.
 */
export function contentCommits(repository: Repository, since: string | undefined): ContentCommit[] {
	if (!repository.head) return [];
	const range = since ? `${since}..${repository.head}` : repository.head;
	const output = git(repository.cwd, ['log', '--first-parent', '-m', '--reverse', '--raw', '--no-renames', '--no-abbrev', '-z', '--format=%x01%H %cI', range, '--', '.']).toString('utf8');
	const commits: ContentCommit[] = [];
	for (const record of output.split('\x01').slice(1)) {
		const fields = record.split('\0');
		const [hash = '', isoDate = ''] = fields[0]!.trim().split(' ');
		const changes: FileChange[] = [];
		for (let i = 1; i + 1 < fields.length; i += 2) {
			const meta = fields[i]!.trim();
			if (!meta.startsWith(':')) break;
			const [, , , blob = '', status = ''] = meta.slice(1).split(' ');
			const file = fields[i + 1]!;
			if (!file.startsWith(repository.prefix)) continue;
			const mode = meta.slice(1).split(' ')[1] ?? '';
			// Only files: submodules and links have no YAML to read.
			const isFile = mode.startsWith('100');
			changes.push({ path: file.slice(repository.prefix.length), blob: status.startsWith('D') || NO_BLOB.test(blob) || !isFile ? undefined : blob });
		}
		commits.push({ hash, date: isoDate.slice(0, 10), changes });
	}
	return commits;
}

/** The contents of many blobs, read by one `git cat-file --batch`. */
export function readBlobs(repository: Repository, blobs: Iterable<string>): Map<string, Uint8Array> {
	const wanted = [...new Set(blobs)];
	const contents = new Map<string, Uint8Array>();
	if (wanted.length === 0) return contents;
	const output = git(repository.cwd, ['cat-file', '--batch'], `${wanted.join('\n')}\n`);
	let offset = 0;
	while (offset < output.length) {
		const lineEnd = output.indexOf(0x0a, offset);
		const header = output.toString('utf8', offset, lineEnd).split(' ');
		offset = lineEnd + 1;
		if (header[1] === 'missing') continue;
		const size = Number(header[2]);
		contents.set(header[0]!, output.subarray(offset, offset + size));
		offset += size + 1;
	}
	return contents;
}
