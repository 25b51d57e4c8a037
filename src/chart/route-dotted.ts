/**
 * Routes dotted lines around the boxes of a laid-out chart: orthogonal paths through the
 * gaps beside boxes and between rows, found by a shortest-path search on a sparse grid
 * made of those gaps (a bend costs as much as a long stretch, so routes stay simple).
 * Each search looks only at the boxes near the two it joins, widening to the whole chart
 * only when that finds no way through.
 */

/** What the router needs of a placed box. */
export interface RouteBox {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** Clearance kept between a dotted line and any box. */
const PAD = 4;
/** Distance of the channels from the boxes: half of the gaps between boxes beside each other, a quarter of those between rows. */
const SIDE = 8;
const ROW = 10;
/** Cost of one bend, in pixels of length. */
const BEND = 60;
/** How far beyond the two boxes a search looks first. */
const REACH = 320;
/** Length of the arrowhead at the report's end. */
export const ARROW = 7;

/** Where each box hangs in the tree: its superior's box, and for a stacked box the x of the line down its column. */
export interface RouteTree {
	parent(box: RouteBox): RouteBox | undefined;
	spine(box: RouteBox): number | undefined;
}

/** Searches on a grid of more boxes than this take long; such routes follow the tree instead. */
const MAX_SEARCH_BOXES = 150;
/** The dotted lines' own channel in the gap under a box, a little below its solid line's. */
const CHANNEL = 26;

export interface Router {
	/** SVG path data from the superior's box to the report's, ending at the report's border. */
	route(from: RouteBox, to: RouteBox): string;
}

interface Port {
	x: number;
	y: number;
	/** Direction of travel away from the box: 0 right, 1 down, 2 left, 3 up. */
	out: number;
	/** The point on the box's border the line starts or ends at. */
	edgeX: number;
	edgeY: number;
}

/** Where a line may leave or enter a box: off-centre on each side, so it never runs along the solid line to the same box. */
function ports(box: RouteBox): Port[] {
	const px = Math.round(box.x + box.width * 0.72);
	const py = Math.round(box.y + box.height * 0.3);
	const right = box.x + box.width;
	const bottom = box.y + box.height;
	return [
		{ x: px, y: bottom + PAD, out: 1, edgeX: px, edgeY: bottom },
		{ x: px, y: box.y - PAD, out: 3, edgeX: px, edgeY: box.y },
		{ x: right + PAD, y: py, out: 0, edgeX: right, edgeY: py },
		{ x: box.x - PAD, y: py, out: 2, edgeX: box.x, edgeY: py },
	];
}

/** Boxes in square cells, so that the boxes near a point or a route are found without looking at all of them. */
class BoxGrid {
	private cells = new Map<number, RouteBox[]>();
	private static readonly SIZE = 256;

	constructor(boxes: readonly RouteBox[]) {
		for (const box of boxes) this.each(box.x - PAD, box.y - PAD, box.x + box.width + PAD, box.y + box.height + PAD, (key) => this.cells.get(key)?.push(box) ?? this.cells.set(key, [box]));
	}

	private each(x0: number, y0: number, x1: number, y1: number, visit: (key: number) => void): void {
		const size = BoxGrid.SIZE;
		for (let gx = Math.floor(x0 / size); gx <= Math.floor(x1 / size); gx++) for (let gy = Math.floor(y0 / size); gy <= Math.floor(y1 / size); gy++) visit(gx * 65_536 + gy);
	}

	/** The boxes whose padded outline may touch the rectangle. */
	near(x0: number, y0: number, x1: number, y1: number): Set<RouteBox> {
		const found = new Set<RouteBox>();
		this.each(x0, y0, x1, y1, (key) => {
			for (const box of this.cells.get(key) ?? []) found.add(box);
		});
		return found;
	}

	/** Whether a horizontal or vertical stretch passes through a box's padded inside. */
	blocked(x0: number, y0: number, x1: number, y1: number): boolean {
		for (const box of this.near(x0, y0, x1, y1)) {
			const left = box.x - PAD;
			const right = box.x + box.width + PAD;
			const top = box.y - PAD;
			const bottom = box.y + box.height + PAD;
			if (y0 === y1 ? y0 > top && y0 < bottom && x1 > left && x0 < right : x0 > left && x0 < right && y1 > top && y0 < bottom) return true;
		}
		return false;
	}
}

export function createRouter(boxes: readonly RouteBox[], size: { width: number; height: number }, tree: RouteTree): Router {
	const grid = new BoxGrid(boxes);
	return {
		route(from, to) {
			const near = grid.near(Math.min(from.x, to.x) - REACH, Math.min(from.y, to.y) - REACH, Math.max(from.x + from.width, to.x + to.width) + REACH, Math.max(from.y + from.height, to.y + to.height) + REACH);
			if (near.size > MAX_SEARCH_BOXES) return treeRoute(from, to, tree);
			const left = Math.min(from.x, to.x);
			const right = Math.max(from.x + from.width, to.x + to.width);
			const top = Math.min(from.y, to.y);
			const bottom = Math.max(from.y + from.height, to.y + to.height);
			const tries = [
				{ left: left - REACH, right: right + REACH, top: top - REACH, bottom: bottom + REACH },
				{ left: 0, right: size.width, top: 0, bottom: size.height },
			];
			for (const area of tries) {
				const clamped = { left: Math.max(0, area.left), right: Math.min(size.width, area.right), top: Math.max(0, area.top), bottom: Math.min(size.height, area.bottom) };
				const d = search(from, to, grid, clamped);
				if (d) return d;
			}
			return treeRoute(from, to, tree);
		},
	};
}

/**
 * A route that follows the reporting lines, in time linear in the depth of the tree: from
 * the dotted-line superior up beside each of its own superiors to the box both report to,
 * then down beside each box on the way to the report. Each stretch runs in a gap
 * that the layout keeps free for the solid lines (under a box, beside it, or left of a
 * stacked column), so it never passes through a box.
 */
function treeRoute(from: RouteBox, to: RouteBox, tree: RouteTree): string {
	const chain = (box: RouteBox) => {
		const list = [box];
		for (let up = tree.parent(box); up; up = tree.parent(up)) list.push(up);
		return list;
	};
	const up = chain(from);
	const down = chain(to);
	const onDown = new Set(down);
	const meet = up.findIndex((box) => onDown.has(box));
	const common = meet >= 0 ? up[meet] : undefined;
	const rising = meet >= 0 ? up.slice(0, meet) : up;
	const falling = (common ? down.slice(0, down.indexOf(common)) : down).reverse();
	/** The channel under a box, or above the top row for the roots. */
	const below = (box: RouteBox | undefined) => (box ? box.y + box.height + CHANNEL : ROW / 2 + 1);
	const side = (box: RouteBox) => (to.x + to.width / 2 >= box.x + box.width / 2 ? box.x + box.width + SIDE : box.x - SIDE);
	const point = (box: RouteBox) => Math.round(box.x + box.width * 0.72);
	const points: [number, number][] = [];
	const at = () => points.at(-1)!;
	const h = (x: number) => points.push([x, at()[1]]);
	const v = (y: number) => points.push([at()[0], y]);

	if (rising.length === 0) {
		points.push([point(from), from.y + from.height]);
		v(below(from));
	} else {
		const spine = tree.spine(from);
		if (spine !== undefined) {
			points.push([from.x, Math.round(from.y + from.height * 0.3)]);
			h(spine - PAD);
		} else points.push([point(from), from.y]);
		v(below(tree.parent(from)));
		for (const box of rising.slice(1)) {
			h(side(box));
			v(below(tree.parent(box)));
		}
	}
	for (const box of falling.slice(0, -1)) {
		h(side(box));
		v(below(box));
	}
	if (falling.length === 0) {
		h(point(to));
		v(to.y + to.height);
	} else {
		const spine = tree.spine(to);
		if (spine !== undefined) {
			h(spine - PAD);
			v(Math.round(to.y + to.height * 0.3));
			h(to.x);
		} else {
			h(point(to));
			v(to.y);
		}
	}
	return pathData(points);
}

/** Sorted, without repeats, within [low, high]. */
function axis(values: Iterable<number>, low: number, high: number): number[] {
	return [...new Set(values)].filter((value) => value >= low && value <= high).sort((a, b) => a - b);
}

function lowerBound(values: readonly number[], target: number): number {
	let low = 0;
	let high = values.length;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (values[middle]! < target) low = middle + 1;
		else high = middle;
	}
	return low;
}

/**
 * A* over (grid point, direction of travel) within `area`: the grid's lines run through
 * the gaps beside and between the boxes there; a bend costs BEND on top of the length.
 */
function search(from: RouteBox, to: RouteBox, grid: BoxGrid, area: { left: number; right: number; top: number; bottom: number }): string | undefined {
	const starts = ports(from);
	const ends = ports(to);
	const margin = 6;
	const obstacles = [...grid.near(area.left, area.top, area.right, area.bottom)];
	const xs = axis(
		[area.left + margin, area.right - margin, ...obstacles.flatMap((box) => [box.x - SIDE, box.x + box.width + SIDE]), ...starts.map((port) => port.x), ...ends.map((port) => port.x)],
		area.left,
		area.right,
	);
	const ys = axis(
		[area.top + margin, area.bottom - margin, ...obstacles.flatMap((box) => [box.y - ROW, box.y + box.height + ROW]), ...starts.map((port) => port.y), ...ends.map((port) => port.y)],
		area.top,
		area.bottom,
	);
	const nx = xs.length;
	const ny = ys.length;
	const index = (x: number, y: number) => lowerBound(ys, y) * nx + lowerBound(xs, x);
	const goals = new Map<number, Port>();
	for (const port of ends) goals.set(index(port.x, port.y), port);
	/** Length still to go, plus a bend when the goal is not straight ahead: never more than the rest of the best route costs. */
	const estimate = (x: number, y: number) => {
		let least = Infinity;
		for (const port of ends) least = Math.min(least, Math.abs(port.x - x) + Math.abs(port.y - y) + (port.x !== x && port.y !== y ? BEND : 0));
		return least;
	};
	/** Among routes that look equally short, go on with the one furthest along: A* then follows one route instead of every staircase. */
	const priority = (total: number, estimated: number) => total + estimated - total * 1e-9;

	const cost = new Map<number, number>();
	const previous = new Map<number, number>();
	const heap = new MinHeap();
	for (const port of starts) {
		if (port.x < area.left || port.x > area.right || port.y < area.top || port.y > area.bottom) continue;
		const state = index(port.x, port.y) * 4 + port.out;
		cost.set(state, 0);
		heap.push(state, priority(0, estimate(port.x, port.y)));
	}
	const blockedCache = new Map<number, boolean>();
	/** Whether the stretch from a point to its neighbour to the right (horizontal) or below is blocked. */
	const blocked = (point: number, horizontal: boolean): boolean => {
		const key = point * 2 + (horizontal ? 0 : 1);
		let result = blockedCache.get(key);
		if (result === undefined) {
			const i = point % nx;
			const j = (point - i) / nx;
			result = horizontal ? grid.blocked(xs[i]!, ys[j]!, xs[i + 1]!, ys[j]!) : grid.blocked(xs[i]!, ys[j]!, xs[i]!, ys[j + 1]!);
			blockedCache.set(key, result);
		}
		return result;
	};

	let best = -1;
	let bestCost = Infinity;
	while (heap.size > 0) {
		const [state, queued] = heap.pop();
		if (queued >= bestCost) break;
		const c = cost.get(state)!;
		const point = state >> 2;
		const direction = state & 3;
		const i = point % nx;
		const j = (point - i) / nx;
		if (queued > priority(c, estimate(xs[i]!, ys[j]!)) + 1e-6) continue;
		const goal = goals.get(point);
		if (goal) {
			// Arriving against the port's outward direction means entering the box head on.
			const total = c + ((direction + 2) % 4 === goal.out ? 0 : BEND);
			if (total < bestCost) {
				bestCost = total;
				best = state;
			}
		}
		for (let next = 0; next < 4; next++) {
			if (next === (direction + 2) % 4) continue;
			let target: number;
			if (next === 0) {
				if (i + 1 >= nx || blocked(point, true)) continue;
				target = point + 1;
			} else if (next === 2) {
				if (i === 0 || blocked(point - 1, true)) continue;
				target = point - 1;
			} else if (next === 1) {
				if (j + 1 >= ny || blocked(point, false)) continue;
				target = point + nx;
			} else {
				if (j === 0 || blocked(point - nx, false)) continue;
				target = point - nx;
			}
			const ti = target % nx;
			const tj = (target - ti) / nx;
			const nextState = target * 4 + next;
			const nextCost = c + Math.abs(xs[ti]! - xs[i]!) + Math.abs(ys[tj]! - ys[j]!) + (next === direction ? 0 : BEND);
			if (nextCost < (cost.get(nextState) ?? Infinity)) {
				cost.set(nextState, nextCost);
				previous.set(nextState, state);
				heap.push(nextState, priority(nextCost, estimate(xs[ti]!, ys[tj]!)));
			}
		}
	}
	if (best < 0) return undefined;

	const points: [number, number][] = [];
	for (let state: number | undefined = best; state !== undefined; state = previous.get(state)) {
		const point = state >> 2;
		points.push([xs[point % nx]!, ys[Math.floor(point / nx)]!]);
	}
	points.reverse();
	const start = starts.find((port) => port.x === points[0]![0] && port.y === points[0]![1])!;
	const end = goals.get(index(points.at(-1)![0], points.at(-1)![1]))!;
	points.unshift([start.edgeX, start.edgeY]);
	points.push([end.edgeX, end.edgeY]);
	return pathData(points);
}

/** Orthogonal points as H and V commands, dropping the points where the line goes straight on. */
function pathData(points: readonly [number, number][]): string {
	let d = `M${points[0]![0]} ${points[0]![1]}`;
	for (let k = 1; k < points.length; k++) {
		const [x, y] = points[k]!;
		const [px, py] = points[k - 1]!;
		if (x === px && y === py) continue;
		const next = points[k + 1];
		const horizontal = y === py;
		if (next && (horizontal ? next[1] === y : next[0] === x)) continue;
		d += horizontal ? `H${x}` : `V${y}`;
	}
	return d;
}

/** A binary heap of (state, cost) pairs. */
class MinHeap {
	private states: number[] = [];
	private costs: number[] = [];

	get size(): number {
		return this.states.length;
	}

	push(state: number, cost: number): void {
		const states = this.states;
		const costs = this.costs;
		let k = states.length;
		states.push(state);
		costs.push(cost);
		while (k > 0) {
			const parent = (k - 1) >> 1;
			if (costs[parent]! <= cost) break;
			states[k] = states[parent]!;
			costs[k] = costs[parent]!;
			k = parent;
		}
		states[k] = state;
		costs[k] = cost;
	}

	pop(): [number, number] {
		const states = this.states;
		const costs = this.costs;
		const top: [number, number] = [states[0]!, costs[0]!];
		const lastState = states.pop()!;
		const lastCost = costs.pop()!;
		if (states.length > 0) {
			let k = 0;
			const n = states.length;
			for (;;) {
				let child = 2 * k + 1;
				if (child >= n) break;
				if (child + 1 < n && costs[child + 1]! < costs[child]!) child++;
				if (costs[child]! >= lastCost) break;
				states[k] = states[child]!;
				costs[k] = costs[child]!;
				k = child;
			}
			states[k] = lastState;
			costs[k] = lastCost;
		}
		return top;
	}
}
