import type { Department, Role, Staffing } from './types.ts';

/**
 * Posts over a set of roles. `known` says whether the content records people at all:
 * without a roster nothing can be said about who holds what, so filled and vacant stay
 * undefined rather than reading as "all vacant".
 */
export function staffingOf(roles: readonly Role[], known: boolean): Staffing {
	const staffing: Staffing = { roles: roles.length, budgeted: 0, unbudgeted: 0, filled: known ? 0 : undefined, vacant: known ? 0 : undefined, over: known ? 0 : undefined };
	for (const role of roles) {
		const { headcount } = role.data;
		if (headcount === undefined) staffing.unbudgeted++;
		else staffing.budgeted += headcount;
		if (role.filled === undefined) continue;
		staffing.filled! += role.filled;
		if (headcount !== undefined) {
			staffing.vacant! += Math.max(0, headcount - role.filled);
			staffing.over! += Math.max(0, role.filled - headcount);
		}
	}
	return staffing;
}

/** Fills in every department's own and total staffing; `departments` must be the whole set. */
export function assignDepartmentStaffing(departments: readonly Department[], known: boolean): void {
	for (const department of departments) {
		department.staffing = { own: staffingOf(department.roles, known), total: staffingOf(rolesWithin(department), known) };
	}
}

/** The department's roles and those of every department below it (a parent cycle is already broken in the graph). */
export function rolesWithin(department: Department): Role[] {
	const roles: Role[] = [];
	const seen = new Set<Department>();
	const visit = (current: Department) => {
		if (seen.has(current)) return;
		seen.add(current);
		roles.push(...current.roles);
		for (const child of current.children) visit(child);
	};
	visit(department);
	return roles;
}
