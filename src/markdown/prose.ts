import type { Link, Nodes as MdastNodes, Parent as MdastParent, PhrasingContent, Root as MdastRoot, Text } from 'mdast';
import type { Root as HastRoot } from 'hast';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { findWikiLinks, isSafeUrl, WIKI_LINK_PATTERN } from '../model/text-links.ts';
import { htmlToText } from './html-to-text.ts';

/** Where a `[[link]]` points, or nothing when its target is not published (it then shows as text). */
export interface WikiLinkResolver {
	role(id: string): { href: string; title: string } | undefined;
	department(id: string): { href: string; title: string } | undefined;
	/**
	 * What a link to something unpublished reads as when it has no label ("another role"):
	 * never its id, which may itself say what is not yet announced.
	 */
	unpublished?: string;
}

const UNPUBLISHED = 'another role';

/**
 * The text with every `[[link]]` to something unpublished replaced by its label (or the
 * neutral word): for Markdown handed on as Markdown (`org.json`), which must not carry
 * the ids the pages leave out.
 */
export function withoutUnpublishedLinks(text: string, links: WikiLinkResolver): string {
	if (!text.includes('[[')) return text;
	let out = '';
	let last = 0;
	for (const link of findWikiLinks(text)) {
		const target = link.kind === 'role' ? links.role(link.id) : links.department(link.id);
		if (target) continue;
		out += text.slice(last, link.index) + (link.label ?? links.unpublished ?? UNPUBLISHED);
		last = link.index + link.source.length;
	}
	return out + text.slice(last);
}

export interface ProseRenderer {
	/** One line of prose (a duty, a summary): inline Markdown, no wrapping paragraph. */
	inline(text: string): string;
	/**
	 * A Markdown block (notes, appraisal): headings, lists and paragraphs. Headings are
	 * shifted so the shallowest becomes an h3, beneath the h2 of the page section.
	 */
	block(text: string): string;
	/** The words of `inline(text)` as a reader sees them (htmlToText): for meta descriptions, search and sheet fingerprints. */
	words(text: string): string;
}

/**
 * The one Markdown pipeline: remark parses, `[[links]]` become real links, raw HTML
 * becomes visible text, and links other than http, https, mailto or relative lose their
 * destination. The processor is built once and reused for every string.
 */
export function createProseRenderer(links: WikiLinkResolver, options: { parseAll?: boolean } = {}): ProseRenderer {
	const processor = unified()
		.use(remarkParse)
		.use(() => (tree: MdastRoot) => sanitize(tree, links))
		.use(remarkRehype)
		.use(rehypeStringify);

	const render = (text: string, inline: boolean) => {
		const markdown = processor.parse(text) as MdastRoot;
		if (!inline) shiftHeadings(markdown, 3);
		const tree = processor.runSync(markdown) as HastRoot;
		const [only, ...rest] = tree.children;
		// A single paragraph is unwrapped, so a duty sits in its list item without a <p>.
		if (inline && rest.length === 0 && only?.type === 'element' && only.tagName === 'p') tree.children = only.children;
		return processor.stringify(tree).trim();
	};
	// Most HR prose has nothing Markdown acts on but its `[[links]]`: it renders without the
	// parser, which is most of the cost of building a large organisation.
	const simple = (text: string) => (options.parseAll ? undefined : renderSimpleLine(text, links));
	// A string (a duty shared by many roles, a text on both page and sheet) is rendered once.
	const rendered = { inline: new Map<string, string>(), block: new Map<string, string>(), words: new Map<string, string>() };
	const remember = (cache: Map<string, string>, text: string, make: () => string) => {
		let html = cache.get(text);
		if (html === undefined) cache.set(text, (html = make()));
		return html;
	};
	const inline = (text: string) => remember(rendered.inline, text, () => simple(text) ?? render(text, true));
	return {
		inline,
		block: (text) => remember(rendered.block, text, () => {
			const line = simple(text);
			return line === undefined ? render(text, false) : `<p>${line}</p>`;
		}),
		words: (text) => remember(rendered.words, text, () => htmlToText(inline(text))),
	};
}

/**
 * One line with no character Markdown or HTML gives meaning to, and no start that opens
 * a block (a list, a heading, a quote, code): its rendering is the text itself.
 */
const PLAIN_TEXT = /^(?=[^\n]*\S)(?![ ]{4}|\s*(?:[-+*>#=]|\d{1,9}[.)]))[^\\`*_[\]()<>!#&|~\n\r\t]*$/;
/** Text the HTML writer leaves as it is, inside an element or an attribute. */
const VERBATIM_IN_HTML = /^[^<>&"]*$/;

/**
 * The HTML of a line that is plain text and `[[links]]` only, exactly as the Markdown
 * pipeline writes it; nothing when the line needs the parser (a test holds both ways to
 * the same output).
 */
export function renderSimpleLine(text: string, links: WikiLinkResolver): string | undefined {
	if (!text.includes('[[')) return PLAIN_TEXT.test(text) ? text.trim() : undefined;
	// Each link stands as a letter: the rest must still be plain, and must not start a block.
	if (!PLAIN_TEXT.test(text.replace(WIKI_LINK_PATTERN, 'x'))) return undefined;
	const line = text.trim();
	let html = '';
	let last = 0;
	for (const link of findWikiLinks(line)) {
		const target = link.kind === 'role' ? links.role(link.id) : links.department(link.id);
		const label = link.label ?? target?.title ?? links.unpublished ?? UNPUBLISHED;
		if (!PLAIN_TEXT.test(label) || !VERBATIM_IN_HTML.test(label) || (target && !VERBATIM_IN_HTML.test(target.href))) return undefined;
		html += line.slice(last, link.index) + (target ? `<a href="${target.href}">${label}</a>` : label);
		last = link.index + link.source.length;
	}
	return html + line.slice(last);
}

function shiftHeadings(tree: MdastRoot, shallowest: number): void {
	const headings = tree.children.filter((node) => node.type === 'heading');
	if (headings.length === 0) return;
	const shift = shallowest - Math.min(...headings.map((heading) => heading.depth));
	for (const heading of headings) heading.depth = Math.min(6, Math.max(1, heading.depth + shift)) as typeof heading.depth;
}

function sanitize(node: MdastNodes, links: WikiLinkResolver): void {
	if (!('children' in node)) return;
	const parent = node as MdastParent;
	parent.children = parent.children.flatMap((child): MdastParent['children'] => {
		switch (child.type) {
			// Raw HTML is shown as the author typed it.
			case 'html':
				return [{ type: 'text', value: child.value }];
			case 'link':
			case 'definition':
				if (!isSafeUrl(child.url)) {
					if (child.type === 'definition') return [];
					sanitize(child, links);
					return child.children;
				}
				break;
			case 'image':
				if (!isSafeUrl(child.url)) return [{ type: 'text', value: child.alt ?? '' }];
				break;
			case 'text':
				return expandWikiLinks(child, links);
		}
		sanitize(child, links);
		return [child];
	}) as MdastParent['children'];
}

function expandWikiLinks(node: Text, links: WikiLinkResolver): PhrasingContent[] {
	const found = findWikiLinks(node.value);
	if (found.length === 0) return [node];
	const out: PhrasingContent[] = [];
	let last = 0;
	for (const link of found) {
		if (link.index > last) out.push({ type: 'text', value: node.value.slice(last, link.index) });
		const target = link.kind === 'role' ? links.role(link.id) : links.department(link.id);
		const label = link.label ?? target?.title ?? links.unpublished ?? UNPUBLISHED;
		out.push(target ? ({ type: 'link', url: target.href, children: [{ type: 'text', value: label }] } satisfies Link) : { type: 'text', value: label });
		last = link.index + link.source.length;
	}
	if (last < node.value.length) out.push({ type: 'text', value: node.value.slice(last) });
	return out;
}
