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
	if (!html) variants.set(variant, (html = render()));
	return html;
}
