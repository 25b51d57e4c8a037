import { loadOrganization, type LoadOptions, type LoadResult } from '../model/index.ts';
import { readHistory, type HistoryOptions } from './read-history.ts';
import type { SheetHistory } from './types.ts';

export { readHistory, DEFAULT_CACHE_DIR, type HistoryOptions } from './read-history.ts';
export { FULL_HISTORY_HINT } from './git.ts';
export type * from './types.ts';

/**
 * The one line to show when there is no history: what is missing and how to get it.
 * Everything else works without it.
 */
export function historyNotice(history: SheetHistory): string | undefined {
	if (history.available) return undefined;
	return `history unavailable: ${history.reason}; sign-offs are checked against the present text only and changes pages show no earlier versions`;
}

/** Reads the content folder's history, then loads the content with it: what every command that shows sign-offs does. */
export function loadWithHistory(contentDir: string, options: Omit<LoadOptions, 'history'> & HistoryOptions = {}): LoadResult {
	const history = readHistory(contentDir, options);
	return loadOrganization(contentDir, { ...options, history });
}
