import type { Organization } from '../model/index.ts';
import { sitePlainTextOf } from '../site/prose.ts';

/** Turns one prose string into the words a reader sees on the page. */
export type PlainText = (text: string) => string;

/**
 * Plain text for the search index, as the page shows it: through the site's one prose
 * pipeline, so `[[links]]` read as the title of what they name (or their label, or a
 * neutral word when that is not published) and Markdown loses its syntax. Plain prose skips the parser
 * there, which is what keeps indexing ten thousand roles cheap.
 */
export function createPlainText(organization: Organization): PlainText {
	return sitePlainTextOf(organization);
}
