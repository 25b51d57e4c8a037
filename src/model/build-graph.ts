import { ID_PATTERN, type RevisionData, type RoleData } from '../../schemas/index.ts';
import { classifyAuthorities } from './classify-authorities.ts';
import { isBuilt } from './publication.ts';
import type { SourceFile } from './source-file.ts';
import { assignDepartmentStaffing, staffingOf } from './staffing.ts';
import type { Department, Organization, Person, Provenance, Role, Workflow, WorkflowStep } from './types.ts';
import type { Entry, ValidatedContent } from './validate-entities.ts';
import type { SheetHistory } from '../history/types.ts';

/**
 * What a tool that is not the site may ask for beyond what the site publishes: the
 * export with `--people` needs holders' names, the roster import draft roles to match.
 * `site` keeps the settings as written.
 */
export interface GraphOptions {
	people?: boolean;
	drafts?: boolean;
	/** The committed versions of every role's printed text (src/history/); without it only the present text is known. */
	history?: SheetHistory | undefined;
}

const NO_HISTORY: SheetHistory = { available: false, reason: 'the history of the content folder was not read' };

/**
 * Resolves validated content into the organisation graph. It trusts nothing the checks
 * have not already reported, but never loops or throws on content with errors, so a
 * dev server can still show what it has.
 */
export function buildGraph(content: ValidatedContent, options: GraphOptions = {}, provenance: (source: SourceFile) => Provenance = noProvenance): Organization {
	const { site } = content;
	const publish = { ...site.publish, people: site.publish.people || options.people === true, drafts: site.publish.drafts || options.drafts === true };

	const departments = new Map<string, Department>();
	for (const { id, data, source } of content.departments) {
		departments.set(id, { id, name: data.name, data, source, ...provenance(source), parent: undefined, ancestors: [], children: [], superior: undefined, head: undefined, roles: [], workflows: [], staffing: EMPTY_STAFFING });
	}

	const roleEntries = content.roles.filter((entry) => isBuilt(entry.data.status, { ...site, publish }) && departments.has(entry.data.department));
	const roles = new Map<string, Role>();
	for (const { id, data, source } of roleEntries) {
		const version = newestRevision(data.revisions);
		const file = provenance(source);
		roles.set(id, {
			id,
			title: data.title,
			data,
			source,
			sourcePath: file.sourcePath,
			lastUpdated: version?.date ?? file.lastUpdated,
			department: departments.get(data.department)!,
			superior: undefined,
			dottedLineSuperiors: [],
			subordinates: [],
			dottedLineReports: [],
			reportingChain: [],
			holders: [],
			filled: undefined,
			vacancies: undefined,
			version,
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
	for (const department of departments.values()) department.ancestors = ancestors(department).slice(1).reverse();
	const sortedDepartments = [...departments.values()].sort(byOrderThenName);
	for (const department of sortedDepartments) department.children.sort(byOrderThenName);

	const workflows = content.workflows.map(({ id, data, source }): Workflow => {
		const workflow: Workflow = { id, name: data.name, data, source, ...provenance(source), department: data.department === undefined ? undefined : departments.get(data.department), steps: [] };
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
	const rosterKnown = content.people.length > 0;
	if (rosterKnown) for (const role of roles.values()) role.filled = 0;
	for (const { id, data, source } of content.people) {
		const held = rolesIn([...new Set(data.roles)]);
		for (const role of held) role.filled!++;
		if (!publish.people) continue;
		const person: Person = { id, name: data.name, data, source, ...provenance(source), roles: held, signOffs: [] };
		for (const role of person.roles) role.holders.push(person);
		people.push(person);
	}
	for (const role of roles.values()) {
		if (role.data.headcount !== undefined && role.filled !== undefined) role.vacancies = Math.max(0, role.data.headcount - role.filled);
	}
	assignDepartmentStaffing(sortedDepartments, rosterKnown);

	const workflowsById = new Map(workflows.map((workflow) => [workflow.id, workflow]));
	return {
		site,
		departments: sortedDepartments,
		roles: ordered,
		workflows,
		people,
		topRoles: ordered.filter((role) => role.superior === undefined),
		topDepartments: sortedDepartments.filter((department) => department.parent === undefined),
		staffing: staffingOf(ordered, rosterKnown),
		role: (id) => roles.get(id),
		department: (id) => departments.get(id),
		workflow: (id) => workflowsById.get(id),
		history: options.history ?? NO_HISTORY,
		// Both are filled in by resolveSignOffs, which needs the graph to print the sheets.
		versionsOf: () => [],
		signOffs: [],
	};
}

function noProvenance(source: SourceFile): Provenance {
	return { sourcePath: source.displayPath.split(/[\\/]/).join('/'), lastUpdated: undefined };
}

const EMPTY_STAFFING = { own: staffingOf([], false), total: staffingOf([], false) };

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
