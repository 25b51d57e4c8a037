/** A `[[role-id]]`, `[[role-id|label]]` or `[[department:id]]` link inside prose. */
export interface WikiLink {
	/** The whole link as written, brackets included. */
	source: string;
	kind: 'role' | 'department';
	id: string;
	label: string | undefined;
	index: number;
}

const WIKI_LINK = /\[\[([^\]|\n]+?)(?:\|([^\]\n]*))?\]\]/g;

export function findWikiLinks(text: string): WikiLink[] {
	const links: WikiLink[] = [];
	for (const match of text.matchAll(WIKI_LINK)) {
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

/** Destinations of Markdown links, autolinks and link definitions in a prose string. */
export function findLinkDestinations(text: string): { url: string; index: number }[] {
	const found: { url: string; index: number }[] = [];
	for (const match of text.matchAll(/\]\(\s*<?([^)\s>]*)/g)) found.push({ url: match[1]!, index: match.index });
	for (const match of text.matchAll(/<([a-z][a-z0-9+.-]*:[^>\s]*)>/gi)) found.push({ url: match[1]!, index: match.index });
	for (const match of text.matchAll(/^\s*\[[^\]\n]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)) found.push({ url: match[1]!, index: match.index });
	return found;
}
