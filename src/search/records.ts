import type { AuthorityEntry, DutyEntry } from '../../schemas/index.ts';
import type { Department, Organization, Role, Workflow } from '../model/index.ts';
import { resolveMention } from '../model/mentions.ts';
import { createUrls } from '../site/urls.ts';
import { createPlainText, type PlainText } from './plain-text.ts';

export type SearchKind = 'role' | 'department' | 'workflow';

/**
 * One search result: a role, department or workflow page, as words. `title` is also
 * the start of `body`, weighted above the rest (see `recordContent`).
 */
export interface SearchRecord {
	url: string;
	kind: SearchKind;
	title: string;
	/** Everything else a reader may search for, in page order; one string per item. */
	body: string[];
	/** The department a role or workflow belongs to; a department's own name. */
	department: string | undefined;
	grade: string | undefined;
}

/**
 * How far a title outranks body text. Pagefind gives an `<h1>` 7 and caps weights at 10;
 * titles sit at the cap, so a role named for a duty comes before the roles that carry it.
 */
export const TITLE_WEIGHT = 10;

/** Only published roles are searchable: a draft is never indexed, even on a site that builds its page. */
export function isSearchable(role: Role): boolean {
	return role.data.status === 'published';
}

/**
 * The records to index, read from the model rather than from the built pages: only
 * what a reader searches (no navigation, no confirmation sheets) and only what the site
 * publishes. Draft and retired roles are never indexed, even when `publish.drafts` builds
 * their pages; names appear only when `publish.people` is on (the model has no people
 * otherwise) and compensation only when `publish.compensation` is on. Revision histories
 * are left out: their authors are names too.
 */
export function searchRecords(organization: Organization): SearchRecord[] {
	const urls = createUrls(organization.site.base);
	const plain = createPlainText(organization);
	const { publish } = organization.site;
	const records: SearchRecord[] = [];

	for (const role of organization.roles) {
		if (!isSearchable(role)) continue;
		records.push({
			url: urls.role(role.id),
			kind: 'role',
			title: role.title,
			body: roleBody(role, organization, plain, publish.compensation),
			department: role.department.name,
			grade: role.data.grade,
		});
	}
	for (const department of organization.departments) {
		records.push({
			url: urls.department(department.id),
			kind: 'department',
			title: department.name,
			body: departmentBody(department, plain),
			department: department.name,
			grade: undefined,
		});
	}
	for (const workflow of organization.workflows) {
		records.push({
			url: urls.workflow(workflow.id),
			kind: 'workflow',
			title: workflow.name,
			body: workflowBody(workflow, plain),
			department: workflow.department?.name,
			grade: undefined,
		});
	}
	return records;
}

function roleBody(role: Role, organization: Organization, plain: PlainText, compensation: boolean): string[] {
	const { data } = role;
	const texts = (list: readonly string[] | undefined) => (list ?? []).map(plain);
	const mention = (value: string) => mentionText(value, organization, plain);
	const body: string[] = [];
	const add = (...values: (string | undefined)[]) => {
		for (const value of values) if (value) body.push(value);
	};

	add(...texts(data.summary));
	add(...flattenEntries(data.duties ?? []).map(plain));
	add(...flattenEntries(data.authorities ?? []).map(plain));
	for (const list of Object.values(data.qualifications ?? {})) add(...texts(list));
	for (const item of data.relationships?.internal ?? []) {
		if (typeof item === 'string') add(mention(item));
		else add(mention(item.with), item.nature && plain(item.nature));
	}
	for (const item of data.relationships?.external ?? []) {
		if (typeof item === 'string') add(plain(item));
		else add(plain(item.with), item.nature && plain(item.nature));
	}
	for (const list of Object.values(data.conditions ?? {})) add(...texts(list));
	for (const list of Object.values(data.routines ?? {})) add(...texts(list));
	for (const kpi of data.kpis ?? []) {
		if (typeof kpi === 'string') add(plain(kpi));
		else add(plain(kpi.name), kpi.target && plain(kpi.target));
	}
	add(...(data.career?.promotes_to ?? []).map(mention), data.career?.note && plain(data.career.note));
	if (compensation) add(...texts(data.compensation));
	add(data.occupation?.label, data.occupation?.code);
	add(data.notes && plain(data.notes));
	add(...new Set(role.workflowSteps.map((step) => step.workflow.name)));
	add(...role.holders.map((person) => person.name));
	// Last, so an excerpt of a match in the title goes on with the summary, not with labels.
	add(role.department.name, data.code);
	return body;
}

function departmentBody(department: Department, plain: PlainText): string[] {
	const { data } = department;
	const texts = (list: readonly string[] | undefined) => (list ?? []).map(plain);
	return [...texts(data.mission), ...texts(data.responsibilities), ...texts(data.process), data.appraisal && plain(data.appraisal), data.code].filter(
		(value): value is string => Boolean(value),
	);
}

function workflowBody(workflow: Workflow, plain: PlainText): string[] {
	const body: string[] = [];
	for (const step of workflow.steps) {
		const who = step.role?.title ?? (step.text === undefined ? undefined : plain(step.text));
		const line = [who, step.action && plain(step.action), ...step.alternatives.map((role) => role.title)].filter(Boolean).join(' ');
		if (line) body.push(line);
	}
	if (workflow.data.notes) body.push(plain(workflow.data.notes));
	if (workflow.department) body.push(workflow.department.name);
	return body;
}

/** A relationship or promotion target as the page shows it: a title, a department name, or the text. */
function mentionText(value: string, organization: Organization, plain: PlainText): string {
	const found = resolveMention(organization, value);
	if (found.kind === 'department') return found.department.name;
	if (found.kind === 'role') return found.role.title;
	// Search has no word for an unpublished role; leaving it out is enough.
	if (found.kind === 'unpublished') return '';
	return plain(found.text);
}

/** Duties and authorities are items and groups nested freely; each heading and item is one line. */
function flattenEntries(entries: readonly (DutyEntry | AuthorityEntry)[]): string[] {
	const out: string[] = [];
	for (const entry of entries) {
		if (typeof entry === 'string') out.push(entry);
		else if ('group' in entry) out.push(entry.group, ...flattenEntries(entry.items));
		else out.push(entry.text);
	}
	return out;
}
