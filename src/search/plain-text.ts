import { createProseRenderer, type ProseRenderer } from '../markdown/prose.ts';
import type { Organization } from '../model/index.ts';
import { findWikiLinks } from '../model/text-links.ts';

/** Turns one prose string into the words a reader sees on the page. */
export type PlainText = (text: string) => string;

/** Characters that can make inline Markdown differ from its visible text (besides `[[links]]`). */
const MARKDOWN_SYNTAX = /[\\`*_~<>&!#|[\]()]/;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * Plain text for the search index, as the page shows it: `[[links]]` become the title of
 * what they name (or their label, or the id when that is not published), and Markdown
 * loses its syntax. Most HR prose has no Markdown at all, so those strings skip the
 * Markdown pipeline: with ten thousand roles, running remark on every duty would cost
 * more than the whole index.
 */
export function createPlainText(organization: Organization): PlainText {
	let prose: ProseRenderer | undefined;
	const resolve = (kind: 'role' | 'department', id: string) =>
		kind === 'role' ? organization.role(id)?.title : organization.department(id)?.name;

	const expandLinks = (text: string) => {
		const links = findWikiLinks(text);
		if (links.length === 0) return text;
		let out = '';
		let last = 0;
		for (const link of links) {
			out += text.slice(last, link.index) + (link.label ?? resolve(link.kind, link.id) ?? link.id);
			last = link.index + link.source.length;
		}
		return out + text.slice(last);
	};

	return (text) => {
		const expanded = expandLinks(text);
		if (!MARKDOWN_SYNTAX.test(expanded)) return expanded;
		prose ??= createProseRenderer({
			role: (id) => {
				const title = resolve('role', id);
				return title === undefined ? undefined : { href: '#', title };
			},
			department: (id) => {
				const title = resolve('department', id);
				return title === undefined ? undefined : { href: '#', title };
			},
		});
		return htmlToText(prose.block(text));
	};
}

/** The text of HTML written by the prose pipeline (which escapes whatever the author typed). */
export function htmlToText(html: string): string {
	return html
		.replace(/<\/(p|li|h[1-6]|tr|blockquote|pre)>|<br\s*\/?>/g, ' ')
		.replace(/<[^>]*>/g, '')
		.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, entity: string) => {
			if (entity[0] === '#') {
				const code = entity[1] === 'x' || entity[1] === 'X' ? Number.parseInt(entity.slice(2), 16) : Number(entity.slice(1));
				return Number.isFinite(code) ? String.fromCodePoint(code) : match;
			}
			return ENTITIES[entity.toLowerCase()] ?? match;
		})
		.replace(/\s+/g, ' ')
		.trim();
}
