import { sheetTextOf } from '../confirm/sheet-text.ts';
import type { Organization, Role } from '../model/index.ts';
import { compareSheets, type LineChange } from './compare-sheets.ts';

export interface RoleMove {
	role: Role;
	/** What moved: the title, the department, or the role reported to. */
	field: 'title' | 'department' | 'reports_to';
	before: string;
	after: string;
}

export interface SheetChange {
	role: Role;
	before: string;
	after: string;
	lines: LineChange[];
}

export interface SignAgain {
	person: string;
	name: string;
	role: Role;
}

export interface OrganizationChanges {
	added: Role[];
	/** Roles the older content built and the newer does not: removed, retired, or made drafts. */
	removed: Role[];
	moves: RoleMove[];
	sheets: SheetChange[];
	/** People whose signature was on the older text of a role they hold, and is not on the newer. */
	signAgain: SignAgain[];
}

/** What changed for readers and signers between two states of the content. */
export function compareOrganizations(older: Organization, newer: Organization): OrganizationChanges {
	const added = newer.roles.filter((role) => !older.role(role.id));
	const removed = older.roles.filter((role) => !newer.role(role.id));
	const moves: RoleMove[] = [];
	const sheets: SheetChange[] = [];
	for (const role of newer.roles) {
		const before = older.role(role.id);
		if (!before) continue;
		if (before.title !== role.title) moves.push({ role, field: 'title', before: before.title, after: role.title });
		if (before.department.id !== role.department.id) moves.push({ role, field: 'department', before: before.department.name, after: role.department.name });
		if (before.superior?.id !== role.superior?.id) moves.push({ role, field: 'reports_to', before: before.superior?.title ?? '—', after: role.superior?.title ?? '—' });
		const oldText = sheetTextOf(before, older);
		const newText = sheetTextOf(role, newer);
		if (oldText.fingerprint !== newText.fingerprint) sheets.push({ role, before: oldText.fingerprint, after: newText.fingerprint, lines: compareSheets(oldText.lines, newText.lines) });
	}
	const currentBefore = new Set(older.signOffs.filter((signOff) => signOff.status === 'current').map((signOff) => `${signOff.person.id}\n${signOff.role.id}`));
	const signAgain = newer.signOffs
		.filter((signOff) => signOff.status === 'outdated' && currentBefore.has(`${signOff.person.id}\n${signOff.role.id}`))
		.map((signOff) => ({ person: signOff.person.id, name: signOff.person.name, role: signOff.role }));
	return { added, removed, moves, sheets, signAgain };
}
