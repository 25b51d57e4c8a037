import type { AuthorityEntry, DutyEntry } from '../../schemas/index.ts';

/**
 * One line of a duty or authority list with its number: the one numbering the role page
 * and the confirmation sheet share, so a line of the signed paper ("2.3") is found under
 * the same number on the page, and the other way round.
 */
export interface NumberedEntry {
	/** `1.`, `2.3`, `2.3.1`: the place in the list as written. */
	number: string;
	/** 0 for the top level, 1 inside a group, … */
	depth: number;
	/** Inline Markdown: the item's text, or the group's heading. */
	text: string;
	/** The share of working time, in per cent. */
	weight: number | undefined;
	/** A group's items; `undefined` for an item. */
	items: NumberedEntry[] | undefined;
	/** For an item, its place among all the items (not groups) of the list, from 0: the same order as `Role.authorities`. */
	itemIndex: number | undefined;
}

/**
 * Duties or authorities in the order they are written, each numbered by its place (`2.3`
 * is the third item of the second entry). Groups keep their headings and are numbered too.
 */
export function numberEntries(entries: readonly (DutyEntry | AuthorityEntry)[]): NumberedEntry[] {
	let items = 0;
	const walk = (list: readonly (DutyEntry | AuthorityEntry)[], parents: readonly number[]): NumberedEntry[] =>
		list.map((entry, index) => {
			const place = [...parents, index + 1];
			const number = place.length === 1 ? `${place[0]}.` : place.join('.');
			const depth = parents.length;
			if (typeof entry === 'string') return { number, depth, text: entry, weight: undefined, items: undefined, itemIndex: items++ };
			if ('group' in entry) return { number, depth, text: entry.group, weight: undefined, items: walk(entry.items, place), itemIndex: undefined };
			const weight = 'weight' in entry ? entry.weight : undefined;
			return { number, depth, text: entry.text, weight, items: undefined, itemIndex: items++ };
		});
	return walk(entries, []);
}

/** The numbered lines one after the other, each group's heading before its items. */
export function flattenNumbered(entries: readonly NumberedEntry[]): NumberedEntry[] {
	return entries.flatMap((entry) => [entry, ...(entry.items ? flattenNumbered(entry.items) : [])]);
}
