import type { Department, Organization, SignOff, SignOffStatus } from '../model/index.ts';

export const SIGN_OFF_STATUSES: readonly SignOffStatus[] = ['outdated', 'unsigned', 'current'];

export interface RegisterFilter {
	/** A department id: its roles and those of the departments under it. */
	department?: string | undefined;
	statuses?: readonly SignOffStatus[] | undefined;
}

export interface DepartmentRegister {
	department: Department;
	signOffs: SignOff[];
}

/** Whether a department is `id` or lies under it. */
function within(department: Department, id: string): boolean {
	for (let current: Department | undefined = department; current; current = current.parent) if (current.id === id) return true;
	return false;
}

/**
 * The register by department, in the site's department order; within one, in the order of
 * the department's roles, then of the people file. Departments with no row are left out.
 */
export function registerByDepartment(organization: Organization, filter: RegisterFilter = {}): DepartmentRegister[] {
	const kept = organization.signOffs.filter(
		(signOff) => (!filter.department || within(signOff.role.department, filter.department)) && (!filter.statuses || filter.statuses.includes(signOff.status)),
	);
	return organization.departments
		.map((department) => {
			const order = new Map(department.roles.map((role, index) => [role, index]));
			const signOffs = kept.filter((signOff) => signOff.role.department === department).sort((a, b) => order.get(a.role)! - order.get(b.role)!);
			return { department, signOffs };
		})
		.filter((entry) => entry.signOffs.length > 0);
}

export function countByStatus(signOffs: readonly SignOff[]): Record<SignOffStatus, number> {
	const counts: Record<SignOffStatus, number> = { current: 0, outdated: 0, unsigned: 0 };
	for (const signOff of signOffs) counts[signOff.status]++;
	return counts;
}
