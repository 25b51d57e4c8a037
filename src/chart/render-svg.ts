import { BOX, type Span, type Tone } from './chart-boxes.ts';
import type { ChartLayout, PlacedBox } from './layout.ts';

export interface RenderOptions {
	/** What the chart shows, e.g. "大客户部 组织架构图". */
	title: string;
	/**
	 * Inside a page, the chart is a picture for the eye: hidden from assistive technology and
	 * out of the tab order, because the page carries the same structure as a nested list.
	 * A downloaded file is a document of its own, with a title and a white background.
	 */
	inline: boolean;
}

const FONT = "system-ui, -apple-system, 'Segoe UI', 'Helvetica Neue', Arial, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif";

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
	const a11y = options.inline ? ' aria-hidden="true" focusable="false"' : ` role="img" aria-label="${escape(options.title)}"`;
	out.push(
		`<svg xmlns="http://www.w3.org/2000/svg" class="oc-svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"${a11y} font-family="${FONT}" font-size="11" text-anchor="middle" fill="${TONES.normal}">`,
	);
	if (!options.inline) out.push(`<title>${escape(options.title)}</title><rect width="100%" height="100%" fill="#fff"/>`);
	out.push('<g class="oc-edges" fill="none" stroke="#8e8e99" stroke-width="1.25">');
	for (const edge of layout.edges) if (edge.kind === 'reports') out.push(`<path data-from="${escape(edge.from)}" data-to="${escape(edge.to)}" d="${edge.d}"/>`);
	// Dotted lines run under the boxes: a long one may cross other boxes, and must not hide their text.
	out.push('</g><g class="oc-dotted" fill="none" stroke="#c2410c" stroke-width="1.5" stroke-dasharray="6 4">');
	for (const edge of layout.edges) if (edge.kind === 'dotted') out.push(`<path data-from="${escape(edge.from)}" data-to="${escape(edge.to)}" d="${edge.d}"/>`);
	out.push('</g><g class="oc-boxes">');
	for (const placed of layout.boxes) out.push(renderBox(placed, options.inline));
	out.push('</g></svg>');
	return out.join('');
}

function renderBox({ box, x, y, width, height }: PlacedBox, inline: boolean): string {
	const middle = width / 2;
	const parts: string[] = [];
	parts.push(`<title>${escape(box.tooltip)}</title>`);
	parts.push(`<rect class="oc-card" width="${width}" height="${height}" rx="6" fill="${box.context ? '#f1f1f4' : '#fff'}" stroke="#b9b9c3"/>`);
	parts.push(`<path d="M0 6A6 6 0 0 1 6 0H${width - 6}A6 6 0 0 1 ${width} 6Z" fill="${box.colour}"/>`);
	let baseline = BOX.band + BOX.top + 13;
	for (const line of box.titleLines) {
		parts.push(`<text x="${middle}" y="${baseline}" font-size="13" font-weight="600">${escape(line)}</text>`);
		baseline += BOX.titleLine;
	}
	baseline = BOX.band + BOX.top + box.titleLines.length * BOX.titleLine + 2 + 11;
	for (const line of box.lines) {
		parts.push(`<text x="${middle}" y="${baseline}">${renderSpans(line)}</text>`);
		baseline += BOX.smallLine;
	}
	const attributes = `class="oc-box${box.context ? ' oc-box--context' : ''}" data-key="${escape(box.key)}" transform="translate(${x} ${y})"`;
	if (!box.href) return `<g ${attributes}>${parts.join('')}</g>`;
	return `<a href="${escape(box.href)}" ${attributes}${inline ? ' tabindex="-1"' : ''}>${parts.join('')}</a>`;
}

function renderSpans(line: readonly Span[]): string {
	if (line.length === 1 && line[0]!.tone === 'normal') return escape(line[0]!.text);
	return line.map((span) => (span.tone === 'normal' ? escape(span.text) : `<tspan fill="${TONES[span.tone]}"${span.tone === 'accent' ? ' font-weight="600"' : ''}>${escape(span.text)}</tspan>`)).join('');
}

function escape(text: string): string {
	return text.replace(/[&<>"]/g, (char) => (char === '&' ? '&amp;' : char === '<' ? '&lt;' : char === '>' ? '&gt;' : '&quot;'));
}
