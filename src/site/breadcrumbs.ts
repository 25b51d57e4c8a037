import type { Department } from '../model/index.ts';
import type { Urls } from './urls.ts';

/** One step of a breadcrumb trail: a link, or (the page itself) plain text. */
export interface Crumb {
	label: string;
	href?: string | undefined;
}

/** A department and the departments above it, top down, each a link. */
export function departmentCrumbs(department: Department, urls: Urls): Crumb[] {
	return [...department.ancestors, department].map((d) => ({ label: d.name, href: urls.department(d.id) }));
}
