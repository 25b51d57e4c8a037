import type { Organization, SheetVersion } from '../model/index.ts';

/**
 * Every version of every role's printed text: the present roles' (committed and present),
 * and those of roles since removed or retired, which only the history knows.
 */
export function allVersions(organization: Organization): SheetVersion[] {
	const versions: SheetVersion[] = [];
	for (const role of organization.roles) versions.push(...organization.versionsOf(role));
	if (organization.history.available) {
		for (const [id, list] of organization.history.roles) if (!organization.role(id)) versions.push(...list);
	}
	return versions;
}

/** The versions whose text has this fingerprint (written in any case). */
export function versionsWithFingerprint(organization: Organization, fingerprint: string): SheetVersion[] {
	const wanted = fingerprint.toLowerCase();
	return allVersions(organization).filter((version) => version.fingerprint === wanted);
}

/** `from 2024-01-10 (a1b2c3d) until 2024-05-02 (e4f5a6b)`, or the same with `to this day` or `not committed yet`. */
export function describeDates(version: SheetVersion): string {
	if (!version.since) return 'not committed yet: the text of the content folder as it is now';
	const since = `from ${version.since.date} (commit ${version.since.hash.slice(0, 7)})`;
	return version.until ? `${since} until ${version.until.date} (commit ${version.until.hash.slice(0, 7)})` : `${since} to this day`;
}
