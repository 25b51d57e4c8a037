import { diffArrays, diffChars, diffWordsWithSpace } from 'diff';
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

/** Kept runs this short between two changes are read as part of the change: "Support" → "Care", not "Suppo|r|t". */
const SHORT_KEPT = 2;

/** Han characters, kana, hangul and full-width forms: text written without spaces between words. */
const UNSPACED_SCRIPT = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/;

/**
 * The characters of `before` and `after`, each marked as kept, removed or added: a
 * character diff for Chinese (no spaces between words), with kept runs of one or two
 * characters between changes folded into them, so a replaced phrase reads as one change.
 * Text written with spaces between words is compared word by word: "Support" → "Care"
 * is one changed word, not "S" and "Care and S".
 */
export function characterChanges(before: string, after: string): TextPart[] {
	type Block = { same: string } | { removed: string; added: string };
	const blocks: Block[] = [];
	const parts = UNSPACED_SCRIPT.test(before) || UNSPACED_SCRIPT.test(after) ? diffChars(before, after) : diffWordsWithSpace(before, after);
	for (const part of parts) {
		const last = blocks.at(-1);
		if (!part.added && !part.removed) blocks.push({ same: part.value });
		else if (last && !('same' in last)) {
			if (part.added) last.added += part.value;
			else last.removed += part.value;
		} else blocks.push({ removed: part.removed ? part.value : '', added: part.added ? part.value : '' });
	}
	const merged: Block[] = [];
	for (let i = 0; i < blocks.length; i++) {
		const block = blocks[i]!;
		const previous = merged.at(-1);
		const next = blocks[i + 1];
		if ('same' in block && block.same.length <= SHORT_KEPT && previous && !('same' in previous) && next && !('same' in next)) {
			previous.removed += block.same + next.removed;
			previous.added += block.same + next.added;
			i++;
		} else if (!('same' in block) && previous && !('same' in previous)) {
			previous.removed += block.removed;
			previous.added += block.added;
		} else merged.push('same' in block ? { ...block } : { ...block });
	}
	return merged.flatMap((block): TextPart[] =>
		'same' in block
			? [{ text: block.same, change: 'same' }]
			: [
					...(block.removed ? [{ text: block.removed, change: 'removed' as const }] : []),
					...(block.added ? [{ text: block.added, change: 'added' as const }] : []),
				],
	);
}
