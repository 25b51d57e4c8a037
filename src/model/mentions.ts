import { ID_PATTERN } from '../../schemas/index.ts';
import type { Department, Organization, Role } from './types.ts';

/**
 * What a `promotes_to`, relationship `with` or workflow-step value names: a published
 * role, a department, a role that is not published (which views must not name, not even
 * by id), or free text.
 */
export type Mention = { kind: 'role'; role: Role } | { kind: 'department'; department: Department } | { kind: 'unpublished' } | { kind: 'text'; text: string };

export function resolveMention(organization: Organization, value: string): Mention {
	if (value.startsWith('department:')) {
		const department = organization.department(value.slice('department:'.length));
		if (department) return { kind: 'department', department };
	}
	if (ID_PATTERN.test(value)) {
		const role = organization.role(value);
		// An id-shaped value that is not a published role is a draft or retired one: the validator has checked it.
		return role ? { kind: 'role', role } : { kind: 'unpublished' };
	}
	return { kind: 'text', text: value };
}
