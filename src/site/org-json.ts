import { ID_PATTERN } from '../../schemas/index.ts';
import { createTranslator } from '../i18n/translate.ts';
import type { Organization, Role } from '../model/index.ts';
import { createPublishedMarkdown } from './prose.ts';
import { createUrls } from './urls.ts';

/** Every string of a value passed through `map`, keys and shape kept. */
function mapStrings<T>(value: T, map: (text: string) => string): T {
	if (typeof value === 'string') return map(value) as T;
	if (Array.isArray(value)) return value.map((item) => mapStrings(item, map)) as T;
	if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapStrings(item, map)])) as T;
	return value;
}

/**
 * The resolved organisation as plain data for other tools: references become ids,
 * derived lines (subordinates, chains, holders) are filled in, and only what the
 * site publishes is included (no drafts unless published, no retired roles, people
 * and compensation only when their switches are on).
 */
export function organizationJson(org: Organization) {
	const { site } = org;
	const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);
	// Prose stays Markdown, but a `[[link]]` to a role that is not published keeps only its label.
	const markdown = createPublishedMarkdown(org, createUrls(site.base));
	const unpublished = createTranslator(site)('prose.unpublishedRole');
	const published = <T>(value: T): T => mapStrings(value, markdown);
	/** `promotes_to` and relationship `with`: a role id, `department:id` or free text; an unpublished id is not named. */
	const mention = (value: string) => (ID_PATTERN.test(value) && !org.role(value) ? unpublished : value);
	const role = (r: Role) => {
		const { compensation, revisions, ...data } = published(r.data);
		return {
			...data,
			dotted_line_to: ids(r.dottedLineSuperiors),
			...(data.career ? { career: { ...data.career, promotes_to: data.career.promotes_to?.map(mention) } } : {}),
			...(data.relationships
				? {
						relationships: {
							...data.relationships,
							internal: data.relationships.internal?.map((item) => (typeof item === 'string' ? mention(item) : { ...item, with: mention(item.with) })),
						},
					}
				: {}),
			// Revision authors, reviewers and approvers are people: named only when people are published.
			revisions: site.publish.people ? revisions : revisions?.map(({ author: _a, reviewer: _r, approver: _p, ...revision }) => revision),
			...(site.publish.compensation && compensation ? { compensation } : {}),
			id: r.id,
			department: r.department.id,
			subordinates: ids(r.subordinates),
			dotted_line_reports: ids(r.dottedLineReports),
			reporting_chain: ids(r.reportingChain),
			authorities_classified: r.authorities,
			version: r.version ? { version: r.version.version ?? null, date: r.version.date ?? null } : null,
			workflows: r.workflowSteps.map((step) => ({ workflow: step.workflow.id, step: step.index + 1, alternative: step.alternative })),
			...(site.publish.people ? { holders: ids(r.holders), vacancies: r.vacancies ?? null } : {}),
		};
	};
	return {
		format: 'rolebook/v1',
		organization: site.organization,
		locale: site.locale,
		departments: org.departments.map((d) => ({
			...published(d.data),
			id: d.id,
			parent: d.parent?.id ?? null,
			children: ids(d.children),
			head: d.head?.id ?? null,
			reports_to: d.superior?.id ?? null,
			roles: ids(d.roles),
		})),
		roles: org.roles.map(role),
		workflows: org.workflows.map((w) => ({
			...published(w.data),
			id: w.id,
			department: w.department?.id ?? null,
			steps: w.steps.map((step) => ({
				role: step.role?.id ?? null,
				text: step.text ?? null,
				action: step.action ?? null,
				or: ids(step.alternatives),
				optional: step.optional,
			})),
		})),
		...(site.publish.people ? { people: org.people.map((p) => ({ ...published(p.data), id: p.id, roles: ids(p.roles) })) } : {}),
	};
}
