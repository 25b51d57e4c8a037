/** Every URL the site links to, prefixed with `site.base`, so no page builds one by hand. */
export function createUrls(base: string) {
	const root = base.endsWith('/') ? base : `${base}/`;
	const page = (path: string) => `${root}${path}`;
	return {
		home: () => root,
		role: (id: string) => page(`roles/${id}/`),
		roles: () => page('roles/'),
		department: (id: string) => page(`departments/${id}/`),
		departments: () => page('departments/'),
		workflow: (id: string) => page(`workflows/${id}/`),
		workflows: () => page('workflows/'),
		authorities: () => page('authorities/'),
		orgJson: () => page('org.json'),
		theme: () => page('theme.css'),
		/** A file under public/, written as an absolute path like `/logo.svg`. */
		asset: (path: string) => (/^[a-z][a-z0-9+.-]*:/i.test(path) ? path : page(path.replace(/^\//, ''))),
	};
}

export type Urls = ReturnType<typeof createUrls>;
