import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createSiteContext, type SiteContext } from '../../../src/site/site-context.ts';
import { loadOrganization } from '../../../src/model/index.ts';
import { FIXTURES, fixtureWith } from '../../support/fixtures.ts';

export const ROOT = path.resolve(import.meta.dirname, '../../..');
export const EXAMPLE_CONTENT = path.join(ROOT, 'content');

/** The long role's duties: 6 groups of 10, long enough to need several A4 pages. */
export const LONG_ROLE_DUTIES = Array.from({ length: 60 }, (_, index) =>
	`Duty ${index + 1}: check the records of the week against the ledger, settle every difference with the team that made it, and file the signed reconciliation before Friday noon`,
);

const FIRST_FILING_DUTIES = 17;
const FILING_ROLES = 10;

/**
 * The English fixture: the base organisation (English, people published, no
 * `confirmation` block, so the sheets use the defaults) with a fully written role,
 * `field-engineer`, its holder Bob Marsh, and `records-clerk`, a role with 60 duties.
 */
export function englishFixture(): string {
	const dir = fixtureWith();
	cpSync(path.join(FIXTURES, 'confirm'), dir, { recursive: true });
	const groups = Array.from({ length: 6 }, (_, group) => [
		`  - group: Records, part ${group + 1}`,
		'    items:',
		...LONG_ROLE_DUTIES.slice(group * 10, group * 10 + 10).map((duty) => `      - "${duty}"`),
	]);
	writeFileSync(
		path.join(dir, 'roles', 'records-clerk.yaml'),
		['title: Records Clerk', 'department: support', 'code: SUP-60', 'reports_to: support-lead', 'duties:', ...groups.flat(), ''].join('\n'),
	);
	writeFilingRoles(dir);
	return dir;
}

/**
 * The roles of the `archive` department: the same short duties, one more on each, so that
 * across them the text ends at every height near the foot of the first page (and the
 * statement and signatures would, without care, start the second page on their own).
 */
export const FILING_DUTY_COUNTS = Array.from({ length: FILING_ROLES }, (_, index) => FIRST_FILING_DUTIES + index);

function writeFilingRoles(dir: string): void {
	mkdirSync(path.join(dir, 'roles', 'archive'), { recursive: true });
	writeFileSync(path.join(dir, 'departments', 'archive.yaml'), ['name: Archive', 'parent: support', ''].join('\n'));
	for (const count of FILING_DUTY_COUNTS) {
		const duties = Array.from({ length: count }, (_, index) => `  - File the records of shelf ${index + 1} by date`);
		writeFileSync(
			path.join(dir, 'roles', 'archive', `filing-${count}.yaml`),
			[`title: Filing Clerk ${count}`, 'department: archive', 'reports_to: support-lead', 'duties:', ...duties, ''].join('\n'),
		);
	}
}

/** The site context for a content folder, made the way the build makes it. */
export function siteContextFor(contentDir: string): SiteContext {
	const load = loadOrganization(contentDir);
	if (load.errorCount > 0) throw new Error(`${contentDir} has errors: ${load.diagnostics.map((d) => d.message).join('; ')}`);
	return createSiteContext(load);
}
