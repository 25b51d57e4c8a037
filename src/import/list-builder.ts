/**
 * Builds the tree of a duties or authorities list from numbered items. Nesting follows
 * the numbering: a style not yet open nests under the item before it ((一) then 1、),
 * a style already open closes what was opened after it, and a list that starts again
 * at 1 under a different item nests there. An item with items under it becomes a
 * group, its text the group's heading.
 */
import type { ListEntry } from './draft.ts';
import { styleOf, type Marker } from './markers.ts';
import { isTerminated } from './text.ts';

interface Open {
	style: string;
	entry: ListEntry;
}

export class ListBuilder {
	readonly entries: ListEntry[];
	private stack: Open[] = [];
	private numbered: ListEntry[] = [];
	/** How many of numbered[0 … counted - 1] end like sentences: counted once, as they can no longer grow. */
	private counted = 0;
	private terminated = 0;
	last: ListEntry | undefined;
	/** Counts every entry added: how the importer sees that a line went into this list. */
	version = 0;

	constructor(entries: ListEntry[]) {
		this.entries = entries;
	}

	/** A numbered or bulleted item. */
	addItem(marker: Marker, text: string, extra: Partial<ListEntry> = {}): ListEntry {
		this.version++;
		const style = styleOf(marker);
		const open = this.stack.findLastIndex((item) => item.style === style);
		if (open >= 0 && !(marker.number === 1 && open !== this.stack.length - 1)) this.stack.length = open;
		const entry: ListEntry = { text, items: [], ...extra };
		(this.stack.at(-1)?.entry.items ?? this.entries).push(entry);
		this.stack.push({ style, entry });
		this.numbered.push(entry);
		this.last = entry;
		return entry;
	}

	/** An unnumbered heading: the numbered items after it go under it. */
	addHeading(text: string): ListEntry {
		this.version++;
		const entry: ListEntry = { text, items: [] };
		this.entries.push(entry);
		this.stack = [{ style: 'heading', entry }];
		this.last = entry;
		return entry;
	}

	/** An unnumbered item under `parent` (a Word list under a typed （一） heading: its numbers are not in the text). */
	addUnder(parent: ListEntry, text: string): ListEntry {
		this.version++;
		const entry: ListEntry = { text, items: [] };
		parent.items.push(entry);
		this.last = entry;
		return entry;
	}

	/** An unnumbered item at the top of the list. */
	addPlain(text: string, extra: Partial<ListEntry> = {}): ListEntry {
		this.version++;
		const entry: ListEntry = { text, items: [], ...extra };
		this.entries.push(entry);
		this.stack = [];
		this.last = entry;
		return entry;
	}

	/** A new heading elsewhere ends any group left open. */
	close(): void {
		this.stack = [];
	}

	/** Do most numbered items so far end like sentences? Then a line without an end continues one. */
	get punctuated(): boolean {
		const count = this.numbered.length;
		if (!count) return false;
		// Every numbered item but the newest is finished: only the last entry grows.
		for (; this.counted < count - 1; this.counted++) if (isTerminated(this.numbered[this.counted]!.text)) this.terminated++;
		const newest = this.numbered[count - 1]!;
		const newestFinished = newest !== this.last || count === 1;
		const finished = count - 1 + (newestFinished ? 1 : 0);
		const terminated = this.terminated + (newestFinished && isTerminated(newest.text) ? 1 : 0);
		return terminated * 2 >= finished;
	}

	get hasNumbered(): boolean {
		return this.numbered.length > 0;
	}
}
