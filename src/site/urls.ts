/** Every URL the site links to, prefixed with `site.base`, so no page builds one by hand. */
export function createUrls(base: string) {
	const root = base.endsWith('/') ? base : `${base}/`;
	const page = (path: string) => `${root}${path}`;
	return {
		home: () => root,
		role: (id: string) => page(`roles/${id}/`),
		/** The role's printable confirmation sheet (岗位职责确认书). */
		roleConfirmation: (id: string) => page(`roles/${id}/confirm/`),
		/** Every version of the role's printed text and what changed between them. */
		roleChanges: (id: string, anchor?: string) => page(`roles/${id}/changes/${anchor ? `#${anchor}` : ''}`),
		roles: () => page('roles/'),
		/** Who has signed which sheet, and who must sign again (only with people published). */
		signoffs: () => page('signoffs/'),
		department: (id: string) => page(`departments/${id}/`),
		/** Every confirmation sheet of the department's roles, one after another. */
		departmentConfirmation: (id: string) => page(`departments/${id}/confirm/`),
		/** The printed page of the sheets: A4 and "page N of M" in the site's language. */
		confirmationPageStyle: () => page('confirm.css'),
		departments: () => page('departments/'),
		/** Everyone who holds a role, by department (only when people are published). */
		people: () => page('people/'),
		person: (id: string) => page(`people/${id}/`),
		/** A person's named copy of a role's sheet, on the department's sheets page. */
		personConfirmation: (departmentId: string, roleId: string, personId: string) => page(`departments/${departmentId}/confirm/#sheet-${roleId}--${personId}`),
		workflow: (id: string) => page(`workflows/${id}/`),
		workflows: () => page('workflows/'),
		authorities: () => page('authorities/'),
		orgChart: () => page('org-chart/'),
		/** Budgeted, filled and vacant posts per department. */
		headcount: () => page('headcount/'),
		/** The chart on a department's page. */
		departmentChart: (id: string) => page(`departments/${id}/#org-chart`),
		/** The whole organisation's chart, every role, as a file to download. */
		orgChartSvg: () => page('org-chart/organization.svg'),
		departmentChartSvg: (id: string) => page(`org-chart/departments/${id}.svg`),
		search: () => page('search/'),
		/** pagefind's browser script, written with the index by the build (src/search/build-index.ts). */
		searchBundle: () => page('pagefind/pagefind.js'),
		orgJson: () => page('org.json'),
		theme: () => page('theme.css'),
		/** The generated icon of a site without a logo. */
		favicon: () => page('favicon.svg'),
		/** A file under public/, written as an absolute path like `/logo.svg`. */
		asset: (path: string) => (/^[a-z][a-z0-9+.-]*:/i.test(path) ? path : page(path.replace(/^\//, ''))),
	};
}

export type Urls = ReturnType<typeof createUrls>;
