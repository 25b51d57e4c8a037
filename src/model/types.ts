import type { AUTHORITY_CATEGORIES, AUTHORITY_KINDS, DepartmentData, PersonData, RevisionData, RoleData, SignatureData, Site, WorkflowData } from '../../schemas/index.ts';
import type { SheetHistory, SheetVersion } from '../history/types.ts';
import type { SourceFile } from './source-file.ts';

/**
 * The resolved organisation: what every view reads. `data` is what the author wrote,
 * validated; every other field is derived once, here, so no page re-derives reporting
 * lines on its own. Only what the site publishes is in it: drafts only when
 * `publish.drafts`, never retired roles, people only when `publish.people` (or when a command for HR asks for them).
 */
export interface Organization {
	site: Site;
	/** Sorted by `order`, then name. */
	departments: Department[];
	/** In reporting order: top down, depth first, siblings in file order. */
	roles: Role[];
	workflows: Workflow[];
	people: Person[];
	/** Roles with no superior: the top of the tree (normally one). */
	topRoles: Role[];
	/** Departments with no parent. */
	topDepartments: Department[];
	/** Budgeted, filled and vacant posts over every role in the graph. */
	staffing: Staffing;
	role(id: string): Role | undefined;
	department(id: string): Department | undefined;
	workflow(id: string): Workflow | undefined;
	/** The history of the printed texts, or why there is none. */
	history: SheetHistory;
	/**
	 * Every version of the role's printed text, oldest first; the last is the present text
	 * (not yet committed when it differs from every committed one).
	 */
	versionsOf(role: Role): SheetVersion[];
	/** Every person's sign-off of every role they hold, people in file order (empty unless people are loaded). */
	signOffs: SignOff[];
}

/** Where an entity was written, and when it last changed. */
export interface Provenance {
	/** The YAML file's path from the content folder, with `/` (`roles/sales/rep.yaml`). */
	sourcePath: string;
	/**
	 * `YYYY-MM-DD`: for a role, its newest revision's date; otherwise (and for a role
	 * without dated revisions) the file's last commit where the content is in git.
	 */
	lastUpdated: string | undefined;
}

export interface Department extends Provenance {
	id: string;
	name: string;
	data: DepartmentData;
	source: SourceFile;
	parent: Department | undefined;
	/** Its parent departments, from the top of the tree down to `parent`. */
	ancestors: Department[];
	children: Department[];
	/** The role the department reports to (its 直接上级). */
	superior: Role | undefined;
	head: Role | undefined;
	/** Its roles in reporting order. */
	roles: Role[];
	workflows: Workflow[];
	/** Posts of its own roles (`own`) and of its roles and all its sub-departments' (`total`). */
	staffing: { own: Staffing; total: Staffing };
}

/**
 * Posts over a set of roles: counts only, never names, so views show them whether or
 * not people are published. `filled`, `vacant` and `over` are undefined when the
 * content records no people at all (nothing is known about who holds what).
 */
export interface Staffing {
	roles: number;
	/** The sum of `headcount` over the roles that have one. */
	budgeted: number;
	/** Roles without a `headcount`: their posts are not budgeted. */
	unbudgeted: number;
	/** Posts held: a person holding two roles fills one post in each. */
	filled: number | undefined;
	/** Per role, headcount minus holders when positive, summed: an extra holder in one role fills no other. */
	vacant: number | undefined;
	/** Per role, holders beyond headcount, summed. */
	over: number | undefined;
}

export interface Role extends Provenance {
	id: string;
	title: string;
	data: RoleData;
	source: SourceFile;
	department: Department;
	superior: Role | undefined;
	dottedLineSuperiors: Role[];
	subordinates: Role[];
	dottedLineReports: Role[];
	/** From the top of the tree down to the direct superior. */
	reportingChain: Role[];
	/** People who hold the role (empty unless people are published). */
	holders: Person[];
	/**
	 * How many people hold the role, whether or not people are published (a count, no
	 * names); undefined when the content records no people at all.
	 */
	filled: number | undefined;
	/** Headcount minus holders (never below 0), when both are known. */
	vacancies: number | undefined;
	/** The newest revision: the role's version. */
	version: RevisionData | undefined;
	/** Every workflow step this role acts in, or may act in as an alternative. */
	workflowSteps: WorkflowStepRef[];
	/** Resolved `career.promotes_to`: a role, or free text. */
	promotesTo: (Role | string)[];
	/** Every authority, flattened and classified (see classify-authorities.ts). */
	authorities: Authority[];
}

export type AuthorityCategory = (typeof AUTHORITY_CATEGORIES)[number];
export type AuthorityKind = (typeof AUTHORITY_KINDS)[number];

export interface Authority {
	text: string;
	category: AuthorityCategory;
	kind: AuthorityKind;
	/** The headings of the groups it was written under, outermost first. */
	groups: string[];
}

export interface WorkflowStep {
	/** The role acting, when the step names one. */
	role: Role | undefined;
	/** Free text, when the step names no role. */
	text: string | undefined;
	action: string | undefined;
	/** Roles that may act instead. */
	alternatives: Role[];
	optional: boolean;
}

export interface WorkflowStepRef {
	workflow: Workflow;
	/** 0-based index into `workflow.steps`. */
	index: number;
	alternative: boolean;
}

export interface Workflow extends Provenance {
	id: string;
	name: string;
	data: WorkflowData;
	source: SourceFile;
	department: Department | undefined;
	steps: WorkflowStep[];
}

export interface Person extends Provenance {
	id: string;
	name: string;
	data: PersonData;
	source: SourceFile;
	roles: Role[];
	/** For each role held, whether the person's signature is on its present text. */
	signOffs: SignOff[];
}

export type SignOffStatus = 'current' | 'outdated' | 'unsigned';

/** A person's sign-off of one role they hold. */
export interface SignOff {
	person: Person;
	role: Role;
	/** current: the newest signature is on today's text; outdated: on an older text; unsigned: none. */
	status: SignOffStatus;
	/** The person's newest signature for the role. */
	signature: SignatureData | undefined;
	/** The version of the text they signed, when it is known. */
	signedVersion: SheetVersion | undefined;
}
