import type { ProseRenderer } from '../markdown/prose.ts';

/**
 * One piece of text on a sheet, held both ways: the HTML the sheet shows and the plain
 * text the fingerprint reads. The text is derived from the HTML, never written beside it,
 * so what is printed and what is fingerprinted cannot say different things.
 */
export interface Printed {
	readonly html: string;
	readonly text: string;
}

/** Inline Markdown (a duty, a qualification), through the site's one Markdown pipeline. */
export function printedMarkdown(markdown: string, prose: ProseRenderer): Printed {
	const html = prose.inline(markdown);
	return { html, text: htmlToText(html) };
}

/** Text that is not Markdown (a label, a name, a code): printed as it is. */
export function printedText(text: string): Printed {
	return { html: escapeHtml(text), text: normalizeText(text) };
}

/** One line of fingerprinted text: Unicode NFC, runs of white space as one space, trimmed. */
export function normalizeText(text: string): string {
	return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

export function escapeHtml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** The text content of an HTML fragment, as a browser would read it, with white space normalised. */
export function htmlToText(html: string): string {
	const text = html
		.replace(/<br\s*\/?>/gi, ' ')
		.replace(/<[^>]*>/g, '')
		.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (match, entity: string) => {
			if (entity[0] === '#') {
				const code = entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
				return Number.isFinite(code) ? String.fromCodePoint(code) : match;
			}
			return NAMED_ENTITIES[entity.toLowerCase()] ?? match;
		});
	return normalizeText(text);
}
