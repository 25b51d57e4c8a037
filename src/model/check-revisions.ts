import type { RoleData } from '../../schemas/index.ts';
import type { Reporter } from './reporter.ts';
import { allEntries, type ValidatedContent } from './validate-entities.ts';

/**
 * A published role without a revision has no version: its confirmation sheet would print
 * "Version —", and a signed copy could not be matched to a version of the text later. A
 * warning, so HR notices before printing; drafts are left alone.
 */
export function checkRevisions(content: ValidatedContent, reporter: Reporter): void {
	for (const role of allEntries(content).roles) {
		const data: Partial<RoleData> = role.data;
		if ((data.status ?? 'published') !== 'published' || (data.revisions?.length ?? 0) > 0) continue;
		// Revisions written but invalid (a bad date) are reported already; saying there are none would be a second message.
		if (data.revisions === undefined && role.raw !== null && typeof role.raw === 'object' && 'revisions' in role.raw) continue;
		reporter.warning(
			'no-revision',
			role.source.locate(['revisions'], 'key'),
			`role "${role.id}" has no revision, so its confirmation sheet prints "Version —"; add one under revisions: (version, date, changes)`,
		);
	}
}
