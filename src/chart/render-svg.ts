import { readFileSync } from 'node:fs';
import { BOX, type Span, type Tone } from './chart-boxes.ts';
import { CHART_FONT_FAMILY, embeddedFontFiles } from './chart-font.ts';
import { ARROW } from './route-dotted.ts';
import type { ChartLayout, PlacedBox } from './layout.ts';

export interface RenderOptions {
	/** What the chart shows, e.g. "大客户部 组织架构图". */
	title: string;
	/**
	 * Inside a page, the chart's boxes are links in one tab stop (the first box; arrow keys
	 * move between them once the page's script runs) and the page loads the chart's font.
	 * A downloaded file is a document of its own: a title, a white background, and the
	 * font embedded, so that it looks the same opened anywhere.
	 */
	inline: boolean;
	/** On a page whose script moves between boxes with the arrow keys: the first box is the chart's one tab stop. Otherwise every box is. */
	roving?: boolean;
}

/** Solid and dotted lines: different in colour, width and dash, so they read apart in print and for colour-blind readers. */
export const LINE_STYLE = {
	reports: { stroke: '#8e8e99', width: 1.25 },
	dotted: { stroke: '#c2410c', width: 1.5, dash: '5 4' },
} as const;

const TONES: Record<Tone, string> = {
	normal: '#1d1d1f',
	muted: '#5b5b66',
	alert: '#b42318',
	accent: '#1f5fbf',
};

/**
 * The chart as SVG markup. Everything it needs to look right is in presentation
 * attributes, not a stylesheet: the same markup works inline under a strict Content
 * Security Policy and as a file opened on its own. Each box is a real link.
 */
export function renderSvg(layout: ChartLayout, options: RenderOptions): string {
	const { width, height } = layout;
	const out: string[] = [];
	const a11y = options.inline ? ` role="group" aria-label="${escape(options.title)}"` : ` role="img" aria-label="${escape(options.title)}"`;
	out.push(
		`<svg xmlns="http://www.w3.org/2000/svg" class="oc-svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"${a11y} font-family="${escape(CHART_FONT_FAMILY)}" font-size="${BOX.smallSize}" text-anchor="middle" fill="${TONES.normal}">`,
	);
	if (!options.inline) out.push(`<title>${escape(options.title)}</title><defs><style>${embeddedFontFaces()}</style></defs><rect width="100%" height="100%" fill="#fff"/>`);
	const { reports, dotted } = LINE_STYLE;
	out.push(`<g class="oc-edges" fill="none" stroke="${reports.stroke}" stroke-width="${reports.width}">`);
	for (const edge of layout.edges) if (edge.kind === 'reports') out.push(`<path data-from="${escape(edge.from)}" data-to="${escape(edge.to)}" d="${edge.d}"/>`);
	out.push(`</g><g class="oc-dotted" fill="none" stroke="${dotted.stroke}" stroke-width="${dotted.width}" stroke-dasharray="${dotted.dash}">`);
	for (const edge of layout.edges) if (edge.kind === 'dotted') out.push(`<path data-from="${escape(edge.from)}" data-to="${escape(edge.to)}" d="${edge.d}"/>`);
	out.push(`</g><g class="oc-arrows" fill="${dotted.stroke}">`);
	for (const edge of layout.edges) if (edge.kind === 'dotted') out.push(`<path data-from="${escape(edge.from)}" data-to="${escape(edge.to)}" d="${arrowhead(edge.d)}"/>`);
	out.push('</g><g class="oc-boxes">');
	layout.boxes.forEach((placed, i) => out.push(renderBox(placed, options.inline && options.roving !== false ? (i === 0 ? 0 : -1) : undefined)));
	out.push('</g></svg>');
	return out.join('');
}

/** The last two points of an orthogonal path (M, H, V and L commands). */
export function pathEnd(d: string): [[number, number], [number, number]] {
	let previous: [number, number] = [0, 0];
	let current: [number, number] = [0, 0];
	for (const [, command, a, b] of d.matchAll(/([MHVL])(-?[\d.]+)(?:[ ,](-?[\d.]+))?/g)) {
		const next: [number, number] = command === 'H' ? [Number(a), current[1]] : command === 'V' ? [current[0], Number(a)] : [Number(a), Number(b)];
		if (command !== 'M') previous = current;
		current = next;
	}
	return [previous, current];
}

/** A filled triangle at the end of a path, pointing the way the path goes. */
function arrowhead(d: string): string {
	const [[x0, y0], [x1, y1]] = pathEnd(d);
	const length = Math.hypot(x1 - x0, y1 - y0) || 1;
	const ux = (x1 - x0) / length;
	const uy = (y1 - y0) / length;
	const bx = x1 - ux * ARROW;
	const by = y1 - uy * ARROW;
	const half = ARROW * 0.6;
	const round = (n: number) => Math.round(n * 10) / 10;
	return `M${round(x1)} ${round(y1)}L${round(bx - uy * half)} ${round(by + ux * half)}L${round(bx + uy * half)} ${round(by - ux * half)}Z`;
}

let fontFaces: string | undefined;

/** The chart's font, embedded: a downloaded SVG draws its text as the site does, and as it was measured. */
export function embeddedFontFaces(): string {
	fontFaces ??= embeddedFontFiles()
		.map(({ weight, file }) => `@font-face{font-family:Inter;font-style:normal;font-weight:${weight};src:url(data:font/woff2;base64,${readFileSync(file).toString('base64')}) format('woff2')}`)
		.join('');
	return fontFaces;
}

/** One box; `tabIndex` on a page: 0 for the chart's one tab stop, -1 for the rest. */
function renderBox({ box, x, y, width, height }: PlacedBox, tabIndex: number | undefined): string {
	const middle = width / 2;
	const parts: string[] = [];
	parts.push(`<title>${escape(box.tooltip)}</title>`);
	parts.push(`<rect class="oc-card" width="${width}" height="${height}" rx="6" fill="${box.context ? '#f1f1f4' : '#fff'}" stroke="${box.current ? '#1d1d1f' : '#b9b9c3'}"${box.current ? ' stroke-width="2.5"' : ''}/>`);
	parts.push(`<path d="M0 6A6 6 0 0 1 6 0H${width - 6}A6 6 0 0 1 ${width} 6Z" fill="${box.colour}"/>`);
	let baseline = BOX.band + BOX.top + BOX.titleSize;
	for (const line of box.titleLines) {
		parts.push(`<text x="${middle}" y="${baseline}" font-size="${BOX.titleSize}" font-weight="600">${escape(line)}</text>`);
		baseline += BOX.titleLine;
	}
	baseline = BOX.band + BOX.top + box.titleLines.length * BOX.titleLine + 2 + BOX.smallSize;
	for (const line of box.lines) {
		parts.push(`<text x="${middle}" y="${baseline}">${renderSpans(line)}</text>`);
		baseline += BOX.smallLine;
	}
	const attributes = `class="oc-box${box.context ? ' oc-box--context' : ''}" data-key="${escape(box.key)}" transform="translate(${x} ${y})"`;
	if (!box.href) return `<g ${attributes}>${parts.join('')}</g>`;
	return `<a href="${escape(box.href)}" ${attributes}${tabIndex === undefined ? '' : ` tabindex="${tabIndex}"`}>${parts.join('')}</a>`;
}

function renderSpans(line: readonly Span[]): string {
	if (line.length === 1 && line[0]!.tone === 'normal') return escape(line[0]!.text);
	return line.map((span) => (span.tone === 'normal' ? escape(span.text) : `<tspan fill="${TONES[span.tone]}"${span.tone === 'accent' ? ' font-weight="600"' : ''}>${escape(span.text)}</tspan>`)).join('');
}

function escape(text: string): string {
	return text.replace(/[&<>"]/g, (char) => (char === '&' ? '&amp;' : char === '<' ? '&lt;' : char === '>' ? '&gt;' : '&quot;'));
}
