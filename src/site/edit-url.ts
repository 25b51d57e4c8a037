/**
 * The "edit this page" address of a content file: `site.edit_url` with `{path}` replaced by
 * the file's path from the content folder, each segment URL-encoded (`roles/客服/a.yaml`).
 * Without `{path}` in the template the path is appended.
 */
export function editUrl(template: string | undefined, sourcePath: string): string | undefined {
	if (!template) return undefined;
	const encoded = sourcePath.split('/').map(encodeURIComponent).join('/');
	return template.includes('{path}') ? template.replaceAll('{path}', encoded) : `${template.replace(/\/?$/, '/')}${encoded}`;
}
