import type { Organization, Role } from '../model/index.ts';

/**
 * The resolved organisation as plain data for other tools: references become ids,
 * derived lines (subordinates, chains, holders) are filled in, and only what the
 * site publishes is included (no drafts unless published, no retired roles, people
 * and compensation only when their switches are on).
 */
export function organizationJson(org: Organization) {
	const { site } = org;
	const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);
	const role = (r: Role) => {
		const { compensation, revisions, ...data } = r.data;
		return {
			...data,
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
			...d.data,
			id: d.id,
			parent: d.parent?.id ?? null,
			children: ids(d.children),
			head: d.head?.id ?? null,
			reports_to: d.superior?.id ?? null,
			roles: ids(d.roles),
		})),
		roles: org.roles.map(role),
		workflows: org.workflows.map((w) => ({
			...w.data,
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
		...(site.publish.people ? { people: org.people.map((p) => ({ ...p.data, id: p.id, roles: ids(p.roles) })) } : {}),
	};
}
