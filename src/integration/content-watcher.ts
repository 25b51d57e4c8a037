import { lstatSync, readdirSync, watch, type FSWatcher } from 'node:fs';
import path from 'node:path';

/** A change under the content folder: the path from the folder of what appeared, changed or went. */
export type ContentChange = (relativePath: string) => void;

/**
 * Watches a content folder for the dev server: one system watch per folder, not per file,
 * so ten thousand role files cost the server's start next to nothing (Vite's own watcher,
 * told to leave the folder alone, would set up a watch per file). Folders that appear
 * are watched too. Links are never followed, nor watched: a loop of them
 * (`ln -s . roles/loop`) is the model's to report, once. Calls `onChange` for every
 * event, of any file or folder; `onError` when the folder itself can no longer be watched.
 */
export function watchContent(contentDir: string, onChange: ContentChange, onError: (error: Error) => void): { close(): void } {
	const watchers = new Map<string, FSWatcher>();
	const forget = (folder: string) => {
		for (const [watched, watcher] of watchers) {
			if (watched === folder || watched.startsWith(folder + path.sep)) {
				watcher.close();
				watchers.delete(watched);
			}
		}
	};
	/** `announce`: report what the folder holds, for a folder that appeared (its files may be older than its watch). */
	const watchFolder = (folder: string, announce: boolean) => {
		if (watchers.has(folder)) return;
		let watcher: FSWatcher;
		try {
			watcher = watch(folder);
		} catch (error) {
			// A folder that cannot be watched is one the model cannot read either: it reports it.
			if (folder === contentDir) onError(error as Error);
			return;
		}
		watchers.set(folder, watcher);
		watcher.on('change', (_event, name) => {
			const changed = name ? path.join(folder, String(name)) : folder;
			onChange(path.relative(contentDir, changed));
			if (changed !== folder) follow(changed);
		});
		watcher.on('error', (error) => {
			forget(folder);
			if (folder === contentDir) onError(error);
		});
		for (const entry of entriesOf(folder)) {
			const inside = path.join(folder, entry.name);
			if (announce) onChange(path.relative(contentDir, inside));
			if (entry.isDirectory()) watchFolder(inside, announce);
		}
	};
	/** A name that changed: a new folder is watched; one that went (or became something else) is forgotten. */
	const follow = (changed: string) => {
		if (isFolder(changed)) watchFolder(changed, true);
		else forget(changed);
	};
	watchFolder(contentDir, false);
	return { close: () => forget(contentDir) };
}

function isFolder(file: string): boolean {
	try {
		return lstatSync(file).isDirectory();
	} catch {
		return false;
	}
}

function entriesOf(folder: string) {
	try {
		return readdirSync(folder, { withFileTypes: true });
	} catch {
		return [];
	}
}

/** Whether Vite's watcher should leave `file` alone: it is the content folder's, watched by watchContent. */
export function underContent(contentDir: string): (file: string) => boolean {
	const inside = contentDir + path.sep;
	return (file) => file === contentDir || file.startsWith(inside);
}

/** Whether the content folder holds the project itself (`content: '.'`): Vite's watcher must then keep watching it. */
export function holdsProject(contentDir: string, root: string): boolean {
	const relative = path.relative(contentDir, root);
	return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}
