import { createTranslator } from '../i18n/translate.ts';
import { createProseRenderer, withoutUnpublishedLinks, type ProseRenderer, type WikiLinkResolver } from '../markdown/prose.ts';
import type { Organization } from '../model/index.ts';
import { createUrls, type Urls } from './urls.ts';

const renderers = new WeakMap<Organization, ProseRenderer>();

/**
 * The prose renderer of a site: `[[links]]` lead to published roles and departments;
 * others show as text. One per organisation, shared by pages, sheets and the search
 * index, so each string is rendered once per build.
 */
export function siteProseOf(organization: Organization): ProseRenderer {
	let prose = renderers.get(organization);
	if (!prose) renderers.set(organization, (prose = createProseRenderer(siteLinks(organization, createUrls(organization.site.base)))));
	return prose;
}

/**
 * Plain text of one prose string as the page shows it, for every text derived from prose
 * (a meta description, structured data, a search record): never the Markdown, whose
 * `[[links]]` name ids.
 */
export function sitePlainTextOf(organization: Organization): (text: string) => string {
	return siteProseOf(organization).words;
}

/** Markdown for other tools (`org.json`), with links to what is not published reduced to their label. */
export function createPublishedMarkdown(organization: Organization, urls: Urls): (text: string) => string {
	const links = siteLinks(organization, urls);
	return (text) => withoutUnpublishedLinks(text, links);
}

function siteLinks(organization: Organization, urls: Urls): WikiLinkResolver {
	return {
		unpublished: createTranslator(organization.site)('prose.unpublishedRole'),
		role: (id) => {
			const role = organization.role(id);
			return role && { href: urls.role(role.id), title: role.title };
		},
		department: (id) => {
			const department = organization.department(id);
			return department && { href: urls.department(department.id), title: department.name };
		},
	};
}
