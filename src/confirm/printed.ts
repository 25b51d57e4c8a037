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
	return { html: prose.inline(markdown), text: prose.words(markdown) };
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
