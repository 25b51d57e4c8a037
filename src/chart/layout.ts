import { flextree } from 'd3-flextree';
import type { ChartBox } from './chart-boxes.ts';

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
	/** Width of the invisible column a wrapped level's line runs down. */
	junction: 12,
	/** Levels narrower than this never wrap. */
	minWrapWidth: 1400,
	/** Width over depth that wrapping aims for, subtree by subtree: landscape paper is about 1.4. */
	aspect: 1.5,
	/** Extra space between the teams and boxes stacked in one column, so each team reads as one. */
	entryGap: 12,
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

/** A childless box, or a small team: a box and its childless reports, drawn as an indented block. */
interface Entry {
	box: ChartBox;
	/** The block's members: empty for a single box. */
	members: readonly ChartBox[];
}

/**
 * What d3-flextree lays out: a box; a stack of boxes and teams; a junction, the thin
 * invisible node that carries a wrapped level's next row below the current one; or the
 * invisible root of a forest.
 */
interface Item {
	kind: 'box' | 'stack' | 'junction' | 'root';
	box: ChartBox | undefined;
	/** Stacked entries, by column. */
	columns: Entry[][];
	depth: number;
	/** Width and height shared by every box in a stack, so its rows and columns line up. */
	cellWidth: number;
	cellHeight: number;
	/** Whether a stack holds teams, whose members are indented once more. */
	teams: boolean;
	size: [number, number];
	children: Item[];
	/** Estimated extent of the laid-out subtree, for deciding where to wrap. */
	extentWidth: number;
	extentHeight: number;
}

function item(kind: Item['kind'], depth: number, box?: ChartBox): Item {
	return { kind, box, columns: [], depth, cellWidth: 0, cellHeight: 0, teams: false, size: [0, 0], children: [], extentWidth: 0, extentHeight: 0 };
}

/** How many columns a stack of `rows` rows gets: one up to four, then about two and a half rows per column. */
export function stackColumns(rows: number): number {
	return rows <= 4 ? 1 : Math.ceil(Math.sqrt(rows / 2.5));
}

/** A team small enough to stack as a block: its members have no reports of their own. */
const TEAM_MAX = 8;

function isTeam(box: ChartBox): boolean {
	return box.children.length > 0 && box.children.length <= TEAM_MAX && box.children.every((child) => child.children.length === 0);
}

/**
 * Splits entries, in order, into at most `stackColumns` columns whose tallest is as short
 * as it can be (a binary search on that height); an entry never spans two columns.
 */
function packColumns(entries: readonly Entry[]): Entry[][] {
	const rows = entries.map((entry) => 1 + entry.members.length);
	const total = rows.reduce((sum, n) => sum + n, 0);
	const count = Math.min(entries.length, stackColumns(total));
	const fill = (height: number): Entry[][] => {
		const columns: Entry[][] = [[]];
		let filled = 0;
		entries.forEach((entry, i) => {
			if (filled > 0 && filled + rows[i]! > height) {
				columns.push([]);
				filled = 0;
			}
			columns.at(-1)!.push(entry);
			filled += rows[i]!;
		});
		return columns;
	};
	let low = Math.max(...rows, Math.ceil(total / count));
	let high = total;
	while (low < high) {
		const middle = Math.floor((low + high) / 2);
		if (fill(middle).length <= count) high = middle;
		else low = middle + 1;
	}
	return fill(low);
}

/**
 * Lays out a forest of boxes top down with d3-flextree, which handles boxes of
 * different widths and heights in time linear in their number. Boxes of one level share
 * a height so the levels line up. Wide levels are made compact twice over:
 *
 * - stacking: a box's childless reports (three or more) and its small teams (two or
 *   more) go in columns under it, so a 40-person team is a block of four columns, not a
 *   row eight metres long;
 * - wrapping: a level far wider than its subtrees are deep continues on a second row
 *   below the first, and so on (aiming at 1.5 times as wide as deep), joined to its
 *   parent by a line down a gap that flextree keeps free.
 */
export function layoutChart(roots: readonly ChartBox[]): ChartLayout {
	const levelHeights: number[] = [];
	const regular = (box: ChartBox, depth: number): Item => {
		levelHeights[depth] = Math.max(levelHeights[depth] ?? 0, box.height);
		const node = item('box', depth, box);
		node.children = childItems(box.children, depth + 1);
		return node;
	};
	const stacked = (entries: Entry[], depth: number): Item => {
		const stack = item('stack', depth);
		stack.columns = packColumns(entries);
		for (const entry of entries) {
			for (const box of [entry.box, ...entry.members]) {
				stack.cellWidth = Math.max(stack.cellWidth, box.width);
				stack.cellHeight = Math.max(stack.cellHeight, box.height);
			}
			if (entry.members.length > 0) stack.teams = true;
		}
		const columnWidth = SPACING.indent * (stack.teams ? 2 : 1) + stack.cellWidth;
		const width = stack.columns.length * columnWidth + (stack.columns.length - 1) * SPACING.columnGap;
		const entryGap = stack.teams ? SPACING.entryGap : 0;
		const columnHeight = (column: Entry[]) => column.reduce((sum, entry) => sum + (1 + entry.members.length) * (stack.cellHeight + SPACING.rowGap) + entryGap, 0) - SPACING.rowGap - entryGap;
		stack.size = [width + SPACING.gapX, Math.max(...stack.columns.map(columnHeight)) + SPACING.gapY];
		return stack;
	};
	const childItems = (boxes: readonly ChartBox[], depth: number): Item[] => {
		const leaves = boxes.filter((box) => box.children.length === 0).length;
		const teams = boxes.filter(isTeam).length;
		if (leaves < SPACING.stackMin && teams < 2) return boxes.map((box) => regular(box, depth));
		const entries = boxes.filter((box) => box.children.length === 0 || isTeam(box)).map((box): Entry => ({ box, members: box.children }));
		const items = boxes.filter((box) => box.children.length > 0 && !isTeam(box)).map((box) => regular(box, depth));
		// The stack goes in the middle, right under the parent, with the larger subtrees either side.
		items.splice(Math.floor(items.length / 2), 0, stacked(entries, depth));
		return items;
	};

	let root: Item;
	if (roots.length === 1) root = regular(roots[0]!, 0);
	else {
		root = item('root', -1);
		root.children = childItems(roots, 0);
	}

	const order: Item[] = [];
	const pending = [root];
	while (pending.length > 0) {
		const next = pending.pop()!;
		order.push(next);
		if (next.kind === 'box') next.size = [next.box!.width + SPACING.gapX, levelHeights[next.depth]! + SPACING.gapY];
		pending.push(...next.children);
	}
	// Bottom up, so that each level is wrapped knowing how large its subtrees already are.
	for (let i = order.length - 1; i >= 0; i--) wrap(order[i]!);

	const layout = flextree<Item>({ children: (node) => node.children, nodeSize: (node) => node.data.size, spacing: 0 });
	const tree = layout.hierarchy(root);
	layout(tree);

	// Place every box, remembering which edges to draw once the chart is moved into view.
	const boxes: PlacedBox[] = [];
	const links: Link[] = [];
	/** For each item: the box its children report to, and the junctions a line to them passes. */
	const routes = new Map<Item, { parent: PlacedBox | undefined; via: Junction[] }>();
	tree.eachBefore((node) => {
		const current = node.data;
		const route = node.parent ? routes.get(node.parent.data)! : { parent: undefined, via: [] };
		if (current.kind === 'box') {
			const placed: PlacedBox = { box: current.box!, x: node.x - current.box!.width / 2, y: node.y, width: current.box!.width, height: levelHeights[current.depth]! };
			boxes.push(placed);
			routes.set(current, { parent: placed, via: [] });
			if (route.parent) links.push({ parent: route.parent, child: placed, kind: 'tree', spineX: 0, via: route.via });
		} else if (current.kind === 'junction') {
			routes.set(current, { parent: route.parent, via: [...route.via, { x: node.x, bus: node.y + current.size[1] - SPACING.gapY / 2 }] });
		} else if (current.kind === 'root') {
			routes.set(current, route);
		} else {
			const columnWidth = SPACING.indent * (current.teams ? 2 : 1) + current.cellWidth;
			const left = node.x - (current.size[0] - SPACING.gapX) / 2;
			current.columns.forEach((column, c) => {
				const columnLeft = left + c * (columnWidth + SPACING.columnGap);
				let y = node.y;
				const place = (box: ChartBox, x: number): PlacedBox => {
					const placed: PlacedBox = { box, x, y, width: current.cellWidth, height: current.cellHeight };
					boxes.push(placed);
					y += current.cellHeight + SPACING.rowGap;
					return placed;
				};
				for (const entry of column) {
					if (current.teams && entry !== column[0]) y += SPACING.entryGap;
					const head = place(entry.box, columnLeft + SPACING.indent);
					if (route.parent) links.push({ parent: route.parent, child: head, kind: 'stack', spineX: columnLeft + SPACING.spine, via: route.via });
					for (const member of entry.members) links.push({ parent: head, child: place(member, head.x + SPACING.indent), kind: 'team', spineX: 0, via: [] });
				}
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

	const edges: ChartEdge[] = links.map((link) => ({ from: link.parent.box.key, to: link.child.box.key, kind: 'reports', d: edgePath(link, dx, dy) }));
	edges.push(...dottedEdges(boxes));

	return { boxes, edges, width: Math.ceil(width + SPACING.margin), height: Math.ceil(height + SPACING.margin) };
}

/**
 * Estimates the item's laid-out extent from its children's, and when its children side
 * by side are wider than a page and rows bring the subtree closer to `aspect`, breaks
 * them into rows: each row but the last gets a junction in its middle, and the next row
 * hangs below that junction, which is as tall as the row above is deep, so the rows
 * cannot overlap. Each candidate split costs a pass over the children: linear overall.
 */
function wrap(current: Item): void {
	const children = current.children;
	const rowWidth = children.reduce((sum, child) => sum + child.extentWidth, 0);
	if (children.length >= 2 && rowWidth > SPACING.minWrapWidth) {
		// Try one row, two, three…: keep the split whose extent comes closest to `aspect`.
		const aspectOf = (split: Item[][]) => {
			const width = Math.max(...split.map((row) => row.reduce((sum, child) => sum + child.extentWidth, 0)));
			const height = split.reduce((sum, row) => sum + Math.max(...row.map((child) => child.extentHeight)), current.size[1]);
			return Math.abs(Math.log(width / height / SPACING.aspect));
		};
		let rows = [children];
		let best = aspectOf(rows);
		for (let count = 2; count <= Math.min(children.length, 8); count++) {
			const split = splitRows(children, count, rowWidth / count);
			const score = aspectOf(split);
			if (score < best) {
				best = score;
				rows = split;
			}
		}
		if (rows.length < 2) {
			measure(current);
			return;
		}
		// From the last row up: each junction carries everything below its row.
		let below: Item | undefined;
		for (let r = rows.length - 1; r >= 0; r--) {
			const row = rows[r]!;
			if (below) row.splice(Math.ceil(row.length / 2), 0, below);
			if (r === 0) break;
			const junction = item('junction', current.depth + 1);
			const above = rows[r - 1]!;
			junction.size = [SPACING.junction, Math.max(...above.map((child) => child.extentHeight))];
			junction.children = row;
			measure(junction);
			below = junction;
		}
		current.children = rows[0]!;
	}
	measure(current);
}

/** Children in order, in at most `count` rows of about `target` width each. */
function splitRows(children: readonly Item[], count: number, target: number): Item[][] {
	const rows: Item[][] = [[]];
	let filled = 0;
	for (const child of children) {
		if (filled > 0 && rows.length < count && filled + child.extentWidth / 2 > target) {
			rows.push([]);
			filled = 0;
		}
		rows.at(-1)!.push(child);
		filled += child.extentWidth;
	}
	return rows;
}

function measure(current: Item): void {
	let width = 0;
	let deepest = 0;
	let junctionWidth = 0;
	for (const child of current.children) {
		if (child.kind === 'junction') {
			width += child.size[0];
			junctionWidth = Math.max(junctionWidth, child.extentWidth);
			deepest = Math.max(deepest, child.extentHeight);
		} else {
			width += child.extentWidth;
			deepest = Math.max(deepest, child.extentHeight);
		}
	}
	current.extentWidth = Math.max(current.size[0], width, junctionWidth);
	current.extentHeight = current.size[1] + deepest;
}

interface Junction {
	x: number;
	/** Where the row below the junction has its horizontal line. */
	bus: number;
}

interface Link {
	parent: PlacedBox;
	child: PlacedBox;
	/** Parent above child, parent above a stack, or a team's head above its indented members. */
	kind: 'tree' | 'stack' | 'team';
	spineX: number;
	/** Junctions the line passes on its way down to a wrapped row. */
	via: Junction[];
}

function edgePath({ parent, child, kind, spineX, via }: Link, dx: number, dy: number): string {
	const px = parent.x + parent.width / 2;
	const bottom = parent.y + parent.height;
	const middle = child.y + Math.round(child.height / 2);
	if (kind === 'team') return `M${parent.x + SPACING.spine} ${bottom}V${middle}H${child.x}`;
	let d = `M${px} ${bottom}V${bottom + SPACING.gapY / 2}`;
	for (const junction of via) d += `H${Math.round(junction.x + dx)}V${Math.round(junction.bus + dy)}`;
	if (kind === 'stack') return `${d}H${Math.round(spineX + dx)}V${middle}H${child.x}`;
	const cx = child.x + child.width / 2;
	if (via.length === 0 && cx === px) return `M${px} ${bottom}V${child.y}`;
	return `${d}H${cx}V${child.y}`;
}

/** A dashed curve from each dotted-line superior to its report, where both are on the chart. */
function dottedEdges(boxes: readonly PlacedBox[]): ChartEdge[] {
	const byRole = new Map<string, PlacedBox>();
	for (const placed of boxes) if (placed.box.roleId !== undefined && !byRole.has(placed.box.roleId)) byRole.set(placed.box.roleId, placed);
	const edges: ChartEdge[] = [];
	for (const report of boxes) {
		for (const id of report.box.dottedLineTo) {
			const superior = byRole.get(id);
			if (!superior || superior === report) continue;
			// Right of centre, so the curve does not run along the solid line into the same box.
			const x1 = Math.round(superior.x + superior.width * 0.75);
			const x2 = Math.round(report.x + report.width * 0.75);
			let d: string;
			if (report.y >= superior.y + superior.height) {
				const y1 = superior.y + superior.height;
				const bend = Math.max(30, Math.round((report.y - y1) / 2));
				d = `M${x1} ${y1}C${x1} ${y1 + bend} ${x2} ${report.y - bend} ${x2} ${report.y}`;
			} else {
				const y2 = report.y + report.height;
				const bend = Math.max(30, Math.round(Math.abs(superior.y - y2) / 2));
				d = `M${x1} ${superior.y}C${x1} ${superior.y - bend} ${x2} ${y2 + bend} ${x2} ${y2}`;
			}
			edges.push({ from: superior.box.key, to: report.box.key, kind: 'dotted', d });
		}
	}
	return edges;
}
