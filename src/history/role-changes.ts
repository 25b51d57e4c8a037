import type { Organization, Role, SheetVersion } from '../model/index.ts';
import { compareSheets, type LineChange } from './compare-sheets.ts';

export interface VersionChanges {
	version: SheetVersion;
	/** Whether this is the text printed today. */
	present: boolean;
	/** What changed from the version before; nothing for the first known version. */
	fromPrevious: LineChange[] | undefined;
	/** Everything that changed from this version to the present text; nothing for the present text. */
	toPresent: LineChange[] | undefined;
}

/** A role's versions, newest first, each with what changed from the one before and, for older ones, up to today. */
export function roleChanges(organization: Organization, role: Role): VersionChanges[] {
	const versions = organization.versionsOf(role);
	const present = versions.at(-1)!;
	return versions
		.map((version, index) => ({
			version,
			present: version === present,
			fromPrevious: index === 0 ? undefined : compareSheets(versions[index - 1]!.lines, version.lines),
			toPresent: version === present ? undefined : compareSheets(version.lines, present.lines),
		}))
		.reverse();
}

/** The anchor of a version on its role's changes page, and of the changes from it to the present text. */
export function versionAnchor(version: SheetVersion): string {
	return `v-${version.fingerprint}`;
}

export function sinceAnchor(version: SheetVersion): string {
	return `since-${version.fingerprint}`;
}
