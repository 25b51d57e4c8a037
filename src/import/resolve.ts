/**
 * Turns what a description says (所属部门 销售部, 直接上级 副总经理) into ids. Titles and
 * names are matched against the content folder's organisation (through the one
 * model, `loadOrganization`) and against the other descriptions of the same import;
 * what matches nothing becomes a placeholder the validator reports, with a TODO
 * comment beside it saying what the source said.
 */
import path from 'node:path';
import type { Organization } from '../model/index.ts';
import { ID_PATTERN } from '../../schemas/index.ts';
import type { RoleDraft } from './draft.ts';
import { IdAllocator, idFor } from './ids.ts';
import { key } from './text.ts';
import { departmentInTitle } from './titles.ts';

export interface Resolved {
	id: string;
	/** A TODO comment: the value is a placeholder the author must replace. */
	todo?: string;
	/** A plain comment on how the value was found. */
	note?: string;
}

export interface RoleIdentity {
	draft: RoleDraft;
	sourceFile: string;
	id: string;
}

/** What the content folder offers to resolve against, minus the files this import will replace. */
export class Resolver {
	private readonly departmentsByName = new Map<string, string>();
	private readonly departmentIds = new Set<string>();
	private readonly contentRolesByTitle = new Map<string, string[]>();
	/** Content roles that list their 直接下级: a new report must be added there too. */
	private readonly listsSubordinates = new Set<string>();
	private readonly importRolesByTitle = new Map<string, RoleIdentity[]>();
	private readonly ids: IdAllocator;
	private readonly contentLabel: string;

	constructor(organization: Organization, contentLabel: string, outDir: string, takenIds: readonly string[] = []) {
		this.contentLabel = contentLabel;
		for (const department of organization.departments) {
			this.departmentIds.add(department.id);
			this.departmentsByName.set(titleKey(department.name), department.id);
		}
		const replaced = (file: string) => path.dirname(path.resolve(file)) === path.resolve(outDir);
		const taken: string[] = [...takenIds];
		for (const role of organization.roles) {
			if (replaced(role.source.displayPath)) continue;
			taken.push(role.id);
			if (role.data.subordinates) this.listsSubordinates.add(role.id);
			const list = this.contentRolesByTitle.get(titleKey(role.title)) ?? [];
			list.push(role.id);
			this.contentRolesByTitle.set(titleKey(role.title), list);
		}
		this.ids = new IdAllocator(taken);
	}

	/** A new role's id, from its title, unique among the content's roles and this import's. */
	roleId(draft: RoleDraft, sourceFile: string): string {
		const id = this.ids.allocate(idFor(draft.title, 'role'));
		const identity = { draft, sourceFile, id };
		const list = this.importRolesByTitle.get(titleKey(draft.title)) ?? [];
		list.push(identity);
		this.importRolesByTitle.set(titleKey(draft.title), list);
		return id;
	}

	department(draft: RoleDraft, given: string | undefined): Resolved {
		if (given) return { id: given };
		const fromTitle = departmentInTitle(draft.title);
		const text = draft.department ?? fromTitle ?? draft.documentDepartment;
		if (!text) return { id: 'todo-department', todo: 'the source names no 所属部门; write the department id, or import with --department' };
		const how = draft.department ? '所属部门' : fromTitle ? 'from the title' : 'from the document';
		const known = this.departmentsByName.get(titleKey(text));
		if (known) return { id: known, note: `${how}: ${text}` };
		const id = idFor(text, 'dept');
		if (this.departmentIds.has(id)) return { id, note: `${how}: ${text}` };
		return { id, todo: `no department is named “${text}” (${how}) in ${this.contentLabel}; add departments/${id}.yaml or write an existing department's id` };
	}

	superior(identity: RoleIdentity): Resolved | undefined {
		const text = identity.draft.reportsTo;
		if (!text) return undefined;
		const wanted = titleKey(text);
		const fromImport = (this.importRolesByTitle.get(wanted) ?? []).filter((other) => other.id !== identity.id);
		const sameFile = fromImport.filter((other) => other.sourceFile === identity.sourceFile);
		const fromContent = this.contentRolesByTitle.get(wanted) ?? [];
		if (sameFile.length === 1) return { id: sameFile[0]!.id };
		if (!sameFile.length && fromImport.length === 1 && !fromContent.length) return { id: fromImport[0]!.id };
		if (!fromImport.length && fromContent.length === 1) {
			const id = fromContent[0]!;
			if (!this.listsSubordinates.has(id)) return { id };
			return { id, todo: `直接上级 “${text}” is ${id}, which lists its subordinates: add ${identity.id} there, or the validator reports the difference` };
		}
		const placeholder = placeholderId(text);
		const candidates = [...(sameFile.length ? sameFile : fromImport).map((other) => other.id), ...fromContent];
		if (candidates.length > 1) return { id: placeholder, todo: `直接上级 “${text}”: several roles have this title (${candidates.join(', ')}); write the right one's id` };
		return { id: placeholder, todo: `直接上级 “${text}”: no role has this title in ${this.contentLabel} or this import; write its role id` };
	}
}

function placeholderId(text: string): string {
	const id = `todo-${idFor(text, 'role')}`.slice(0, 64).replace(/-+$/, '');
	return ID_PATTERN.test(id) ? id : 'todo-superior';
}

/** Titles compare without spaces, bracket style or a trailing 岗位, traditional as simplified. */
export function titleKey(title: string): string {
	return key(title).replace(/(?:岗位|职位)$/, '');
}
