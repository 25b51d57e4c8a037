/**
 * Finds markup that would run script in a browser: script elements other than JSON-LD
 * and the site's own bundles, event-handler attributes, and javascript:, data: or
 * vbscript: URLs in link and source attributes. A regular scan is enough here because
 * the builder escapes text: a payload that survives as markup shows up as a real tag.
 */
export function findLiveScript(markup: string, ownScriptPrefix: string): string[] {
	const problems: string[] = [];
	for (const match of markup.matchAll(/<([a-zA-Z][\w:-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/g)) {
		const [tag, name, attributes = ''] = match;
		const element = name!.toLowerCase();
		if (element === 'script') {
			const type = /\btype\s*=\s*"([^"]*)"/i.exec(attributes)?.[1];
			const src = /\bsrc\s*=\s*"([^"]*)"/i.exec(attributes)?.[1];
			if (type === 'application/ld+json') {
				const end = markup.indexOf('</script>', match.index + tag.length);
				if (markup.slice(match.index + tag.length, end).includes('<')) problems.push(`JSON-LD holds markup: ${tag}`);
			} else if (!src || !src.startsWith(ownScriptPrefix)) {
				problems.push(`script element: ${tag}`);
			}
		}
		if (['iframe', 'object', 'embed', 'frame', 'base'].includes(element)) problems.push(`embedding element: ${tag}`);
		for (const [, attribute, ...values] of attributes.matchAll(/\s+([^\s=>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
			const key = attribute!.toLowerCase();
			const value = decodeEntities(values.find((v) => v !== undefined) ?? '');
			if (key.startsWith('on')) problems.push(`event handler ${key} in ${tag}`);
			if (['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc', 'poster', 'data'].includes(key) && /^\s*(javascript|data|vbscript):/i.test(value)) {
				problems.push(`script URL in ${key} of ${tag}`);
			}
		}
	}
	return problems;
}

function decodeEntities(value: string): string {
	return value
		.replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
		.replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
		.replace(/&colon;/gi, ':')
		.replace(/&amp;/g, '&');
}
