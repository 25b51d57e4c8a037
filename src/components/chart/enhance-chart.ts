/**
 * Zoom, drag-to-pan, keyboard moves between boxes and search-to-highlight for the org
 * charts on a page. The charts work without it (they scroll, and every box is a link);
 * this only adds to them. Zooming changes the SVG's width and height attributes, never a
 * style attribute, so it runs under a strict Content Security Policy.
 */

const MIN_SCALE = 0.15;
const MAX_SCALE = 3;
const STEP = 1.25;
/**
 * The smallest text in a box is 12 px at scale 1. A chart of up to SMALL_CHART roles
 * opens at scale 1 (text 12 px or more); a larger one at the scale that fits its width,
 * but never below SMALLEST_START (text 10 px); "fit to width" is one click away.
 */
const SMALL_CHART = 60;
const SMALLEST_START = 10 / 12;

export function enhanceCharts(root: ParentNode = document): void {
	for (const figure of root.querySelectorAll<HTMLElement>('[data-org-chart]')) {
		if (figure.dataset['enhanced']) continue;
		figure.dataset['enhanced'] = 'true';
		enhance(figure);
	}
}

function enhance(figure: HTMLElement): void {
	const viewport = figure.querySelector<HTMLElement>('[data-chart-viewport]');
	const svg = viewport?.querySelector<SVGSVGElement>('svg');
	const toolbar = figure.querySelector<HTMLElement>('[data-chart-toolbar]');
	if (!viewport || !svg || !toolbar) return;
	const [, , width = 0, height = 0] = (svg.getAttribute('viewBox') ?? '').split(/\s+/).map(Number);
	if (!width || !height) return;

	let scale = 1;
	const zoom = (next: number, anchorX = viewport.clientWidth / 2, anchorY = viewport.clientHeight / 2) => {
		const clamped = Math.min(MAX_SCALE, Math.max(MIN_SCALE, next));
		// Keep the point under the anchor (the pointer, or the middle) where it is.
		const x = (viewport.scrollLeft + anchorX) / scale;
		const y = (viewport.scrollTop + anchorY) / scale;
		scale = clamped;
		svg.setAttribute('width', String(Math.round(width * scale)));
		svg.setAttribute('height', String(Math.round(height * scale)));
		viewport.scrollLeft = x * scale - anchorX;
		viewport.scrollTop = y * scale - anchorY;
	};
	const fitScale = () => Math.min(1, (viewport.clientWidth - 2) / width);

	toolbar.hidden = false;
	figure.querySelector<HTMLElement>('[data-chart-hint]')?.removeAttribute('hidden');
	const roles = Number(viewport.dataset['roles'] ?? 0);
	zoom(roles <= SMALL_CHART ? 1 : Math.min(1, Math.max(fitScale(), SMALLEST_START)), 0, 0);
	// Start at the top of the tree: its first box (a wrapped chart may have nothing at its left edge).
	const top = svg.querySelector('.oc-box');
	if (top) {
		const box = top.getBoundingClientRect();
		const frame = viewport.getBoundingClientRect();
		viewport.scrollLeft += box.left + box.width / 2 - (frame.left + frame.width / 2);
	}

	for (const button of toolbar.querySelectorAll<HTMLButtonElement>('[data-chart-zoom]')) {
		button.addEventListener('click', () => {
			const action = button.dataset['chartZoom'];
			if (action === 'in') zoom(scale * STEP);
			else if (action === 'out') zoom(scale / STEP);
			else if (action === 'fit') zoom(fitScale(), 0, 0);
			else zoom(1);
		});
	}

	viewport.addEventListener(
		'wheel',
		(event) => {
			if (!event.ctrlKey && !event.metaKey) return;
			event.preventDefault();
			const rect = viewport.getBoundingClientRect();
			zoom(event.deltaY < 0 ? scale * 1.1 : scale / 1.1, event.clientX - rect.left, event.clientY - rect.top);
		},
		{ passive: false },
	);

	enablePanning(viewport);
	enableKeyboard(svg, viewport, zoom, () => scale);
	enableSearch(figure, svg, viewport);
}

/**
 * The boxes are one tab stop (the first box, or the last one focused); arrow keys move to
 * the superior (up), the first report (down) and the previous and next peer (left,
 * right); Enter follows the box's link; + and − zoom. The moves follow the drawn lines.
 */
function enableKeyboard(svg: SVGSVGElement, viewport: HTMLElement, zoom: (scale: number) => void, scale: () => number): void {
	const boxes = new Map<string, SVGElement>();
	for (const element of svg.querySelectorAll<SVGElement>('.oc-box[data-key]')) boxes.set(element.dataset['key'] ?? '', element);
	const superior = new Map<string, string>();
	const reports = new Map<string, string[]>();
	for (const path of svg.querySelectorAll<SVGElement>('.oc-edges path')) {
		const from = path.dataset['from'] ?? '';
		const to = path.dataset['to'] ?? '';
		superior.set(to, from);
		reports.set(from, [...(reports.get(from) ?? []), to]);
	}
	const roots = [...boxes.keys()].filter((key) => !superior.has(key));
	const peersOf = (key: string) => {
		const up = superior.get(key);
		return up === undefined ? roots : (reports.get(up) ?? []);
	};
	const move = (from: SVGElement, key: string | undefined) => {
		const target = key === undefined ? undefined : boxes.get(key);
		if (!target) return;
		from.setAttribute('tabindex', '-1');
		target.setAttribute('tabindex', '0');
		target.focus();
	};
	svg.addEventListener('keydown', (event) => {
		const box = (event.target as Element).closest<SVGElement>('.oc-box');
		if (!box) return;
		const key = box.dataset['key'] ?? '';
		const peers = peersOf(key);
		const at = peers.indexOf(key);
		if (event.key === 'ArrowUp') move(box, superior.get(key));
		else if (event.key === 'ArrowDown') move(box, reports.get(key)?.[0]);
		else if (event.key === 'ArrowLeft') move(box, peers[at - 1]);
		else if (event.key === 'ArrowRight') move(box, peers[at + 1]);
		else if (event.key === 'Home') move(box, roots[0]);
		else return;
		event.preventDefault();
	});
	viewport.addEventListener('keydown', (event) => {
		if (event.ctrlKey || event.metaKey || event.altKey) return;
		if (event.key === '+' || event.key === '=') zoom(scale() * STEP);
		else if (event.key === '-' || event.key === '−') zoom(scale() / STEP);
		else return;
		event.preventDefault();
	});
}

/** Dragging with the mouse scrolls the chart; a drag that moved does not also follow a link. */
function enablePanning(viewport: HTMLElement): void {
	let start: { x: number; y: number; left: number; top: number; id: number } | undefined;
	let moved = false;
	viewport.addEventListener('pointerdown', (event) => {
		if (event.pointerType !== 'mouse' || event.button !== 0) return;
		start = { x: event.clientX, y: event.clientY, left: viewport.scrollLeft, top: viewport.scrollTop, id: event.pointerId };
		moved = false;
	});
	viewport.addEventListener('pointermove', (event) => {
		if (!start || event.pointerId !== start.id) return;
		const dx = event.clientX - start.x;
		const dy = event.clientY - start.y;
		if (!moved && Math.hypot(dx, dy) < 5) return;
		if (!moved) {
			moved = true;
			viewport.setPointerCapture(start.id);
			viewport.classList.add('is-panning');
		}
		viewport.scrollLeft = start.left - dx;
		viewport.scrollTop = start.top - dy;
	});
	const stop = () => {
		start = undefined;
		viewport.classList.remove('is-panning');
	};
	viewport.addEventListener('pointerup', stop);
	viewport.addEventListener('pointercancel', stop);
	viewport.addEventListener(
		'click',
		(event) => {
			if (!moved) return;
			moved = false;
			event.preventDefault();
			event.stopPropagation();
		},
		true,
	);
}

/**
 * Typing highlights the boxes whose title, department or holders contain the text (and
 * dims the rest); Enter brings the next match into view. The list items follow suit.
 */
function enableSearch(figure: HTMLElement, svg: SVGSVGElement, viewport: HTMLElement): void {
	const input = figure.querySelector<HTMLInputElement>('[data-chart-search]');
	const output = figure.querySelector<HTMLOutputElement>('[data-chart-matches]');
	if (!input) return;
	const boxes = [...svg.querySelectorAll<SVGElement>('.oc-box')].map((element) => ({
		element,
		key: element.dataset['key'] ?? '',
		text: `${element.textContent ?? ''} ${element.dataset['key'] ?? ''}`.toLowerCase(),
	}));
	const listItems = new Map<string, HTMLElement>();
	for (const item of figure.querySelectorAll<HTMLElement>('.oc-list li[data-key]')) listItems.set(item.dataset['key'] ?? '', item);
	let matches: SVGElement[] = [];
	let current = -1;

	input.addEventListener('input', () => {
		const query = input.value.trim().toLowerCase();
		matches = [];
		current = -1;
		for (const box of boxes) {
			const match = query !== '' && box.text.includes(query);
			box.element.classList.toggle('is-match', match);
			box.element.classList.remove('is-current');
			listItems.get(box.key)?.classList.toggle('is-match', match);
			if (match) matches.push(box.element);
		}
		figure.classList.toggle('has-query', query !== '');
		if (output) output.value = query === '' ? '' : (output.dataset['template'] ?? '{n}').replace('{n}', String(matches.length));
	});
	input.addEventListener('keydown', (event) => {
		if (event.key !== 'Enter' || matches.length === 0) return;
		event.preventDefault();
		show(event.shiftKey ? (current <= 0 ? matches.length - 1 : current - 1) : (current + 1) % matches.length);
	});

	/** Marks a match as the current one and brings it into view; the next Enter goes on from it. */
	function show(index: number): void {
		matches[current]?.classList.remove('is-current');
		current = index;
		const element = matches[current]!;
		element.classList.add('is-current');
		for (const box of boxes) box.element.setAttribute('tabindex', box.element === element ? '0' : '-1');
		const box = element.getBoundingClientRect();
		const frame = viewport.getBoundingClientRect();
		viewport.scrollBy({
			left: box.left + box.width / 2 - (frame.left + frame.width / 2),
			top: box.top + box.height / 2 - (frame.top + frame.height / 2),
			behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth',
		});
	}
}
