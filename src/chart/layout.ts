import { flextree } from 'd3-flextree';
import type { ChartBox } from './chart-boxes.ts';
import { createRouter, type RouteBox } from './route-dotted.ts';

/** Gaps and thresholds, in pixels. */
export const SPACING = {
	gapX: 16,
	gapY: 40,
	/** A box with at least this many childless children stacks them in columns. */
	stackMin: 3,
	columnGap: 18,
	rowGap: 8,
	/** Stacked boxes sit this far right of the line that connects them. */
	indent: 16,
	spine: 7,
	margin: 12,
} as const;

export interface PlacedBox {
	box: ChartBox;
	/** Top-left corner. */
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface ChartEdge {
	/** Keys of the boxes it joins: the superior, then the subordinate. */
	from: string;
	to: string;
	kind: 'reports' | 'dotted';
	/** SVG path data. */
	d: string;
}

export interface ChartLayout {
	/** Depth first, parents before children: the order a reader meets them. */
	boxes: PlacedBox[];
	edges: ChartEdge[];
	width: number;
	height: number;
}

/**
 * What d3-flextree lays out: a box; a stack of childless boxes in columns; or the
 * invisible root of a forest.
 */
interface Item {
	kind: 'box' | 'stack' | 'root';
	box: ChartBox | undefined;
	/** Stacked boxes, by column. */
	columns: ChartBox[][];
	depth: number;
	/** Width and height shared by every box in a stack, so its rows and columns line up. */
	cellWidth: number;
	cellHeight: number;
	size: [number, number];
	children: Item[];
}

function item(kind: Item['kind'], depth: number, box?: ChartBox): Item {
	return { kind, box, columns: [], depth, cellWidth: 0, cellHeight: 0, size: [0, 0], children: [] };
}

/** How many columns a stack of `rows` boxes gets: one up to four, then about two and a half rows per column. */
export function stackColumns(rows: number): number {
	return rows <= 4 ? 1 : Math.ceil(Math.sqrt(rows / 2.5));
}

/** Boxes, in order, in `stackColumns` columns of equal length (the last may be shorter). */
function packColumns(boxes: readonly ChartBox[]): ChartBox[][] {
	const count = stackColumns(boxes.length);
	const height = Math.ceil(boxes.length / count);
	const columns: ChartBox[][] = [];
	for (let i = 0; i < boxes.length; i += height) columns.push(boxes.slice(i, i + height));
	return columns;
}

/** Made once: each flextree() defines classes of its own, which ten thousand charts would pay for again and again. */
const flextreeLayout = flextree<Item>({ children: (node) => node.children, nodeSize: (node) => node.data.size, spacing: 0 });

/**
 * Lays out a forest of boxes top down with d3-flextree, which handles boxes of
 * different widths and heights in time linear in their number. The chart says who
 * reports to whom by position, so it keeps two rules:
 *
 * - every box of one level sits on one row: peers that have reports of their own are
 *   always side by side, never pushed onto a row of their own below someone else's team;
 * - only childless boxes are made compact: three or more of them under one manager go
 *   in columns under it (a 40-person team is a block of four columns, not a row eight
 *   metres long), beside their peers that have teams of their own.
 *
 * Lines run down from a box, across the gap between two rows, and down into the boxes
 * below, so a solid line never passes through a box it does not join: flextree keeps
 * every subtree clear of its neighbours at every depth.
 */
export function layoutChart(roots: readonly ChartBox[]): ChartLayout {
	const levelHeights: number[] = [];
	const regular = (box: ChartBox, depth: number): Item => {
		levelHeights[depth] = Math.max(levelHeights[depth] ?? 0, box.height);
		const node = item('box', depth, box);
		node.children = childItems(box.children, depth + 1);
		return node;
	};
	const stacked = (leaves: readonly ChartBox[], depth: number): Item => {
		const stack = item('stack', depth);
		stack.columns = packColumns(leaves);
		for (const box of leaves) {
			stack.cellWidth = Math.max(stack.cellWidth, box.width);
			stack.cellHeight = Math.max(stack.cellHeight, box.height);
		}
		const columnWidth = SPACING.indent + stack.cellWidth;
		const width = stack.columns.length * columnWidth + (stack.columns.length - 1) * SPACING.columnGap;
		const rows = stack.columns[0]!.length;
		stack.size = [width + SPACING.gapX, rows * (stack.cellHeight + SPACING.rowGap) - SPACING.rowGap + SPACING.gapY];
		return stack;
	};
	const childItems = (boxes: readonly ChartBox[], depth: number): Item[] => {
		const leaf = (box: ChartBox) => box.children.length === 0 && !box.cut;
		const leaves = boxes.filter(leaf);
		if (leaves.length < SPACING.stackMin) return boxes.map((box) => regular(box, depth));
		const items = boxes.filter((box) => !leaf(box)).map((box) => regular(box, depth));
		// The stack goes in the middle, right under the manager, with the larger subtrees either side.
		items.splice(Math.floor(items.length / 2), 0, stacked(leaves, depth));
		return items;
	};

	let root: Item;
	if (roots.length === 1) root = regular(roots[0]!, 0);
	else {
		root = item('root', -1);
		root.children = childItems(roots, 0);
	}

	const pending = [root];
	while (pending.length > 0) {
		const next = pending.pop()!;
		if (next.kind === 'box') next.size = [next.box!.width + SPACING.gapX, levelHeights[next.depth]! + SPACING.gapY];
		pending.push(...next.children);
	}

	const tree = flextreeLayout.hierarchy(root);
	flextreeLayout(tree);

	// Place every box, remembering which edges to draw once the chart is moved into view.
	const boxes: PlacedBox[] = [];
	const links: Link[] = [];
	/** For each item: the box its children report to. */
	const parents = new Map<Item, PlacedBox | undefined>();
	tree.eachBefore((node) => {
		const current = node.data;
		const parent = node.parent ? parents.get(node.parent.data) : undefined;
		if (current.kind === 'box') {
			const placed: PlacedBox = { box: current.box!, x: node.x - current.box!.width / 2, y: node.y, width: current.box!.width, height: levelHeights[current.depth]! };
			boxes.push(placed);
			parents.set(current, placed);
			if (parent) links.push({ parent, child: placed, kind: 'tree', spineX: 0 });
		} else if (current.kind === 'root') {
			parents.set(current, undefined);
		} else {
			const columnWidth = SPACING.indent + current.cellWidth;
			const left = node.x - (current.size[0] - SPACING.gapX) / 2;
			current.columns.forEach((column, c) => {
				const columnLeft = left + c * (columnWidth + SPACING.columnGap);
				column.forEach((box, r) => {
					const placed: PlacedBox = { box, x: columnLeft + SPACING.indent, y: node.y + r * (current.cellHeight + SPACING.rowGap), width: current.cellWidth, height: current.cellHeight };
					boxes.push(placed);
					if (parent) links.push({ parent, child: placed, kind: 'stack', spineX: columnLeft + SPACING.spine });
				});
			});
		}
	});

	let minX = Infinity;
	let minY = Infinity;
	for (const placed of boxes) {
		minX = Math.min(minX, placed.x);
		minY = Math.min(minY, placed.y);
	}
	const dx = boxes.length > 0 ? SPACING.margin - minX : 0;
	const dy = boxes.length > 0 ? SPACING.margin - minY : 0;
	let width = 0;
	let height = 0;
	for (const placed of boxes) {
		placed.x = Math.round(placed.x + dx);
		placed.y = Math.round(placed.y + dy);
		width = Math.max(width, placed.x + placed.width);
		height = Math.max(height, placed.y + placed.height);
	}
	for (const link of links) link.spineX = Math.round(link.spineX + dx);

	const edges: ChartEdge[] = links.map((link) => ({ from: link.parent.box.key, to: link.child.box.key, kind: 'reports', d: edgePath(link) }));
	const size = { width: Math.ceil(width + SPACING.margin), height: Math.ceil(height + SPACING.margin) };
	edges.push(...dottedEdges(boxes, size, links));

	return { boxes, edges, ...size };
}

interface Link {
	parent: PlacedBox;
	child: PlacedBox;
	/** Parent above child, or parent above a stack of childless boxes. */
	kind: 'tree' | 'stack';
	/** Where a stacked box's line runs down, left of its column. */
	spineX: number;
}

function edgePath({ parent, child, kind, spineX }: Link): string {
	const px = Math.round(parent.x + parent.width / 2);
	const bottom = parent.y + parent.height;
	const bus = bottom + SPACING.gapY / 2;
	if (kind === 'stack') return `M${px} ${bottom}V${bus}H${spineX}V${child.y + Math.round(child.height / 2)}H${child.x}`;
	const cx = Math.round(child.x + child.width / 2);
	if (cx === px) return `M${px} ${bottom}V${child.y}`;
	return `M${px} ${bottom}V${bus}H${cx}V${child.y}`;
}

/** A dashed line from each dotted-line superior to its report, where both are on the chart, routed around every other box. */
function dottedEdges(boxes: readonly PlacedBox[], size: { width: number; height: number }, links: readonly Link[]): ChartEdge[] {
	const byRole = new Map<string, PlacedBox>();
	for (const placed of boxes) if (placed.box.roleId !== undefined && !byRole.has(placed.box.roleId)) byRole.set(placed.box.roleId, placed);
	const pairs: [PlacedBox, PlacedBox][] = [];
	for (const report of boxes) {
		for (const id of report.box.dottedLineTo) {
			const superior = byRole.get(id);
			if (superior && superior !== report) pairs.push([superior, report]);
		}
	}
	if (pairs.length === 0) return [];
	const parents = new Map<RouteBox, PlacedBox>();
	const spines = new Map<RouteBox, number>();
	for (const link of links) {
		parents.set(link.child, link.parent);
		if (link.kind === 'stack') spines.set(link.child, link.spineX);
	}
	const router = createRouter(boxes, size, { parent: (box) => parents.get(box), spine: (box) => spines.get(box) });
	return pairs.map(([superior, report]) => ({ from: superior.box.key, to: report.box.key, kind: 'dotted', d: router.route(superior, report) }));
}
