/**
 * The organisation as Markdown pages for Starlight, the peer the build is compared with:
 * one page per published role, department and workflow, with the text a Rolebook page
 * shows (a role: its header, summary, duties and authorities numbered as written,
 * qualifications, conditions, routines, KPIs, notes and revisions; relationships, career
 * and compensation are left out, so the peer has a little less to do). `[[role-id]]` and
 * `[[department:id]]` links become Markdown links. The content is read with Rolebook's
 * own model, so both sites are built from exactly the same organisation.
 *
 *   node bench/peer-starlight.ts CONTENT_DIR DOCS_DIR SITE_FILE
 *
 * writes the pages under DOCS_DIR (emptied first) and the site's title and sidebar (one
 * link per department) to SITE_FILE as JSON, and prints a summary as JSON.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { AuthorityEntry, DutyEntry, Kpi } from '../schemas/index.ts';
import { CONDITION_KEYS, QUALIFICATION_KEYS, ROUTINE_KEYS } from '../schemas/index.ts';
import { numberEntries, type NumberedEntry } from '../src/confirm/numbering.ts';
import type { UIKey } from '../src/i18n/index.ts';
import { createDateFormatter, createTranslator, type Translate } from '../src/i18n/translate.ts';
import { loadOrganization, type Department, type Organization, type Role, type Workflow } from '../src/model/index.ts';
import { findWikiLinks, type WikiLink } from '../src/model/text-links.ts';

/** What every page writer needs: the organisation (to resolve links) and the site's words. */
export interface PageContext {
	organization: Organization;
	t: Translate;
	formatDate: (date: string) => string;
}

/** What the peer's Astro config reads: the site's title and its sidebar. */
export interface StarlightSite {
	title: string;
	sidebar: { label: string; items: { label: string; link: string }[] }[];
}

/** What was written, for the bench to check the built site against. */
export interface PeerSiteSummary {
	pages: number;
	/** A role and a department that have pages, for checking the built site. */
	roleId: string;
	departmentId: string;
}

const roleUrl = (id: string) => `/roles/${id}/`;
const departmentUrl = (id: string) => `/departments/${id}/`;
const workflowUrl = (id: string) => `/workflows/${id}/`;

/** Plain text (a title, a name) made safe to place in Markdown. */
const escapeText = (text: string) => text.replace(/[\\`*_[\]<>|#]/g, '\\$&');

const link = (label: string, href: string) => `[${escapeText(label)}](${href})`;
const roleLink = (role: Role) => link(role.title, roleUrl(role.id));
const departmentLink = (department: Department) => link(department.name, departmentUrl(department.id));

/** Where a `[[link]]` leads: a published role or department, or nothing (then its label shows as text). */
function linkTarget(wikiLink: WikiLink, organization: Organization): { title: string; href: string } | undefined {
	if (wikiLink.kind === 'role') {
		const role = organization.role(wikiLink.id);
		return role && { title: role.title, href: roleUrl(role.id) };
	}
	const department = organization.department(wikiLink.id);
	return department && { title: department.name, href: departmentUrl(department.id) };
}

function wikiLinkMarkdown(wikiLink: WikiLink, context: PageContext): string {
	const target = linkTarget(wikiLink, context.organization);
	if (!target) return escapeText(wikiLink.label ?? context.t('prose.unpublishedRole'));
	return link(wikiLink.label ?? target.title, target.href);
}

/** Inline prose as Markdown: Rolebook prose is Markdown already, but for its `[[links]]`. */
function prose(text: string, context: PageContext): string {
	if (!text.includes('[[')) return text;
	let out = '';
	let last = 0;
	for (const wikiLink of findWikiLinks(text)) {
		out += text.slice(last, wikiLink.index) + wikiLinkMarkdown(wikiLink, context);
		last = wikiLink.index + wikiLink.source.length;
	}
	return out + text.slice(last);
}

/** A Markdown block (notes, appraisal) with its headings moved below the page's `##` sections, as Rolebook does. */
function proseBlock(text: string, context: PageContext): string {
	const levels = [...text.matchAll(/^(#{1,6})\s/gm)].map((match) => match[1]!.length);
	const shift = levels.length > 0 ? 3 - Math.min(...levels) : 0;
	const shifted = shift === 0 ? text : text.replace(/^(#{1,6})(?=\s)/gm, (hashes) => '#'.repeat(Math.min(6, Math.max(1, hashes.length + shift))));
	return prose(shifted, context);
}

/** One line, or a bulleted list when there are several (as Rolebook's Prose component shows them). */
function proseLines(text: string | readonly string[], context: PageContext): string {
	const lines = typeof text === 'string' ? [text] : text;
	return lines.length === 1 ? prose(lines[0]!, context) : lines.map((line) => `- ${prose(line, context)}`).join('\n');
}

/** Lines in one table cell, which cannot hold a list. */
function proseCell(text: string | readonly string[], context: PageContext): string {
	return (typeof text === 'string' ? [text] : text).map((line) => prose(line, context)).join('; ');
}

function section(title: string, body: string): string {
	return body ? `## ${title}\n\n${body}\n` : '';
}

const bulletList = (items: readonly string[]) => items.map((item) => `- ${item}`).join('\n');
const orderedList = (items: readonly string[]) => items.map((item, index) => `${index + 1}. ${item}`).join('\n');

/** A Markdown table; a cell cannot hold a line break or an unescaped `|`. */
function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
	const cell = (text: string) => text.replace(/\n+/g, ' ').replace(/\|/g, '\\|');
	const line = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
	return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

function frontmatter(title: string): string {
	return `---\ntitle: ${JSON.stringify(title)}\n---\n\n`;
}

/** Label and value pairs at the top of a page, as Rolebook's form grid shows them. */
function fieldList(fields: readonly (readonly [string, string])[]): string {
	return fields.map(([label, value]) => `- **${label}**:${value}`).join('\n');
}

/** Duties or authorities numbered as the confirmation sheet numbers them (`2.3`), groups with their heading. */
function numberedList(entries: readonly NumberedEntry[], context: PageContext, notesOf: (entry: NumberedEntry) => string[], indent = ''): string {
	return entries
		.map((entry) => {
			const text = entry.items ? `**${prose(entry.text, context)}**` : prose(entry.text, context);
			const notes = [...(entry.weight !== undefined ? [`${entry.weight}%`] : []), ...notesOf(entry)];
			const line = `${indent}- **${entry.number}** ${text}${notes.map((note) => ` · ${note}`).join('')}`;
			return entry.items ? `${line}\n${numberedList(entry.items, context, notesOf, `${indent}  `)}` : line;
		})
		.join('\n');
}

function roleHeader(role: Role, context: PageContext): string {
	const { t } = context;
	const none = t('common.none');
	return fieldList([
		[t('role.title'), escapeText(role.title)],
		[t('role.code'), escapeText(role.data.code ?? none)],
		[t('role.department'), departmentLink(role.department)],
		[t('role.grade'), escapeText(role.data.grade ?? none)],
		[t('role.superior'), role.superior ? roleLink(role.superior) : none],
		[t('role.headcount'), String(role.data.headcount ?? none)],
		[t('role.subordinates'), role.subordinates.length > 0 ? role.subordinates.map(roleLink).join('、') : none],
	]);
}

function duties(entries: readonly DutyEntry[] | undefined, context: PageContext): string {
	return entries && entries.length > 0 ? numberedList(numberEntries(entries), context, () => []) : '';
}

/** Authorities with their category and kind of right (业务类 · 决策权), where known. */
function authorities(role: Role, context: PageContext): string {
	const entries: readonly AuthorityEntry[] = role.data.authorities ?? [];
	if (entries.length === 0) return '';
	const notesOf = (entry: NumberedEntry) => {
		const authority = entry.itemIndex === undefined ? undefined : role.authorities[entry.itemIndex];
		if (!authority) return [];
		const category = context.t(`authority.category.${authority.category}`);
		return [
			...(authority.category === 'other' || authority.groups.includes(category) ? [] : [category]),
			...(authority.kind === 'other' ? [] : [context.t(`authority.kind.${authority.kind}`)]),
		];
	};
	return numberedList(numberEntries(entries), context, notesOf);
}

/** Qualifications, conditions or routines: one labelled entry per key the author filled in. */
function definitions(prefix: 'qualifications' | 'conditions' | 'routines', keys: readonly string[], values: Readonly<Record<string, readonly string[] | undefined>> | undefined, context: PageContext): string {
	return keys
		.flatMap((key) => {
			const text = values?.[key];
			if (!text || text.length === 0) return [];
			const label = `**${context.t(`${prefix}.${key}` as UIKey)}**`;
			return [text.length === 1 ? `- ${label}:${prose(text[0]!, context)}` : `- ${label}:\n${text.map((line) => `  - ${prose(line, context)}`).join('\n')}`];
		})
		.join('\n');
}

function kpis(list: readonly Kpi[] | undefined, context: PageContext): string {
	if (!list || list.length === 0) return '';
	const { t } = context;
	const none = t('common.none');
	const rows = list.map((kpi) => (typeof kpi === 'string' ? [prose(kpi, context), none, none] : [prose(kpi.name, context), kpi.target ? prose(kpi.target, context) : none, kpi.weight !== undefined ? `${kpi.weight}%` : none]));
	return table([t('kpi.name'), t('kpi.target'), t('kpi.weight')], rows);
}

/** Revisions; who wrote, reviewed and approved them only when people are published. */
function revisions(role: Role, context: PageContext): string {
	const list = role.data.revisions ?? [];
	if (list.length === 0) return '';
	const { t, formatDate } = context;
	const none = t('common.none');
	const names = context.organization.site.publish.people;
	const headers = [t('revision.version'), t('revision.date'), t('revision.changes'), ...(names ? [t('revision.author'), t('revision.reviewer'), t('revision.approver')] : [])];
	const rows = list.map((revision) => [
		escapeText(revision.version ?? none),
		revision.date ? formatDate(revision.date) : none,
		revision.changes ? proseCell(revision.changes, context) : none,
		...(names ? [revision.author ?? none, revision.reviewer ?? none, revision.approver ?? none].map(escapeText) : []),
	]);
	return table(headers, rows);
}

/** A role's page: the sections listed above, in the order of its Rolebook page. */
export function rolePage(role: Role, context: PageContext): string {
	const { data } = role;
	const { t } = context;
	return [
		frontmatter(role.title),
		`${roleHeader(role, context)}\n\n`,
		section(t('role.summary'), data.summary ? proseLines(data.summary, context) : ''),
		section(t('role.duties'), duties(data.duties, context)),
		section(t('role.authorities'), authorities(role, context)),
		section(t('role.qualifications'), definitions('qualifications', QUALIFICATION_KEYS, data.qualifications, context)),
		section(t('role.conditions'), definitions('conditions', CONDITION_KEYS, data.conditions, context)),
		section(t('role.routines'), definitions('routines', ROUTINE_KEYS, data.routines, context)),
		section(t('role.kpis'), kpis(data.kpis, context)),
		section(t('role.notes'), data.notes ? proseBlock(data.notes, context) : ''),
		section(t('role.revisions'), revisions(role, context)),
	].filter(Boolean).join('\n');
}

function departmentHeader(department: Department, context: PageContext): string {
	const { t } = context;
	const none = t('common.none');
	return fieldList([
		[t('department.head'), department.head ? roleLink(department.head) : none],
		[t('department.code'), escapeText(department.data.code ?? none)],
		[t('department.superior'), department.superior ? roleLink(department.superior) : none],
		[t('department.parent'), department.parent ? departmentLink(department.parent) : none],
		...(department.children.length > 0 ? [[t('department.children'), department.children.map(departmentLink).join('、')] as const] : []),
	]);
}

/** A department's page: what it is for, its functions, its roles and workflows, with links. */
export function departmentPage(department: Department, context: PageContext): string {
	const { data } = department;
	const { t } = context;
	const proseList = (items: readonly string[] | undefined) => (items ?? []).map((item) => prose(item, context));
	return [
		frontmatter(department.name),
		`${departmentHeader(department, context)}\n\n`,
		section(t('department.mission'), data.mission ? proseLines(data.mission, context) : ''),
		section(t('department.responsibilities'), orderedList(proseList(data.responsibilities))),
		section(t('department.process'), orderedList(proseList(data.process))),
		section(t('department.roles'), bulletList(department.roles.map(roleLink))),
		section(t('nav.workflows'), bulletList(department.workflows.map((workflow) => link(workflow.name, workflowUrl(workflow.id))))),
		section(t('department.appraisal'), data.appraisal ? proseBlock(data.appraisal, context) : ''),
	].filter(Boolean).join('\n');
}

function workflowStep(step: Workflow['steps'][number], context: PageContext): string {
	const { t } = context;
	const actor = step.role ? roleLink(step.role) : prose(step.text ?? '', context);
	const alternatives = step.alternatives.length > 0 ? ` ${t('workflow.or')} ${step.alternatives.map(roleLink).join('、')}` : '';
	const action = step.action ? ` — ${prose(step.action, context)}` : '';
	return `${actor}${alternatives}${action}${step.optional ? `(${t('workflow.optional')})` : ''}`;
}

/** A workflow's page: its steps in order, each with the role that acts, and its notes. */
export function workflowPage(workflow: Workflow, context: PageContext): string {
	const { t } = context;
	return [
		frontmatter(workflow.name),
		workflow.department ? `${fieldList([[t('nav.departments'), departmentLink(workflow.department)]])}\n\n` : '',
		section(t('workflow.steps'), orderedList(workflow.steps.map((step) => workflowStep(step, context)))),
		section(t('workflow.notes'), workflow.data.notes ? proseBlock(workflow.data.notes, context) : ''),
	].filter(Boolean).join('\n');
}

function homePage(organization: Organization, context: PageContext): string {
	return `${frontmatter(organization.site.organization)}${section(context.t('nav.departments'), bulletList(organization.departments.map(departmentLink)))}`;
}

/** The sidebar a handbook of this size needs: one link per department, never one per role. */
export function starlightSite(organization: Organization, context: PageContext): StarlightSite {
	const items = organization.departments.map((department) => ({ label: department.name, link: departmentUrl(department.id) }));
	return { title: organization.site.organization, sidebar: [{ label: context.t('nav.departments'), items }] };
}

function writePage(docsDir: string, relativePath: string, markdown: string): void {
	const file = path.join(docsDir, relativePath);
	mkdirSync(path.dirname(file), { recursive: true });
	writeFileSync(file, markdown);
}

/** Writes every page of the organisation under `docsDir` (emptied first) and the site's title and sidebar to `siteFile`. */
export function writeStarlightSite(contentDir: string, docsDir: string, siteFile: string): PeerSiteSummary {
	const { organization, errorCount } = loadOrganization(contentDir);
	if (errorCount > 0) throw new Error(`the content in ${contentDir} has ${errorCount} errors; run npm run validate on it`);
	const context: PageContext = { organization, t: createTranslator(organization.site), formatDate: createDateFormatter(organization.site) };
	rmSync(docsDir, { recursive: true, force: true });
	writePage(docsDir, 'index.md', homePage(organization, context));
	for (const role of organization.roles) writePage(docsDir, `roles/${role.id}.md`, rolePage(role, context));
	for (const department of organization.departments) writePage(docsDir, `departments/${department.id}.md`, departmentPage(department, context));
	for (const workflow of organization.workflows) writePage(docsDir, `workflows/${workflow.id}.md`, workflowPage(workflow, context));
	writeFileSync(siteFile, `${JSON.stringify(starlightSite(organization, context), null, '\t')}\n`);
	const pages = 1 + organization.roles.length + organization.departments.length + organization.workflows.length;
	return { pages, roleId: organization.roles.at(-1)!.id, departmentId: organization.departments.at(-1)!.id };
}

if (import.meta.main) {
	const [contentDir, docsDir, siteFile] = process.argv.slice(2);
	if (!contentDir || !docsDir || !siteFile) {
		console.error('usage: node bench/peer-starlight.ts CONTENT_DIR DOCS_DIR SITE_FILE');
		process.exit(2);
	}
	console.log(JSON.stringify(writeStarlightSite(contentDir, docsDir, siteFile)));
}
