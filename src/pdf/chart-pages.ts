import { sizeBox, type ChartBox, type Span } from '../chart/chart-boxes.ts';
import { layoutChart, type ChartLayout } from '../chart/layout.ts';
import type { Translate } from '../i18n/translate.ts';

/** Landscape paper, in CSS pixels (96 per inch) inside 10 mm margins, less a line for the page's heading. */
export const PAPER = {
	A4: { width: 1047, height: 680, css: 'A4 landscape' },
	A3: { width: 1512, height: 1010, css: 'A3 landscape' },
} as const;

export type Paper = keyof typeof PAPER;

/** The smallest scale a chart is printed at: 12 px text stays above 8 px, about 6 pt. */
export const MIN_PRINT_SCALE = 0.7;

/** Paper has no tooltips: a printed title may take four lines before it is shortened. */
const PRINT_TITLE_LINES = 4;

export interface ChartPage {
	/** 1-based. */
	number: number;
	layout: ChartLayout;
	/** The page this one continues, when it does. */
	continuesFrom: number | undefined;
}

/** A part of the chart on a page of its own: a forest, with the reports of its `cut` boxes on other pages. */
interface Part {
	roots: ChartBox[];
	/** The part whose cut box this one continues, if any: its roots are that box again. */
	from: Part | undefined;
	cut: Set<ChartBox>;
	/** For each box cut here, the part its reports continue on. */
	cuts: Map<ChartBox, Part>;
	number: number;
}

/**
 * Splits a chart over pages of `paper`, by subtree: the first page has the top of the
 * tree, as many levels as fit; each box whose reports did not fit says "continued on page
 * N", and page N starts with that box again ("continued from page M") above its reports,
 * split in turn if need be. A row of peers too wide for one sheet is shared out over
 * several pages. No box is ever cut. Pages are numbered breadth first.
 */
export function splitChart(roots: readonly ChartBox[], paper: Paper, t: Translate): ChartPage[] {
	const limit = { width: PAPER[paper].width / MIN_PRINT_SCALE, height: PAPER[paper].height / MIN_PRINT_SCALE };
	const fits = (layout: ChartLayout) => layout.width <= limit.width && layout.height <= limit.height;
	const placeholder = () => t('chart.continued', { page: 999 });
	const parts: Part[] = [{ roots: [...roots], from: undefined, cut: new Set(), cuts: new Map(), number: 0 }];
	// First decide what goes on each page, with a stand-in page number on each marker.
	for (let q = 0; q < parts.length; q++) {
		const part = parts[q]!;
		const from = part.from ? 999 : undefined;
		const draw = () => layoutChart(truncate(part.roots, part.cut, placeholder, from, t));
		// Move the largest team that is still on the page to a page of its own, until the page fits.
		while (!fits(draw())) {
			const largest = largestTeam(part.roots, part.cut);
			if (!largest) break;
			part.cut.add(largest);
		}
		if (!fits(draw())) {
			// Even the roots and their reports are too wide: share the reports out, a group per page.
			const groups = shareOut(part.roots, limit.width, t);
			if (groups.length > 1) {
				part.roots = groups[0]!;
				part.cut.clear();
				parts.splice(q + 1, 0, ...groups.slice(1).map((group): Part => ({ roots: group, from: part.from, cut: new Set(), cuts: new Map(), number: 0 })));
				q--;
				continue;
			}
		}
		for (const box of visit(part.roots, part.cut)) {
			if (!part.cut.has(box)) continue;
			const next: Part = { roots: [box], from: part, cut: new Set(), cuts: new Map(), number: 0 };
			part.cuts.set(box, next);
			parts.push(next);
		}
	}
	// Then number the pages and draw each with its markers.
	parts.forEach((part, i) => (part.number = i + 1));
	return parts.map((part) => ({
		number: part.number,
		continuesFrom: part.from?.number,
		layout: layoutChart(truncate(part.roots, part.cut, (box) => t('chart.continued', { page: part.cuts.get(box)!.number }), part.from?.number, t)),
	}));
}

/** The boxes drawn on a page, parents first, not looking below the cut ones. */
function visit(roots: readonly ChartBox[], cut: ReadonlySet<ChartBox>): ChartBox[] {
	const out: ChartBox[] = [];
	const queue = [...roots];
	for (let i = 0; i < queue.length; i++) {
		const box = queue[i]!;
		out.push(box);
		if (!cut.has(box)) queue.push(...box.children);
	}
	return out;
}

/** Of the boxes below the roots still drawn with their reports, the one with the most roles under it. */
function largestTeam(roots: readonly ChartBox[], cut: ReadonlySet<ChartBox>): ChartBox | undefined {
	const sizes = new Map<ChartBox, number>();
	const count = (box: ChartBox): number => {
		let size = sizes.get(box);
		if (size === undefined) {
			size = 1;
			for (const child of box.children) size += count(child);
			sizes.set(box, size);
		}
		return size;
	};
	let best: ChartBox | undefined;
	for (const box of visit(roots, cut)) {
		if (roots.includes(box) || cut.has(box) || box.children.length === 0) continue;
		if (!best || count(box) > count(best)) best = box;
	}
	return best;
}

function withLine(box: ChartBox, line: Span[] | undefined, children: ChartBox[], context = box.context): ChartBox {
	const lines = [...(box.fullLines ?? box.lines), ...(line ? [line] : [])];
	return sizeBox({ ...box, lines, children, context, titleLines: [] }, PRINT_TITLE_LINES);
}

/** A copy of the forest in which the `cut` boxes lose their reports and get `marker`'s line. Repeated roots say where they come from. */
function truncate(roots: readonly ChartBox[], cut: ReadonlySet<ChartBox>, marker: (box: ChartBox) => string, from: number | undefined, t: Translate): ChartBox[] {
	const copy = (box: ChartBox, root: boolean): ChartBox => {
		if (root && from !== undefined) {
			return withLine(box, [{ text: t('chart.continuedFrom', { page: from }), tone: 'accent' }], box.children.map((child) => copy(child, false)), true);
		}
		if (cut.has(box)) return { ...withLine(box, [{ text: marker(box), tone: 'accent' }], []), cut: true };
		return withLine(box, undefined, box.children.map((child) => copy(child, false)));
	};
	return roots.map((root) => copy(root, true));
}

/**
 * A forest whose top rows are too wide for a page, as several forests: one root's
 * reports shared out in groups as wide as a page (each group under the root again), or
 * the roots of the forest themselves in groups.
 */
function shareOut(roots: readonly ChartBox[], width: number, t: Translate): ChartBox[][] {
	const groupsOf = (items: readonly ChartBox[]): ChartBox[][] => {
		const groups: ChartBox[][] = [[]];
		let used = 0;
		for (const item of items) {
			const own = layoutChart(truncate([item], new Set(item.children), () => t('chart.continued', { page: 999 }), undefined, t)).width;
			if (used > 0 && used + own > width) {
				groups.push([]);
				used = 0;
			}
			groups.at(-1)!.push(item);
			used += own;
		}
		return groups;
	};
	if (roots.length > 1) return groupsOf(roots);
	const [root] = roots;
	if (!root || root.children.length < 2) return [[...roots]];
	return groupsOf(root.children).map((group) => [{ ...root, children: group }]);
}
