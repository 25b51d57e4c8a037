import { createTranslator } from '../i18n/translate.ts';
import { htmlToText } from '../markdown/html-to-text.ts';
import { createProseRenderer, withoutUnpublishedLinks, type ProseRenderer, type WikiLinkResolver } from '../markdown/prose.ts';
import type { Organization } from '../model/index.ts';
import type { Urls } from './urls.ts';

/** The prose renderer of a site: `[[links]]` lead to published roles and departments; others show as text. */
export function createSiteProse(organization: Organization, urls: Urls): ProseRenderer {
	return createProseRenderer(siteLinks(organization, urls));
}

/**
 * Plain text of one prose string as the page shows it, for every text derived from prose
 * (a meta description, structured data): never the Markdown, whose `[[links]]` name ids.
 */
export function createSitePlainText(prose: ProseRenderer): (text: string) => string {
	return (text) => htmlToText(prose.inline(text));
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
