/**
 * What the importer read from one job description, before ids are chosen and
 * superiors resolved: every line it found a place for, and every line it did not.
 */
import type { AuthorityCategory, AuthorityKind, ConditionPart, QualificationPart, RoutinePart } from './headings.ts';

/** A duty or authority: text, or a group heading with items under it. */
export interface ListEntry {
	text: string;
	items: ListEntry[];
	/** Authorities read from a 决策权 / 建议权 / 监督权 table. */
	kind?: AuthorityKind;
	category?: AuthorityCategory;
}

export interface Revision {
	version?: string;
	date?: string;
	changes: string[];
	author?: string;
	reviewer?: string;
	approver?: string;
}

export interface Unplaced {
	line: number;
	text: string;
}

export interface RoleDraft {
	title: string;
	/** The lines of the source this description spans (its own, not the preamble it may carry). */
	firstLine: number;
	lastLine: number;
	/** As written: 所属部门, 直接上级, 直接下级, 岗位编号 … */
	department?: string;
	/** The department the document's own heading names (部门名称:大客户部), for descriptions that give none. */
	documentDepartment?: string;
	code?: string;
	grade?: string;
	reportsTo?: string;
	subordinates?: string;
	subordinateCount?: string;
	headcount?: string;
	summary: string[];
	duties: ListEntry[];
	authorities: ListEntry[];
	qualifications: Partial<Record<QualificationPart, string[]>>;
	relationships: { internal: string[]; external: string[] };
	conditions: Partial<Record<ConditionPart, string[]>>;
	routines: Partial<Record<RoutinePart, string[]>>;
	kpis: string[];
	career: { promotesTo: string[]; note: string[] };
	compensation: string[];
	notes: string[];
	revisions: Revision[];
	/** Lines it could not place, in source order. */
	unplaced: Unplaced[];
	/** Single letters of table headings printed vertically (工 / 作 / 权 / 限), kept apart from real lines. */
	fragments: Unplaced[];
	/** Where each line read went: the field (duties, summary, qualifications.education …) or structure. */
	placements: Placement[];
	/** What the import could not decide and the author should: written as # CHECK comments. */
	checks: Check[];
	/** Other chapters of the document that describe this role too (its 工作范畴, its 工作明细). */
	chapters: { firstLine: number; lastLine: number; heading: string }[];
	/** How the title was found when no heading or 岗位名称 gave it. */
	titleFrom?: 'scope' | 'summary' | 'file';
}

export interface Placement {
	line: number;
	/** The field path (duties, qualifications.education), `heading` for structure, `unplaced`, `furniture`. */
	field: string;
}

export interface Check {
	line: number;
	text: string;
	message: string;
}

export function emptyDraft(title: string, firstLine: number): RoleDraft {
	return {
		title,
		firstLine,
		lastLine: firstLine,
		summary: [],
		duties: [],
		authorities: [],
		qualifications: {},
		relationships: { internal: [], external: [] },
		conditions: {},
		routines: {},
		kpis: [],
		career: { promotesTo: [], note: [] },
		compensation: [],
		notes: [],
		revisions: [],
		unplaced: [],
		fragments: [],
		placements: [],
		checks: [],
		chapters: [],
	};
}

/** Leaf entries: what "how many duties" counts. */
export function countLeaves(entries: readonly ListEntry[]): number {
	return entries.reduce((sum, entry) => sum + (entry.items.length ? countLeaves(entry.items) : 1), 0);
}

export function countQualifications(draft: RoleDraft): number {
	return Object.values(draft.qualifications).reduce((sum, lines) => sum + (lines?.length ?? 0), 0);
}

/** Did the importer place anything? A title alone is not a job description. */
export function hasContent(draft: RoleDraft): boolean {
	const fields = [draft.department, draft.code, draft.grade, draft.reportsTo, draft.subordinates, draft.subordinateCount, draft.headcount];
	const lists = [draft.summary, draft.duties, draft.authorities, draft.relationships.internal, draft.relationships.external, draft.kpis, draft.career.promotesTo, draft.career.note, draft.compensation, draft.notes, draft.revisions];
	const parts = [draft.qualifications, draft.conditions, draft.routines].flatMap((group) => Object.values(group));
	return fields.some((value) => value !== undefined) || lists.some((list) => list.length > 0) || parts.some((list) => (list?.length ?? 0) > 0);
}
