import type { Reporter } from './reporter.ts';
import type { PersonData, RoleData } from '../../schemas/index.ts';
import { allEntries, type Entry, type ValidatedContent } from './validate-entities.ts';

/** Reporting cycles, department cycles, `subordinates` that disagree, and over-filled roles. */
export function checkStructure(content: ValidatedContent, reporter: Reporter): void {
	const { roles, departments, people } = allEntries(content);
	checkCycles(
		roles,
		(role) => role.data.reports_to,
		(cycle) => {
			const [first] = cycle;
			reporter.error('reporting-cycle', first!.source.locate(['reports_to']), `reporting cycle: ${[...cycle, first!].map((r) => r.id).join(' → ')}; one of these roles must report outside the circle`);
		},
	);
	checkCycles(
		departments,
		(department) => department.data.parent,
		(cycle) => {
			const [first] = cycle;
			reporter.error('department-cycle', first!.source.locate(['parent']), `department parent cycle: ${[...cycle, first!].map((d) => d.id).join(' → ')}`);
		},
	);
	checkSubordinates(roles, reporter);
	checkHeadcount(roles, people, reporter);
}

/** Follows each entry's single outgoing link; reports each cycle once, starting from the entry that comes first. */
function checkCycles<T extends Entry<unknown>>(entries: readonly T[], next: (entry: T) => string | undefined, report: (cycle: T[]) => void): void {
	const byId = new Map(entries.map((entry) => [entry.id, entry]));
	const state = new Map<string, 'visiting' | 'done'>();
	for (const start of entries) {
		const trail: T[] = [];
		let current: T | undefined = start;
		while (current && !state.has(current.id)) {
			state.set(current.id, 'visiting');
			trail.push(current);
			const target = next(current);
			current = target === undefined ? undefined : byId.get(target);
		}
		if (current && state.get(current.id) === 'visiting') report(trail.slice(trail.indexOf(current)));
		for (const entry of trail) state.set(entry.id, 'done');
	}
}

/** `subordinates` is compared with every role that reports to this one, whatever its status. */
function checkSubordinates(roles: readonly Entry<Partial<RoleData>>[], reporter: Reporter): void {
	const reportsTo = new Map<string, string | undefined>();
	for (const role of roles) {
		// A `reports_to` that is written but invalid is reported already; the line it draws is unknown.
		const unknown = role.data.reports_to === undefined && role.raw !== null && typeof role.raw === 'object' && 'reports_to' in role.raw;
		if (!unknown) reportsTo.set(role.id, role.data.reports_to);
	}
	const reporting = new Map<string, string[]>();
	for (const [id, superior] of reportsTo) if (superior !== undefined) (reporting.get(superior) ?? reporting.set(superior, []).get(superior)!).push(id);

	for (const role of roles) {
		const listed = role.data.subordinates;
		if (!listed) continue;
		const actual = reporting.get(role.id) ?? [];
		const missing = actual.filter((id) => !listed.includes(id));
		// Unknown ids are reported as unknown references already.
		const extra = listed.filter((id) => reportsTo.has(id) && reportsTo.get(id) !== role.id);
		if (missing.length === 0 && extra.length === 0) continue;
		const parts = [
			...missing.map((id) => `"${id}" reports to "${role.id}" but is not listed`),
			...extra.map((id) => `"${id}" is listed but reports to ${reportsTo.get(id) === undefined ? 'no one' : `"${reportsTo.get(id)}"`}`),
		];
		reporter.error('subordinates-mismatch', role.source.locate(['subordinates'], 'key'), `subordinates disagree with reports_to: ${parts.join('; ')}`);
	}
}

function checkHeadcount(roles: readonly Entry<Partial<RoleData>>[], people: readonly Entry<Partial<PersonData>>[], reporter: Reporter): void {
	const holders = new Map<string, string[]>();
	for (const person of people) for (const id of person.data.roles ?? []) (holders.get(id) ?? holders.set(id, []).get(id)!).push(person.data.name ?? person.id);
	for (const role of roles) {
		const names = holders.get(role.id) ?? [];
		const { headcount } = role.data;
		if (headcount !== undefined && names.length > headcount) {
			reporter.warning('headcount-exceeded', role.source.locate(['headcount']), `${names.length} people hold "${role.id}" (${names.join(', ')}) but its headcount is ${headcount}`);
		}
	}
}
