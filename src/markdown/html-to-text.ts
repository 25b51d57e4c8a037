const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * The text of HTML written by the prose pipeline, as a reader sees it: tags dropped (a
 * line break or the end of a block leaves a space), entities decoded, Unicode NFC, runs of
 * white space as one space, trimmed. The pipeline escapes whatever the author typed, so
 * every `<` here is markup.
 */
export function htmlToText(html: string): string {
	return html
		.replace(/<\/(p|li|h[1-6]|tr|blockquote|pre)>|<br\s*\/?>/gi, ' ')
		.replace(/<[^>]*>/g, '')
		.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, entity: string) => {
			if (entity[0] === '#') {
				const code = entity[1] === 'x' || entity[1] === 'X' ? Number.parseInt(entity.slice(2), 16) : Number(entity.slice(1));
				return Number.isFinite(code) ? String.fromCodePoint(code) : match;
			}
			return NAMED_ENTITIES[entity.toLowerCase()] ?? match;
		})
		.normalize('NFC')
		.replace(/\s+/g, ' ')
		.trim();
}
