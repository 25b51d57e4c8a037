import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FIXTURES } from '../support/fixtures.ts';

/**
 * Builds `test/fixtures/every-field` (which uses every field FORMAT.md defines, each
 * with a distinctive text) once, and checks that each field's content reaches the page
 * where it belongs. The format's rule is that no field may be silently dropped.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const CONTENT = path.join(FIXTURES, 'every-field');

let outDir = '';
let build: SpawnSyncReturns<string> | undefined;

beforeAll(() => {
	outDir = mkdtempSync(path.join(tmpdir(), 'rolebook-every-field-'));
	build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
		cwd: ROOT,
		encoding: 'utf8',
		env: { ...process.env, CONTENT_DIR: CONTENT, NO_COLOR: '1' },
	});
}, 180_000);

afterAll(() => {
	if (outDir) rmSync(outDir, { recursive: true, force: true });
});

const BLOCK_TAGS = /^(?:address|article|aside|blockquote|br|caption|dd|details|dialog|div|dl|dt|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|summary|table|tbody|td|tfoot|th|thead|tr|ul)$/i;

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Decodes the entities Astro and remark write, in one pass (so `&amp;lt;` stays `&lt;`). */
function decodeEntities(text: string): string {
	return text.replace(/&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));/gi, (entity, decimal?: string, hex?: string, name?: string) => {
		if (decimal) return String.fromCodePoint(Number.parseInt(decimal, 10));
		if (hex) return String.fromCodePoint(Number.parseInt(hex, 16));
		return NAMED_ENTITIES[name!.toLowerCase()] ?? entity;
	});
}

/** What a reader sees: no head, scripts, styles or comments; tags stripped (block tags as a space); entities decoded; whitespace collapsed. */
function visibleText(html: string): string {
	const stripped = html
		.replace(/<!--[\s\S]*?-->/g, ' ')
		.replace(/<![^>]*>/g, ' ')
		.replace(/<(head|script|style|template)\b[\s\S]*?<\/\1\s*>/gi, ' ')
		.replace(/<\/?([a-z][a-z0-9-]*)\b[^>]*>/gi, (_tag, name: string) => (BLOCK_TAGS.test(name) ? ' ' : ''));
	return decodeEntities(stripped).replace(/\s+/g, ' ').trim();
}

const pages = new Map<string, string | undefined>();

/** The HTML of a page under the build folder, or undefined when it was not built. */
function html(page: string): string | undefined {
	if (!pages.has(page)) {
		const file = path.join(outDir, page);
		pages.set(page, existsSync(file) ? readFileSync(file, 'utf8') : undefined);
	}
	return pages.get(page);
}

/** The HTML of a page, failing the test with the page's path when it was not built. */
function pageHtml(page: string): string {
	const content = html(page);
	expect(content, `${page} was not built`).toBeDefined();
	return content!;
}

function allFiles(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile())
		.map((entry) => path.join(entry.parentPath, entry.name));
}

const TEXT_FILE = /\.(?:html|json|js|mjs|css|xml|txt|svg|webmanifest)$/i;

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `<a … href="…"` with any attributes around it. */
function linkTo(href: string): RegExp {
	return new RegExp(`<a\\b[^>]*\\shref="${escapeRegExp(href)}"`);
}

/** `<a … href="…" …>label</a>`, the label allowing inner inline tags and surrounding space. */
function linkWithLabel(href: string, label: string): RegExp {
	return new RegExp(`<a\\b[^>]*\\shref="${escapeRegExp(href)}"[^>]*>\\s*(?:<[^>]+>\\s*)*${escapeRegExp(label)}\\s*(?:<[^>]+>\\s*)*</a>`);
}

const CONTROLLER = 'roles/ledger-controller/index.html';
const CLERK = 'roles/ledger-clerk/index.html';
const CASH_KEEPER = 'roles/cash-keeper/index.html';
const STEWARD = 'roles/chief-steward/index.html';
const LIAISON = 'roles/audit-liaison/index.html';
const LEDGER_DEPT = 'departments/ledger-department/index.html';
const CASH_DEPT = 'departments/cash-desk/index.html';
const TOP_DEPT = 'departments/counting-house/index.html';
const WORKFLOW = 'workflows/month-end-close/index.html';
const HOME = 'index.html';

interface FieldCase {
	page: string;
	field: string;
	text: string | RegExp;
}

/** A number on its own, not part of a longer one. */
const number = (n: number) => new RegExp(`(?<![0-9.])${n}(?![0-9])`);

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A date as written (YYYY-MM-DD) or as an English reader sees it: 14 February 2023, February 14, 2023, 14 Feb 2023. */
function date(iso: string): RegExp {
	const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
	const long = MONTHS[month - 1]!;
	const monthName = `(?:${long}|${long.slice(0, 3)}\\.?)`;
	return new RegExp(`${iso}|\\b0?${day} ${monthName},? ${year}\\b|\\b${monthName} 0?${day}, ${year}\\b`);
}

const FIELDS: FieldCase[] = [
	// site.yaml
	{ page: HOME, field: 'site.organization', text: 'Quillfeather Ledger Works' },
	{ page: CONTROLLER, field: 'site.organization (role page header)', text: 'Quillfeather Ledger Works' },
	{ page: CONTROLLER, field: "site.labels['role.kpis']", text: 'Success measures' },

	// department: ledger-department (every key)
	{ page: LEDGER_DEPT, field: 'department.name', text: 'Ledger Department' },
	{ page: LEDGER_DEPT, field: 'department.code', text: 'DEPT-LD' },
	{ page: LEDGER_DEPT, field: 'department.parent', text: 'Counting House Office' },
	{ page: LEDGER_DEPT, field: 'department.reports_to', text: 'Chief Steward' },
	{ page: LEDGER_DEPT, field: 'department.head', text: 'Ledger Controller' },
	{ page: LEDGER_DEPT, field: 'department.mission[0] (bold)', text: 'Department mission alpha: keep every ledger balanced to the penny.' },
	{ page: LEDGER_DEPT, field: 'department.mission[1] (links)', text: 'Department mission beta: answer to Chief Steward and work with Cash Desk Department.' },
	{ page: LEDGER_DEPT, field: 'department.responsibilities[0] (code)', text: 'Department responsibility alpha: close the books monthly with LEDGER-CLOSE.' },
	{ page: LEDGER_DEPT, field: 'department.responsibilities[1] (link)', text: 'Department responsibility beta: publish the close calendar.' },
	{ page: LEDGER_DEPT, field: 'department.process[0]', text: 'Department process step one: collect source documents' },
	{ page: LEDGER_DEPT, field: 'department.process[1] (labelled link)', text: 'Department process step two: post journals via the posting clerk' },
	{ page: LEDGER_DEPT, field: 'department.process[2]', text: 'Department process step three: review and sign off' },
	{ page: LEDGER_DEPT, field: 'department.appraisal heading 1', text: 'Appraisal heading: Purpose of appraisal' },
	{ page: LEDGER_DEPT, field: 'department.appraisal paragraph', text: 'Appraisal paragraph: we appraise to improve accuracy.' },
	{ page: LEDGER_DEPT, field: 'department.appraisal heading 2', text: 'Appraisal heading: Method' },
	{ page: LEDGER_DEPT, field: 'department.appraisal list item 1', text: 'Appraisal list item: quarterly scorecard review' },
	{ page: LEDGER_DEPT, field: 'department.appraisal list item 2', text: 'Appraisal list item: annual calibration meeting' },
	// department: cash-desk (numeric code, single-string text lists)
	{ page: CASH_DEPT, field: 'department.name', text: 'Cash Desk Department' },
	{ page: CASH_DEPT, field: 'department.code (a YAML number)', text: number(303) },
	{ page: CASH_DEPT, field: 'department.responsibilities (one string)', text: 'Department responsibility cash: count the float every evening.' },
	{ page: CASH_DEPT, field: 'department.process (one string)', text: 'Department process cash: lock the safe at close' },
	// department: counting-house (the top)
	{ page: TOP_DEPT, field: 'department.name', text: 'Counting House Office' },
	{ page: TOP_DEPT, field: 'department.code', text: 'DEPT-CH' },
	{ page: TOP_DEPT, field: 'department.mission (one string)', text: 'Department mission top: keep the house solvent.' },
	{ page: TOP_DEPT, field: 'department.head', text: 'Chief Steward' },

	// role: ledger-controller (every key)
	{ page: CONTROLLER, field: 'role.title', text: 'Ledger Controller' },
	{ page: CONTROLLER, field: 'role.department', text: 'Ledger Department' },
	{ page: CONTROLLER, field: 'role.code', text: 'ROLE-LC-01' },
	{ page: CONTROLLER, field: 'role.grade', text: 'G-M7X' },
	{ page: CONTROLLER, field: 'role.reports_to', text: 'Chief Steward' },
	{ page: CONTROLLER, field: 'role.dotted_line_to', text: 'Audit Liaison Officer' },
	{ page: CONTROLLER, field: 'role.subordinates', text: 'Posting Clerk' },
	{ page: CONTROLLER, field: 'role.headcount', text: /Headcount[^0-9]{0,40}6(?![0-9])/ },
	{ page: CONTROLLER, field: 'role.summary (bold, code, link)', text: 'Summary text: owns the general ledger, with Bold summary marker and CODE-SUMMARY-7; see the ledger handbook.' },
	{ page: CONTROLLER, field: 'role.duties plain item', text: 'Duty alpha: reconcile ledgers every week' },
	{ page: CONTROLLER, field: 'role.duties {text, weight}', text: 'Duty beta weighted: approve journal entries' },
	{ page: CONTROLLER, field: 'role.duties {weight: 37}', text: number(37) },
	{ page: CONTROLLER, field: 'role.duties group heading', text: 'Duty group heading: Monthly reporting' },
	{ page: CONTROLLER, field: 'role.duties group item', text: 'Duty gamma in group: prepare the monthly pack' },
	{ page: CONTROLLER, field: 'role.duties group {text, weight}', text: 'Duty delta weighted in group: brief the cash desk' },
	{ page: CONTROLLER, field: 'role.duties group {weight: 13}', text: number(13) },
	{ page: CONTROLLER, field: 'role.duties nested group heading', text: 'Duty nested group heading: Year end' },
	{ page: CONTROLLER, field: 'role.duties nested group item', text: 'Duty epsilon nested: coordinate the external audit' },
	{ page: CONTROLLER, field: 'role.authorities plain item', text: 'Authority plain: represent the department in audits' },
	{ page: CONTROLLER, field: 'role.authorities business/decision', text: 'Authority business decision: choose the chart of accounts' },
	{ page: CONTROLLER, field: 'role.authorities finance/proposal', text: 'Authority finance proposal: propose the ledger budget' },
	{ page: CONTROLLER, field: 'role.authorities {text} only', text: 'Authority without category or kind: open new ledgers' },
	{ page: CONTROLLER, field: 'role.authorities group heading', text: 'Authority group heading: People matters' },
	{ page: CONTROLLER, field: 'role.authorities personnel/supervision', text: 'Authority personnel supervision: supervise clerk timesheets' },
	{ page: CONTROLLER, field: 'role.authorities other/other', text: 'Authority other other: keep the archive keys' },
	{ page: CONTROLLER, field: 'role.authorities nested group heading', text: 'Authority nested group heading: Delegations' },
	{ page: CONTROLLER, field: 'role.authorities nested item', text: 'Authority nested plain: delegate sign-off during leave' },
	{ page: CONTROLLER, field: 'authority category business', text: 'Business' },
	{ page: CONTROLLER, field: 'authority category finance', text: 'Finance' },
	{ page: CONTROLLER, field: 'authority category personnel', text: 'Personnel' },
	{ page: CONTROLLER, field: 'authority kind decision', text: 'Decision' },
	{ page: CONTROLLER, field: 'authority kind proposal', text: 'Proposal' },
	{ page: CONTROLLER, field: 'authority kind supervision', text: 'Supervision' },
	{ page: CONTROLLER, field: 'role.qualifications.education', text: 'Qualification education: BSc Accounting' },
	{ page: CONTROLLER, field: 'role.qualifications.majors[0]', text: 'Qualification major one: Accountancy' },
	{ page: CONTROLLER, field: 'role.qualifications.majors[1]', text: 'Qualification major two: Economics' },
	{ page: CONTROLLER, field: 'role.qualifications.experience', text: 'Qualification experience: five years in general ledger work' },
	{ page: CONTROLLER, field: 'role.qualifications.training', text: 'Qualification training: IFRS refresher course' },
	{ page: CONTROLLER, field: 'role.qualifications.knowledge', text: 'Qualification knowledge: double-entry bookkeeping' },
	{ page: CONTROLLER, field: 'role.qualifications.skills', text: 'Qualification skills: spreadsheet modelling' },
	{ page: CONTROLLER, field: 'role.qualifications.abilities', text: 'Qualification abilities: calm under deadline pressure' },
	{ page: CONTROLLER, field: 'role.qualifications.languages', text: 'Qualification languages: fluent English and French' },
	{ page: CONTROLLER, field: 'role.qualifications.certifications', text: 'Qualification certification: Chartered Accountant' },
	{ page: CONTROLLER, field: 'role.qualifications.traits', text: 'Qualification traits: scrupulous honesty' },
	{ page: CONTROLLER, field: 'role.qualifications.appearance', text: 'Qualification appearance: neat business attire' },
	{ page: CONTROLLER, field: 'role.qualifications.physical', text: 'Qualification physical: good health' },
	{ page: CONTROLLER, field: 'role.qualifications.other', text: 'Qualification other: clean driving licence' },
	{ page: CONTROLLER, field: 'role.relationships.internal free-text string', text: 'Internal free-text string: the audit committee' },
	{ page: CONTROLLER, field: 'role.relationships.internal role-id string', text: 'Cash Keeper' },
	{ page: CONTROLLER, field: 'role.relationships.internal {with: role} nature', text: 'Internal nature role: monthly reporting' },
	{ page: CONTROLLER, field: 'role.relationships.internal {with: department:ID}', text: 'Cash Desk Department' },
	{ page: CONTROLLER, field: 'role.relationships.internal {with: department:ID} nature', text: 'Internal nature department: daily cash reconciliation' },
	{ page: CONTROLLER, field: 'role.relationships.internal {with: free text}', text: 'Internal free-text with: Works council' },
	{ page: CONTROLLER, field: 'role.relationships.internal {with: free text} nature', text: 'Internal nature free: annual briefing' },
	{ page: CONTROLLER, field: 'role.relationships.external string', text: 'External string: statutory auditors' },
	{ page: CONTROLLER, field: 'role.relationships.external with', text: 'External with: Revenue office' },
	{ page: CONTROLLER, field: 'role.relationships.external nature', text: 'External nature: quarterly filings' },
	{ page: CONTROLLER, field: 'role.conditions.equipment', text: 'Condition equipment: laptop and twin monitors' },
	{ page: CONTROLLER, field: 'role.conditions.environment', text: 'Condition environment: open-plan office' },
	{ page: CONTROLLER, field: 'role.conditions.hours', text: 'Condition hours: standard hours, longer at month end' },
	{ page: CONTROLLER, field: 'role.conditions.physical', text: 'Condition physical: mostly seated' },
	{ page: CONTROLLER, field: 'role.conditions.travel', text: 'Condition travel: two site visits a year' },
	{ page: CONTROLLER, field: 'role.routines.daily', text: 'Routine daily: clear the posting queue' },
	{ page: CONTROLLER, field: 'role.routines.weekly', text: 'Routine weekly: bank reconciliation review' },
	{ page: CONTROLLER, field: 'role.routines.monthly[0]', text: 'Routine monthly: close the books' },
	{ page: CONTROLLER, field: 'role.routines.monthly[1]', text: 'Routine monthly second: send the variance report' },
	{ page: CONTROLLER, field: 'role.routines.quarterly', text: 'Routine quarterly: accruals review' },
	{ page: CONTROLLER, field: 'role.routines.yearly', text: 'Routine yearly: lead the year-end audit' },
	{ page: CONTROLLER, field: 'role.kpis string', text: 'KPI string: zero unexplained variances' },
	{ page: CONTROLLER, field: 'role.kpis {name}', text: 'KPI name: close on time' },
	{ page: CONTROLLER, field: 'role.kpis {target}', text: 'KPI target: by working day five' },
	{ page: CONTROLLER, field: 'role.kpis {weight: 29}', text: number(29) },
	{ page: CONTROLLER, field: 'role.kpis {name} only', text: 'KPI name only: few audit adjustments' },
	{ page: CONTROLLER, field: 'role.career.promotes_to role id', text: 'Chief Steward' },
	{ page: CONTROLLER, field: 'role.career.promotes_to free text', text: 'Career free text: Group financial controller' },
	{ page: CONTROLLER, field: 'role.career.note', text: 'Career note: typically after three years in post' },
	{ page: CONTROLLER, field: 'role.compensation (publish.compensation: true)', text: 'Compensation text: band M7 salary plus annual bonus' },
	{ page: CONTROLLER, field: 'role.occupation.scheme', text: 'Occupation scheme: GB/T 6565-2015' },
	{ page: CONTROLLER, field: 'role.occupation.code', text: '2-06-01-01' },
	{ page: CONTROLLER, field: 'role.occupation.label', text: 'Occupation label: Accounting professional' },
	{ page: CONTROLLER, field: 'role.notes heading', text: 'Notes heading: Scope' },
	{ page: CONTROLLER, field: 'role.notes paragraph', text: 'Notes paragraph: applies to Bold notes marker sites; see the notes reference.' },
	{ page: CONTROLLER, field: 'role.notes list item', text: 'Notes list item: excludes payroll' },
	{ page: CONTROLLER, field: 'role.revisions[0].version', text: 'Rev-A1' },
	{ page: CONTROLLER, field: 'role.revisions[0].date', text: date('2023-02-14') },
	{ page: CONTROLLER, field: 'role.revisions[0].changes (one string)', text: 'Revision changes one: first issue' },
	{ page: CONTROLLER, field: 'role.revisions[0].author', text: 'Revision author Ada Byron' },
	{ page: CONTROLLER, field: 'role.revisions[0].reviewer', text: 'Revision reviewer Ben Stroud' },
	{ page: CONTROLLER, field: 'role.revisions[0].approver', text: 'Revision approver Cleo Marsh' },
	{ page: CONTROLLER, field: 'role.revisions[1].version (a YAML number)', text: '2.71' },
	{ page: CONTROLLER, field: 'role.revisions[1].date', text: date('2025-06-30') },
	{ page: CONTROLLER, field: 'role.revisions[1].changes[0]', text: 'Revision changes two: added authorities' },
	{ page: CONTROLLER, field: 'role.revisions[1].changes[1]', text: 'Revision changes three: added KPIs' },
	{ page: CONTROLLER, field: 'role.revisions[1].author', text: 'Revision author Dora Quinn' },
	{ page: CONTROLLER, field: 'role.revisions[1].reviewer', text: 'Revision reviewer Eli Porter' },
	{ page: CONTROLLER, field: 'role.revisions[1].approver', text: 'Revision approver Fay Lindqvist' },
	// role: ledger-clerk (numeric code and grade, summary as a list, promotes_to as one id)
	{ page: CLERK, field: 'role.title', text: 'Posting Clerk' },
	{ page: CLERK, field: 'role.code (a YAML number)', text: number(4711) },
	{ page: CLERK, field: 'role.reports_to', text: 'Ledger Controller' },
	{ page: CLERK, field: 'role.summary[0] ([[id]] and [[id|label]])', text: 'Clerk summary: posts journals for Cash Keeper and the audit liaison desk.' },
	{ page: CLERK, field: 'role.summary[1]', text: 'Clerk summary second paragraph: keeps the day book tidy.' },
	{ page: CLERK, field: 'role.duties (one item)', text: 'Clerk duty: post the day book' },
	{ page: CLERK, field: 'role.headcount', text: /Headcount[^0-9]{0,40}3(?![0-9])/ },
	// the other roles
	{ page: CASH_KEEPER, field: 'role.summary (one string, em dash)', text: 'Cash keeper summary — counts, banks and guards the float.' },
	{ page: CASH_KEEPER, field: 'role.kpis string', text: 'Cash KPI string: float within tolerance' },
	{ page: CASH_KEEPER, field: "site.labels['role.kpis']", text: 'Success measures' },
	{ page: STEWARD, field: 'role.code', text: 'ROLE-CS-00' },
	{ page: STEWARD, field: 'role.grade', text: 'G-TOP9' },
	{ page: STEWARD, field: 'role.summary ([[department:id]])', text: 'Steward summary: heads the Counting House Office and signs the annual accounts.' },
	{ page: LIAISON, field: 'role.summary', text: 'Liaison summary: the single point of contact for auditors.' },

	// people (publish.people: true)
	{ page: CONTROLLER, field: 'person.name', text: 'Pat Inkwell' },
	{ page: CONTROLLER, field: 'person.since', text: date('2022-05-09') },
	{ page: CLERK, field: 'person.name (roles as one string)', text: 'Robin Tallyman' },
	{ page: CLERK, field: 'person.since (quoted)', text: date('2024-11-18') },
	{ page: CASH_KEEPER, field: 'person.name (no since)', text: 'Sam Coinsworth' },

	// workflow: month-end-close (every step form)
	{ page: WORKFLOW, field: 'workflow.name', text: 'Month-end Close Workflow' },
	{ page: WORKFLOW, field: 'workflow.department', text: 'Ledger Department' },
	{ page: WORKFLOW, field: 'workflow.steps role id', text: 'Posting Clerk' },
	{ page: WORKFLOW, field: 'workflow.steps {role}', text: 'Ledger Controller' },
	{ page: WORKFLOW, field: 'workflow.steps {role, action}', text: 'Workflow action review: check the trial balance' },
	{ page: WORKFLOW, field: 'workflow.steps {role, action, or} role', text: 'Chief Steward' },
	{ page: WORKFLOW, field: 'workflow.steps {role, action, or} action', text: 'Workflow action sign: sign the close pack' },
	{ page: WORKFLOW, field: 'workflow.steps {or} alternative', text: 'Audit Liaison Officer' },
	{ page: WORKFLOW, field: "workflow.steps {or} label ('or')", text: /\bor\b/ },
	{ page: WORKFLOW, field: 'workflow.steps {role, action, optional} role', text: 'Cash Keeper' },
	{ page: WORKFLOW, field: 'workflow.steps {role, action, optional} action', text: 'Workflow action optional role: recount the float' },
	{ page: WORKFLOW, field: 'workflow.steps {text, optional}', text: 'Workflow free step: external auditor spot-check' },
	{ page: WORKFLOW, field: "workflow.steps optional label ('optional')", text: /\boptional\b/i },
	{ page: WORKFLOW, field: 'workflow.steps {text, action} text', text: 'Workflow free step with action: Bank' },
	{ page: WORKFLOW, field: 'workflow.steps {text, action} action', text: 'Workflow free action: confirms balances' },
	{ page: WORKFLOW, field: 'workflow.steps free-text string', text: 'Workflow free-text string step: archive the close pack' },
	{ page: WORKFLOW, field: 'workflow.notes (bold, [[department:id]])', text: 'Workflow notes: run on the Bold workflow marker last working day; ask Cash Desk Department for the float count.' },

];

interface LinkCase {
	page: string;
	field: string;
	href: string;
	label?: string;
}

const LINKS: LinkCase[] = [
	{ page: CLERK, field: '[[cash-keeper]] in summary', href: '/roles/cash-keeper/', label: 'Cash Keeper' },
	{ page: CLERK, field: '[[audit-liaison|label]] in summary', href: '/roles/audit-liaison/', label: 'the audit liaison desk' },
	{ page: LEDGER_DEPT, field: '[[chief-steward]] in mission', href: '/roles/chief-steward/', label: 'Chief Steward' },
	{ page: LEDGER_DEPT, field: '[[department:cash-desk]] in mission', href: '/departments/cash-desk/', label: 'Cash Desk Department' },
	{ page: LEDGER_DEPT, field: '[[ledger-clerk|label]] in process', href: '/roles/ledger-clerk/', label: 'the posting clerk' },
	{ page: LEDGER_DEPT, field: 'https link in responsibilities', href: 'https://example.org/close-calendar', label: 'close calendar' },
	{ page: STEWARD, field: '[[department:counting-house]] in summary', href: '/departments/counting-house/', label: 'Counting House Office' },
	{ page: WORKFLOW, field: '[[department:cash-desk]] in notes', href: '/departments/cash-desk/', label: 'Cash Desk Department' },
	{ page: CONTROLLER, field: 'https link in summary', href: 'https://example.org/ledger-handbook', label: 'ledger handbook' },
	{ page: CONTROLLER, field: 'https link in notes', href: 'https://example.org/notes-reference', label: 'notes reference' },
	// references written as ids are links too
	{ page: CONTROLLER, field: 'role.department', href: '/departments/ledger-department/' },
	{ page: CONTROLLER, field: 'role.reports_to', href: '/roles/chief-steward/' },
	{ page: CONTROLLER, field: 'role.dotted_line_to', href: '/roles/audit-liaison/' },
	{ page: CONTROLLER, field: 'role.subordinates', href: '/roles/ledger-clerk/' },
	{ page: CONTROLLER, field: 'role.relationships.internal role id', href: '/roles/cash-keeper/' },
	{ page: CONTROLLER, field: 'role.relationships.internal department:ID', href: '/departments/cash-desk/' },
	{ page: CLERK, field: 'role.career.promotes_to (one id)', href: '/roles/ledger-controller/' },
	{ page: LEDGER_DEPT, field: 'department.parent', href: '/departments/counting-house/' },
	{ page: LEDGER_DEPT, field: 'department.head', href: '/roles/ledger-controller/' },
	{ page: WORKFLOW, field: 'workflow.steps role id', href: '/roles/ledger-clerk/' },
	{ page: WORKFLOW, field: 'workflow.steps {or}', href: '/roles/audit-liaison/' },
	{ page: WORKFLOW, field: 'workflow.department', href: '/departments/ledger-department/' },
];

const UNPUBLISHED = [
	{ status: 'draft', id: 'forecast-sprite', title: 'Draftonly Forecast Sprite', marker: 'Draftonly' },
	{ status: 'retired', id: 'abacus-keeper', title: 'Retiredonly Abacus Keeper', marker: 'Retiredonly' },
];

describe('every field in FORMAT.md reaches the built site', () => {
	test('the fixture builds', () => {
		expect(build, 'astro build did not run').toBeDefined();
		expect(build!.status, build!.stderr).toBe(0);
	});

	test.for(FIELDS)('$page · $field', ({ page, text, field }) => {
		const visible = visibleText(pageHtml(page));
		if (typeof text === 'string') expect(visible, `${field} on ${page}`).toContain(text);
		else expect(visible, `${field} on ${page}`).toMatch(text);
	});

	test.for(LINKS)('$page · link: $field → $href', ({ page, field, href, label }) => {
		const content = pageHtml(page);
		expect(content, `${field} on ${page}`).toMatch(label === undefined ? linkTo(href) : linkWithLabel(href, label));
	});
});

describe('Markdown is rendered, not shown', () => {
	test.for([
		{ page: CONTROLLER, pattern: /<strong\b[^>]*>\s*Bold summary marker\s*<\/strong>/, what: '**bold** in summary' },
		{ page: CONTROLLER, pattern: /<code\b[^>]*>\s*CODE-SUMMARY-7\s*<\/code>/, what: '`code` in summary' },
		{ page: CONTROLLER, pattern: /<strong\b[^>]*>\s*Bold notes marker\s*<\/strong>/, what: '**bold** in notes' },
		{ page: CONTROLLER, pattern: /<h[1-6]\b[^>]*>\s*Notes heading: Scope\s*<\/h[1-6]>/, what: '## heading in notes' },
		{ page: CONTROLLER, pattern: /<li\b[^>]*>\s*(?:<p>\s*)?Notes list item: excludes payroll/, what: '- list in notes' },
		{ page: LEDGER_DEPT, pattern: /<strong\b[^>]*>\s*balanced to the penny\s*<\/strong>/, what: '**bold** in mission' },
		{ page: LEDGER_DEPT, pattern: /<code\b[^>]*>\s*LEDGER-CLOSE\s*<\/code>/, what: '`code` in responsibilities' },
		{ page: LEDGER_DEPT, pattern: /<h[1-6]\b[^>]*>\s*Appraisal heading: Purpose of appraisal\s*<\/h[1-6]>/, what: '## heading in appraisal' },
		{ page: LEDGER_DEPT, pattern: /<h[1-6]\b[^>]*>\s*Appraisal heading: Method\s*<\/h[1-6]>/, what: 'second ## heading in appraisal' },
		{ page: LEDGER_DEPT, pattern: /<li\b[^>]*>\s*(?:<p>\s*)?Appraisal list item: quarterly scorecard review/, what: '- list in appraisal' },
		{ page: LEDGER_DEPT, pattern: /<strong\b[^>]*>\s*improve accuracy\s*<\/strong>/, what: '**bold** in appraisal' },
		{ page: WORKFLOW, pattern: /<strong\b[^>]*>\s*Bold workflow marker\s*<\/strong>/, what: '**bold** in workflow notes' },
	])('$page · $what', ({ page, pattern, what }) => {
		expect(pageHtml(page), what).toMatch(pattern);
	});

	test.for([CONTROLLER, CLERK, CASH_KEEPER, STEWARD, LIAISON, LEDGER_DEPT, CASH_DEPT, TOP_DEPT, WORKFLOW])('%s shows no Markdown or link syntax', (page) => {
		const visible = visibleText(pageHtml(page));
		expect(visible).not.toContain('[[');
		expect(visible).not.toContain(']]');
		expect(visible).not.toContain('**');
		expect(visible).not.toMatch(/(?:^|\s)## /);
		expect(visible).not.toContain('](https:');
	});
});

describe('site settings', () => {
	test('the label override replaces the default label', () => {
		const visible = visibleText(pageHtml(CONTROLLER));
		expect(visible).toContain('Success measures');
		expect(visible).not.toContain('Key performance indicators');
	});

	test('the theme accent colour reaches the stylesheet', () => {
		const styled = allFiles(outDir)
			.filter((file) => /\.(?:html|css)$/i.test(file))
			.some((file) => readFileSync(file, 'utf8').toLowerCase().includes('#2e7d6b'));
		expect(styled, 'no HTML or CSS file in the build contains #2e7d6b').toBe(true);
	});

	test('the logo is shown', () => {
		expect(pageHtml(HOME)).toMatch(/<img\b[^>]*\ssrc="\/quillfeather-logo\.svg"/);
	});

	test('departments are sorted by order, not by file name', () => {
		const visible = visibleText(pageHtml(HOME));
		const ledger = visible.indexOf('Ledger Department');
		const cash = visible.indexOf('Cash Desk Department');
		expect(ledger, 'Ledger Department is not on the home page').toBeGreaterThanOrEqual(0);
		expect(cash, 'Cash Desk Department is not on the home page').toBeGreaterThanOrEqual(0);
		expect(ledger, 'order: 2 should come before order: 3').toBeLessThan(cash);
	});

	test('department process steps keep their order', () => {
		const visible = visibleText(pageHtml(LEDGER_DEPT));
		const positions = ['step one', 'step two', 'step three'].map((step) => visible.indexOf(`Department process ${step}`));
		expect(positions.every((position) => position >= 0)).toBe(true);
		expect([...positions].sort((a, b) => a - b)).toEqual(positions);
	});

	test('workflow steps keep their order', () => {
		const visible = visibleText(pageHtml(WORKFLOW));
		const positions = [
			'Posting Clerk',
			'Workflow action review',
			'Workflow action sign',
			'Workflow action optional role',
			'Workflow free step: external',
			'Workflow free step with action',
			'Workflow free-text string step',
		].map((text) => visible.indexOf(text));
		expect(positions.every((position) => position >= 0), JSON.stringify(positions)).toBe(true);
		expect([...positions].sort((a, b) => a - b)).toEqual(positions);
	});

});

describe('draft and retired roles are not published', () => {
	test.for(UNPUBLISHED)('the $status role has no page', ({ id }) => {
		expect(existsSync(path.join(outDir, 'roles', id))).toBe(false);
	});

	test.for(UNPUBLISHED)('the $status role is mentioned nowhere in the build', ({ title, marker, id }) => {
		const files = allFiles(outDir).filter((file) => TEXT_FILE.test(file));
		expect(files.length, 'the build wrote no text files').toBeGreaterThan(0);
		for (const file of files) {
			const content = readFileSync(file, 'utf8');
			const where = path.relative(outDir, file);
			expect(content, `${title} appears in ${where}`).not.toContain(title);
			expect(content, `${marker} appears in ${where}`).not.toContain(marker);
			expect(content, `/roles/${id}/ appears in ${where}`).not.toContain(`/roles/${id}/`);
		}
	});
});
