import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ContentKind } from '../../schemas/index.ts';
import type { Reporter } from './reporter.ts';

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

/**
 * Lists the content files in a fixed order (kind, then path) so that runs over the
 * same folder report the same way. Links that lead outside the folder are refused:
 * a content folder must not publish files from elsewhere on the machine.
 */
export function listContentFiles(contentDir: string, reporter: Reporter): ContentFileRef[] {
	const root = path.resolve(contentDir);
	const at = { file: displayPath(root), line: 1, column: 1 };
	if (!existsSync(root) || !statSync(root).isDirectory()) {
		reporter.error('missing-site', at, `content folder "${displayPath(root)}" does not exist`);
		return [];
	}
	const realRoot = realpathSync(root);
	const files: ContentFileRef[] = [];
	const isInside = (absolutePath: string) => {
		const real = realpathSync(absolutePath);
		if (real === realRoot || real.startsWith(realRoot + path.sep)) return true;
		reporter.error('outside-content', { file: displayPath(absolutePath), line: 1, column: 1 }, `links to "${real}", outside the content folder; copy the file in instead`);
		return false;
	};
	const add = (kind: ContentKind, absolutePath: string) => {
		if (isInside(absolutePath)) files.push({ kind, absolutePath, displayPath: displayPath(absolutePath) });
	};

	const site = ['site.yaml', 'site.yml'].map((name) => path.join(root, name)).find((file) => existsSync(file));
	if (site) add('site', site);
	else reporter.error('missing-site', at, 'no site.yaml in the content folder; it names the organisation and is required');

	for (const { kind, folder, recursive } of FOLDERS) {
		const dir = path.join(root, folder);
		if (!existsSync(dir)) continue;
		const walk = (current: string) => {
			const entries = readdirSync(current, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
			for (const entry of entries) {
				if (entry.name.startsWith('.')) continue;
				const full = path.join(current, entry.name);
				// Only a link can lead outside the folder; plain entries need no further look.
				const link = entry.isSymbolicLink();
				const stats = link ? statSync(full, { throwIfNoEntry: false }) : entry;
				if (!stats) continue;
				if (stats.isDirectory()) {
					if (recursive && (!link || isInside(full))) walk(full);
				} else if (YAML_FILE.test(entry.name) && (!link || isInside(full))) {
					files.push({ kind, absolutePath: full, displayPath: displayPath(full) });
				}
			}
		};
		walk(dir);
	}
	return files;
}
