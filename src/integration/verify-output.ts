import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Organization } from '../model/index.ts';
import { isSearchable } from '../search/records.ts';

/** Pages the site must have: one per published role, department and workflow. */
function contentPages(organization: Organization) {
	return [
		{ folder: 'roles', ids: organization.roles.map((role) => role.id) },
		{ folder: 'departments', ids: organization.departments.map((department) => department.id) },
		{ folder: 'workflows', ids: organization.workflows.map((workflow) => workflow.id) },
	];
}

/**
 * Checks that the build wrote exactly one page for every published role, department
 * and workflow, and none for anything else (a draft, a retired role, a stale page).
 * Returns the problems; an empty list means the site is whole.
 */
export function verifyPages(dir: string, organization: Organization): string[] {
	const problems: string[] = [];
	for (const { folder, ids } of contentPages(organization)) {
		const expected = new Set(ids);
		for (const id of expected) {
			if (!existsSync(path.join(dir, folder, id, 'index.html'))) problems.push(`missing page ${folder}/${id}/`);
		}
		const written = existsSync(path.join(dir, folder)) ? readdirSync(path.join(dir, folder), { withFileTypes: true }).filter((entry) => entry.isDirectory()) : [];
		for (const entry of written) if (!expected.has(entry.name)) problems.push(`unexpected page ${folder}/${entry.name}/`);
	}
	return problems;
}

/**
 * Checks that the search index holds exactly one entry per published role, department
 * and workflow, as pagefind's own manifest and fragments count them. Draft roles are
 * never searchable, even on a site that builds their pages.
 */
export function verifySearchIndex(dir: string, organization: Organization): string[] {
	const unsearchable = organization.roles.filter((role) => !isSearchable(role)).length;
	const expected = contentPages(organization).reduce((total, { ids }) => total + ids.length, 0) - unsearchable;
	const manifest = path.join(dir, 'pagefind', 'pagefind-entry.json');
	if (!existsSync(manifest)) return ['missing search index pagefind/pagefind-entry.json'];
	const { languages } = JSON.parse(readFileSync(manifest, 'utf8')) as { languages: Record<string, { page_count: number }> };
	const indexed = Object.values(languages).reduce((total, language) => total + language.page_count, 0);
	const fragments = readdirSync(path.join(dir, 'pagefind', 'fragment')).length;
	const problems: string[] = [];
	if (indexed !== expected) problems.push(`the search index holds ${indexed} entries, not ${expected}`);
	if (fragments !== expected) problems.push(`the search index has ${fragments} result fragments, not ${expected}`);
	return problems;
}
