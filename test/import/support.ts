import path from 'node:path';
import type { ListEntry, RoleDraft } from '../../src/import/draft.ts';
import { readDescriptions } from '../../src/import/index.ts';
import { readSource } from '../../src/import/read-source.ts';

/** Copies of the documents in the shared seeds, with the people's names in them replaced by invented ones. */
export const SEEDS = path.resolve(import.meta.dirname, '../fixtures/import/seeds');

export async function descriptionsOf(file: string): Promise<RoleDraft[]> {
	return readDescriptions(await readSource(file)).map(({ draft }) => draft);
}

/** Every duty or authority text, groups flattened, in order. */
export function leaves(entries: readonly ListEntry[]): string[] {
	return entries.flatMap((entry) => (entry.items.length ? leaves(entry.items) : [entry.text]));
}

/** Group headings with their item counts: `客户关系管理 (3)`. */
export function groups(entries: readonly ListEntry[]): string[] {
	return entries.filter((entry) => entry.items.length).map((entry) => `${entry.text} (${leaves(entry.items).length})`);
}

export function unplacedText(draft: RoleDraft): string[] {
	return draft.unplaced.map((line) => line.text);
}
