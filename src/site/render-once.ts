const rendered = new WeakMap<object, Map<string, Promise<string>>>();

/**
 * The HTML `render` gives for `key` and `variant`, rendered the first time only and
 * repeated after that. For content that many pages repeat word for word: a role's sheet
 * is printed on its own page, among its department's sheets once blank and once for
 * each holder, and on re-sign pages. `key` (an object of the loaded site, so a reload
 * starts afresh) and `variant` must stand for everything the HTML depends on.
 */
export function renderOnce(key: object, variant: string, render: () => Promise<string>): Promise<string> {
	let variants = rendered.get(key);
	if (!variants) rendered.set(key, (variants = new Map()));
	let html = variants.get(variant);
	if (!html) variants.set(variant, (html = render().then(flattened)));
	return html;
}

/**
 * The same text as one string. HTML rendered by concatenation is held as a tree of its
 * pieces (hundreds for a sheet section), and trees kept to the end of a build cost memory
 * and time in every full garbage collection: at 10,000 roles the sections kept here were
 * 150 MB of pieces. A copy is written out in one piece and the tree is let go.
 */
function flattened(text: string): string {
	return structuredClone(text);
}
