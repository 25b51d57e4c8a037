import { createProseRenderer, type ProseRenderer } from '../markdown/prose.ts';
import type { Organization } from '../model/index.ts';
import type { Urls } from './urls.ts';

/** The prose renderer of a site: `[[links]]` lead to published roles and departments; others show as text. */
export function createSiteProse(organization: Organization, urls: Urls): ProseRenderer {
	return createProseRenderer({
		role: (id) => {
			const role = organization.role(id);
			return role && { href: urls.role(role.id), title: role.title };
		},
		department: (id) => {
			const department = organization.department(id);
			return department && { href: urls.department(department.id), title: department.name };
		},
	});
}
