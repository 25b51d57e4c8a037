import { diffArrays, diffChars } from 'diff';
import type { SheetLine } from './types.ts';

/** A piece of a changed line: kept, or only in the older text, or only in the newer. */
export interface TextPart {
	text: string;
	change: 'same' | 'removed' | 'added';
}

export type LineChange =
	| { kind: 'added'; place: string; text: string }
	| { kind: 'removed'; place: string; text: string }
	/** `place` in the newer numbering; `oldPlace` when the line moved too. */
	| { kind: 'changed'; place: string; oldPlace: string; before: string; after: string; parts: TextPart[] };

/** `3. `, `2.3 `: a list line's number as the sheet prints it before the text. */
const LINE_NUMBER = /^\d+(?:\.\d+)*\.?\s+/;

/** A line without its number: an item moved down by one inserted above it has not changed. */
function body(line: SheetLine): string {
	return line.place !== '' && /\d$/.test(line.place) ? line.text.replace(LINE_NUMBER, '') : line.text;
}

/**
 * What changed between two versions of a sheet's text, line by line, in the sheet's own
 * numbering: lines added, lines removed, and lines changed in place, each changed line with
 * the characters that differ (a character diff: Chinese has no spaces between words). Lines
 * that only moved because of a line added or removed above them are not changes.
 */
export function compareSheets(older: readonly SheetLine[], newer: readonly SheetLine[]): LineChange[] {
	const changes: LineChange[] = [];
	const olderBodies = older.map(body);
	const newerBodies = newer.map(body);
	let oldIndex = 0;
	let newIndex = 0;
	let removed: number[] = [];
	let added: number[] = [];
	const flush = () => {
		const pairs = Math.min(removed.length, added.length);
		for (let i = 0; i < pairs; i++) {
			const before = olderBodies[removed[i]!]!;
			const after = newerBodies[added[i]!]!;
			changes.push({ kind: 'changed', place: newer[added[i]!]!.place, oldPlace: older[removed[i]!]!.place, before, after, parts: characterChanges(before, after) });
		}
		for (const index of removed.slice(pairs)) changes.push({ kind: 'removed', place: older[index]!.place, text: olderBodies[index]! });
		for (const index of added.slice(pairs)) changes.push({ kind: 'added', place: newer[index]!.place, text: newerBodies[index]! });
		removed = [];
		added = [];
	};
	for (const part of diffArrays(olderBodies, newerBodies)) {
		const count = part.value.length;
		if (part.removed) {
			for (let i = 0; i < count; i++) removed.push(oldIndex++);
		} else if (part.added) {
			for (let i = 0; i < count; i++) added.push(newIndex++);
		} else {
			flush();
			oldIndex += count;
			newIndex += count;
		}
	}
	flush();
	return changes;
}

/** The characters of `before` and `after`, each marked as kept, removed or added. */
export function characterChanges(before: string, after: string): TextPart[] {
	return diffChars(before, after).map((part) => ({ text: part.value, change: part.added ? 'added' : part.removed ? 'removed' : 'same' }));
}
