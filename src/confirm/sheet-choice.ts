/**
 * What a department's sheets page prints: every role's blank sheet and a copy filled in for
 * each holder (`both`), only the blank sheets, or only the named copies.
 */
export const SHEET_CHOICES = ['both', 'blank', 'named'] as const;
export type SheetChoice = (typeof SHEET_CHOICES)[number];

export type SheetCopy = 'blank' | 'named';

/**
 * For each choice, the turn (odd or even) each sheet takes among the sheets that choice
 * prints: consecutive printed sheets alternate, which is what lets each number its own pages.
 */
export function sheetTurns(copies: readonly SheetCopy[], choices: readonly SheetChoice[]): Partial<Record<SheetChoice, 'odd' | 'even'>>[] {
	const turns = copies.map((): Partial<Record<SheetChoice, 'odd' | 'even'>> => ({}));
	for (const choice of choices) {
		let printed = 0;
		copies.forEach((copy, index) => {
			if (choice === 'both' || choice === copy) turns[index]![choice] = printed++ % 2 === 0 ? 'odd' : 'even';
		});
	}
	return turns;
}
