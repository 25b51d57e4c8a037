import type { Definition, Image, Link, Nodes as MdastNodes } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** A `[[role-id]]`, `[[role-id|label]]` or `[[department:id]]` link inside prose. */
export interface WikiLink {
	/** The whole link as written, brackets included. */
	source: string;
	kind: 'role' | 'department';
	id: string;
	label: string | undefined;
	index: number;
}

/** Matches every `[[link]]` (global: use with matchAll or replace). */
export const WIKI_LINK_PATTERN = /\[\[([^\]|\n]+?)(?:\|([^\]\n]*))?\]\]/g;

export function findWikiLinks(text: string): WikiLink[] {
	const links: WikiLink[] = [];
	for (const match of text.matchAll(WIKI_LINK_PATTERN)) {
		const target = match[1]!.trim();
		const isDepartment = target.startsWith('department:');
		links.push({
			source: match[0],
			kind: isDepartment ? 'department' : 'role',
			id: isDepartment ? target.slice('department:'.length).trim() : target,
			label: match[2]?.trim() || undefined,
			index: match.index,
		});
	}
	return links;
}

const SAFE_PROTOCOLS = new Set(['http', 'https', 'mailto']);

/** Relative links and http, https and mailto are safe; anything with another scheme (javascript:, data:) is not. */
export function isSafeUrl(url: string): boolean {
	const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(url)?.[1];
	return scheme === undefined || SAFE_PROTOCOLS.has(scheme.toLowerCase());
}

const markdown = unified().use(remarkParse);

/**
 * Every link, image and link definition whose destination, once Markdown has decoded it
 * (`&colon;`, `&#106;`), is not safe: each with its destination exactly as written, so a
 * message quotes the whole of it, and the offset of that text.
 */
export function findUnsafeLinks(text: string): { written: string; index: number }[] {
	const found: { written: string; index: number }[] = [];
	const visit = (node: MdastNodes) => {
		if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && !isSafeUrl(node.url)) {
			found.push(writtenDestination(text, node));
		}
		if ('children' in node) for (const child of node.children) visit(child);
	};
	visit(markdown.parse(text));
	return found;
}

/** The destination as the author typed it, from the source of its link. */
function writtenDestination(text: string, node: Link | Image | Definition): { written: string; index: number } {
	const start = node.position?.start.offset ?? 0;
	const end = node.position?.end.offset ?? text.length;
	if (text[start] === '<') return { written: text.slice(start + 1, end - 1), index: start + 1 };
	// Past the label: a link's last child, else the first "](" (or "]:").
	const labelEnd = node.type === 'link' ? (node.children.at(-1)?.position?.end.offset ?? start) : start;
	const opener = text.indexOf(node.type === 'definition' ? ']:' : '](', labelEnd);
	let from = opener + 2;
	while (/\s/.test(text[from] ?? '')) from++;
	// Up to the closing parenthesis (or the line's end), less a title.
	let rest = text.slice(from, node.type === 'definition' ? end : end - 1).trimEnd();
	rest = rest.replace(/\s+(?:"[^"]*"|'[^']*'|\([^)]*\))$/s, '');
	if (rest.startsWith('<') && rest.endsWith('>')) return { written: rest.slice(1, -1), index: from + 1 };
	return { written: rest, index: from };
}
