import type { RoleData, Site } from '../../schemas/index.ts';

/** Whether the site builds a role of this status: published ones, drafts only with `publish.drafts`, retired ones never. */
export function isBuilt(status: RoleData['status'], site: Site): boolean {
	return status === 'published' || (status === 'draft' && site.publish.drafts);
}
