import { ID_PATTERN, type RevisionData, type RoleData } from '../../schemas/index.ts';
import { classifyAuthorities } from './classify-authorities.ts';
import { isBuilt } from './publication.ts';
import type { Department, Organization, Person, Role, Workflow, WorkflowStep } from './types.ts';
import type { Entry, ValidatedContent } from './validate-entities.ts';
import type { SheetHistory } from '../history/types.ts';

export interface GraphOptions {
	/** People in the graph even when `publish.people` is false: for HR's commands, never for the site. */
	allPeople: boolean;
	history: SheetHistory;
}

/**
 * Resolves validated content into the organisation graph. It trusts nothing the checks
 * have not already reported, but never loops or throws on content with errors, so a
 * dev server can still show what it has.
 */
export function buildGraph(content: ValidatedContent, options: GraphOptions): Organization {
	const { site } = content;

	const departments = new Map<string, Department>();
	for (const { id, data, source } of content.departments) {
		departments.set(id, { id, name: data.name, data, source, parent: undefined, children: [], superior: undefined, head: undefined, roles: [], workflows: [] });
	}

	const roleEntries = content.roles.filter((entry) => isBuilt(entry.data.status, site) && departments.has(entry.data.department));
	const roles = new Map<string, Role>();
	for (const { id, data, source } of roleEntries) {
		roles.set(id, {
			id,
			title: data.title,
			data,
			source,
			department: departments.get(data.department)!,
			superior: undefined,
			dottedLineSuperiors: [],
			subordinates: [],
			dottedLineReports: [],
			reportingChain: [],
			holders: [],
			vacancies: undefined,
			version: newestRevision(data.revisions),
			workflowSteps: [],
			promotesTo: [],
			authorities: classifyAuthorities(data.authorities),
		});
	}
	const rolesIn = (ids: readonly string[] | undefined) => (ids ?? []).flatMap((id) => roles.get(id) ?? []);

	for (const role of roles.values()) {
		const { data } = role;
		role.superior = data.reports_to === undefined ? undefined : roles.get(data.reports_to);
		role.superior?.subordinates.push(role);
		role.dottedLineSuperiors = rolesIn(data.dotted_line_to);
		for (const superior of role.dottedLineSuperiors) superior.dottedLineReports.push(role);
		role.promotesTo = (data.career?.promotes_to ?? []).flatMap((value): (Role | string)[] => {
			if (!ID_PATTERN.test(value)) return [value];
			const target = roles.get(value);
			return target ? [target] : [];
		});
	}
	for (const role of roles.values()) role.reportingChain = chainAbove(role);

	const ordered = reportingOrder(roleEntries, roles);
	for (const role of ordered) role.department.roles.push(role);

	for (const department of departments.values()) {
		const { parent, reports_to, head } = department.data;
		department.parent = parent === undefined ? undefined : departments.get(parent);
		if (department.parent && !ancestors(department.parent).includes(department)) department.parent.children.push(department);
		else department.parent = undefined;
		department.superior = reports_to === undefined ? undefined : roles.get(reports_to);
		department.head = head === undefined ? undefined : roles.get(head);
	}
	const sortedDepartments = [...departments.values()].sort(byOrderThenName);
	for (const department of sortedDepartments) department.children.sort(byOrderThenName);

	const workflows = content.workflows.map(({ id, data, source }): Workflow => {
		const workflow: Workflow = { id, name: data.name, data, source, department: data.department === undefined ? undefined : departments.get(data.department), steps: [] };
		workflow.department?.workflows.push(workflow);
		workflow.steps = data.steps.map((step, index): WorkflowStep => {
			const written = typeof step === 'string' ? step : 'role' in step ? step.role : undefined;
			const role = written !== undefined && ID_PATTERN.test(written) ? roles.get(written) : undefined;
			const text = typeof step === 'string' ? (role ? undefined : step) : 'text' in step ? step.text : role ? undefined : step.role;
			const alternatives = typeof step === 'object' && 'or' in step ? rolesIn(step.or) : [];
			role?.workflowSteps.push({ workflow, index, alternative: false });
			for (const alternative of alternatives) alternative.workflowSteps.push({ workflow, index, alternative: true });
			return { role, text, action: typeof step === 'object' ? step.action : undefined, alternatives, optional: typeof step === 'object' && step.optional === true };
		});
		return workflow;
	});

	const people: Person[] = [];
	if (site.publish.people || options.allPeople) {
		for (const { id, data, source } of content.people) {
			const person: Person = { id, name: data.name, data, source, roles: rolesIn(data.roles), signOffs: [] };
			for (const role of person.roles) role.holders.push(person);
			people.push(person);
		}
		for (const role of roles.values()) {
			if (role.data.headcount !== undefined) role.vacancies = Math.max(0, role.data.headcount - role.holders.length);
		}
	}

	const workflowsById = new Map(workflows.map((workflow) => [workflow.id, workflow]));
	return {
		site,
		departments: sortedDepartments,
		roles: ordered,
		workflows,
		people,
		topRoles: ordered.filter((role) => role.superior === undefined),
		topDepartments: sortedDepartments.filter((department) => department.parent === undefined),
		role: (id) => roles.get(id),
		department: (id) => departments.get(id),
		workflow: (id) => workflowsById.get(id),
		history: options.history,
		// Both are filled in by resolveSignOffs, which needs the graph to print the sheets.
		versionsOf: () => [],
		signOffs: [],
	};
}

/** The newest revision by date; among equal or missing dates, the one written last. */
function newestRevision(revisions: readonly RevisionData[] | undefined): RevisionData | undefined {
	let newest: RevisionData | undefined;
	for (const revision of revisions ?? []) if (!newest || (revision.date ?? '') >= (newest.date ?? '')) newest = revision;
	return newest;
}

function chainAbove(role: Role): Role[] {
	const chain: Role[] = [];
	for (let current = role.superior; current && current !== role && !chain.includes(current); current = current.superior) chain.unshift(current);
	return chain;
}

function ancestors(department: Department): Department[] {
	const seen: Department[] = [];
	for (let current: Department | undefined = department; current && !seen.includes(current); current = current.parent) seen.push(current);
	return seen;
}

/** Top down, depth first, siblings in file order; roles caught in a cycle come last. */
function reportingOrder(entries: readonly Entry<RoleData>[], roles: Map<string, Role>): Role[] {
	const ordered: Role[] = [];
	const visited = new Set<Role>();
	const visit = (role: Role) => {
		if (visited.has(role)) return;
		visited.add(role);
		ordered.push(role);
		for (const subordinate of role.subordinates) visit(subordinate);
	};
	for (const role of roles.values()) if (role.superior === undefined) visit(role);
	for (const { id } of entries) visit(roles.get(id)!);
	return ordered;
}

function byOrderThenName(a: Department, b: Department): number {
	return (a.data.order ?? Infinity) - (b.data.order ?? Infinity) || a.name.localeCompare(b.name, 'zh-CN') || a.id.localeCompare(b.id);
}
