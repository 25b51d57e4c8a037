/**
 * Reads a drawn chart back from its SVG markup, as any viewer would, and checks what a
 * reader relies on: peers that have reports of their own on one row, no two boxes
 * overlapping, and no line passing through a box it does not join.
 */

export interface SvgBox {
	key: string;
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface SvgEdge {
	from: string;
	to: string;
	kind: 'reports' | 'dotted' | 'arrow';
	/** Straight segments of the path, as pairs of points. */
	segments: [[number, number], [number, number]][];
}

export interface SvgChart {
	boxes: SvgBox[];
	edges: SvgEdge[];
}

/** Boxes (`data-key`, a translate and their card's size) and lines, by group. */
export function parseChartSvg(svg: string): SvgChart {
	const boxes: SvgBox[] = [];
	for (const match of svg.matchAll(/class="oc-box[^"]*" data-key="([^"]+)" transform="translate\((-?[\d.]+) (-?[\d.]+)\)"[^>]*>(?:<title>[^<]*<\/title>)?<rect class="oc-card" width="([\d.]+)" height="([\d.]+)"/g)) {
		boxes.push({ key: unescape(match[1]!), x: Number(match[2]), y: Number(match[3]), width: Number(match[4]), height: Number(match[5]) });
	}
	const edges: SvgEdge[] = [];
	const groups: [string, SvgEdge['kind']][] = [
		['oc-edges', 'reports'],
		['oc-dotted', 'dotted'],
		['oc-arrows', 'arrow'],
	];
	for (const [name, kind] of groups) {
		const group = new RegExp(`<g class="${name}"[^>]*>([\\s\\S]*?)</g>`).exec(svg)?.[1] ?? '';
		for (const path of group.matchAll(/<path data-from="([^"]+)" data-to="([^"]+)" d="([^"]+)"/g)) {
			edges.push({ from: unescape(path[1]!), to: unescape(path[2]!), kind, segments: segmentsOf(path[3]!) });
		}
	}
	return { boxes, edges };
}

function unescape(text: string): string {
	return text.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** The straight segments of path data made of M, L, H, V and Z commands (absolute). */
export function segmentsOf(d: string): [[number, number], [number, number]][] {
	const segments: [[number, number], [number, number]][] = [];
	let current: [number, number] = [0, 0];
	let start: [number, number] = [0, 0];
	for (const [, command, a, b] of d.matchAll(/([MLHVZ])\s*(-?[\d.]+)?(?:[ ,](-?[\d.]+))?/g)) {
		let next: [number, number];
		if (command === 'M') {
			current = start = [Number(a), Number(b)];
			continue;
		} else if (command === 'H') next = [Number(a), current[1]];
		else if (command === 'V') next = [current[0], Number(a)];
		else if (command === 'L') next = [Number(a), Number(b)];
		else if (command === 'Z') next = start;
		else throw new Error(`path command ${command} in ${d}: charts draw straight lines only`);
		segments.push([current, next]);
		current = next;
	}
	return segments;
}

/** A grid over the chart, so that each check looks only at the boxes near what it tests. */
class Grid {
	private cells = new Map<string, SvgBox[]>();
	private size: number;
	constructor(boxes: readonly SvgBox[], size = 200) {
		this.size = size;
		for (const box of boxes) for (const key of this.keys(box.x, box.y, box.x + box.width, box.y + box.height)) this.cells.get(key)?.push(box) ?? this.cells.set(key, [box]);
	}

	private keys(x0: number, y0: number, x1: number, y1: number): string[] {
		const keys: string[] = [];
		for (let gx = Math.floor(x0 / this.size); gx <= Math.floor(x1 / this.size); gx++) for (let gy = Math.floor(y0 / this.size); gy <= Math.floor(y1 / this.size); gy++) keys.push(`${gx},${gy}`);
		return keys;
	}

	near(x0: number, y0: number, x1: number, y1: number): Set<SvgBox> {
		const found = new Set<SvgBox>();
		for (const key of this.keys(Math.min(x0, x1), Math.min(y0, y1), Math.max(x0, x1), Math.max(y0, y1))) for (const box of this.cells.get(key) ?? []) found.add(box);
		return found;
	}
}

/** Pairs of boxes that overlap. */
export function overlappingBoxes(chart: SvgChart): string[] {
	const grid = new Grid(chart.boxes);
	const found: string[] = [];
	for (const box of chart.boxes) {
		for (const other of grid.near(box.x, box.y, box.x + box.width, box.y + box.height)) {
			if (other === box || other.key < box.key) continue;
			const apart = box.x + box.width <= other.x || other.x + other.width <= box.x || box.y + box.height <= other.y || other.y + other.height <= box.y;
			if (!apart) found.push(`${box.key} overlaps ${other.key}`);
		}
	}
	return found;
}

/** Whether a horizontal or vertical segment passes through the inside of a box (touching its border is allowed). */
function crosses([[x0, y0], [x1, y1]]: [[number, number], [number, number]], box: SvgBox): boolean {
	const left = Math.min(x0, x1);
	const right = Math.max(x0, x1);
	const top = Math.min(y0, y1);
	const bottom = Math.max(y0, y1);
	if (left !== right && top !== bottom) {
		// A diagonal (the sides of an arrowhead): test a few points along it.
		for (let k = 0; k <= 8; k++) {
			const x = x0 + ((x1 - x0) * k) / 8;
			const y = y0 + ((y1 - y0) * k) / 8;
			if (x > box.x && x < box.x + box.width && y > box.y && y < box.y + box.height) return true;
		}
		return false;
	}
	return right > box.x && left < box.x + box.width && bottom > box.y && top < box.y + box.height && (left !== right || (left > box.x && left < box.x + box.width)) && (top !== bottom || (top > box.y && top < box.y + box.height));
}

/** Lines (solid, dotted, and the dotted lines' arrowheads) that pass through a box they do not join, or through either box they join. */
export function linesThroughBoxes(chart: SvgChart): string[] {
	const grid = new Grid(chart.boxes);
	const found: string[] = [];
	for (const edge of chart.edges) {
		for (const segment of edge.segments) {
			for (const box of grid.near(segment[0][0], segment[0][1], segment[1][0], segment[1][1])) {
				if (crosses(segment, box)) found.push(`${edge.kind} line ${edge.from} → ${edge.to} crosses ${box.key} at ${JSON.stringify(segment)}`);
			}
		}
	}
	return found;
}

/** Lines that do not start on the box they come from or end on the box they go to. */
export function looseLines(chart: SvgChart): string[] {
	const byKey = new Map(chart.boxes.map((box) => [box.key, box]));
	const on = (box: SvgBox | undefined, [x, y]: [number, number]) => !!box && x >= box.x - 0.5 && x <= box.x + box.width + 0.5 && y >= box.y - 0.5 && y <= box.y + box.height + 0.5;
	const found: string[] = [];
	for (const edge of chart.edges.filter((candidate) => candidate.kind !== 'arrow')) {
		if (!on(byKey.get(edge.from), edge.segments[0]![0])) found.push(`${edge.from} → ${edge.to} does not start on ${edge.from}`);
		if (!on(byKey.get(edge.to), edge.segments.at(-1)![1])) found.push(`${edge.from} → ${edge.to} does not end on ${edge.to}`);
	}
	return found;
}

/** Managers whose reports that have reports of their own are not all on one row. */
export function splitRows(chart: SvgChart): string[] {
	const hasReports = new Set(chart.edges.filter((edge) => edge.kind === 'reports').map((edge) => edge.from));
	const byKey = new Map(chart.boxes.map((box) => [box.key, box]));
	const rows = new Map<string, Set<number>>();
	for (const edge of chart.edges) {
		if (edge.kind !== 'reports' || !hasReports.has(edge.to)) continue;
		const set = rows.get(edge.from) ?? new Set<number>();
		set.add(byKey.get(edge.to)!.y);
		rows.set(edge.from, set);
	}
	return [...rows].filter(([, ys]) => ys.size > 1).map(([key, ys]) => `the reports of ${key} that have teams sit on ${ys.size} rows`);
}
