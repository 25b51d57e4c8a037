import type { PersonData, SignatureData } from '../../schemas/index.ts';
import { sheetTextOf } from '../confirm/sheet-text.ts';
import type { SheetHistory, SheetVersion } from '../history/types.ts';
import type { Reporter } from './reporter.ts';
import type { Organization, Role, SignOff } from './types.ts';
import type { Entry } from './validate-entities.ts';

/**
 * The register: each role's versions (its committed texts, then its present text when that
 * differs) and, for every person and every role they hold, whether their newest signature
 * is on the present text. A signature on a text that no known version printed is a
 * warning: the history may be missing, or the fingerprint mistyped.
 */
export function resolveSignOffs(organization: Organization, people: readonly Entry<Partial<PersonData>>[], reporter: Reporter, withStatus: boolean): void {
	const versions = new Map<Role, SheetVersion[]>();
	const versionsOf = (role: Role): SheetVersion[] => {
		let list = versions.get(role);
		if (!list) versions.set(role, (list = roleVersions(role, organization)));
		return list;
	};
	organization.versionsOf = versionsOf;

	for (const person of people) {
		person.data.signed?.forEach((signature, index) => {
			const role = organization.role(signature.role);
			const known = role ? versionsOf(role) : committedVersions(organization.history, signature.role);
			// An unknown role is reported as an unknown reference; a retired one may have no history here.
			if (!role && known.length === 0) return;
			if (known.some((version) => version.fingerprint === signature.fingerprint)) return;
			const why = organization.history.available ? '' : ` (only the present text is known: ${organization.history.reason})`;
			reporter.warning(
				'unknown-fingerprint',
				person.source.locate(['signed', index, 'fingerprint']),
				`fingerprint ${signature.fingerprint} is not the text of any known version of "${signature.role}"${why}`,
			);
		});
	}

	if (!withStatus) return;
	for (const person of organization.people) {
		person.signOffs = person.roles.map((role): SignOff => {
			const signature = newestSignature(person.data.signed, role.id);
			// Unsigned needs no text: the sheets of roles nobody signed are printed only when asked for.
			if (!signature) return { person, role, status: 'unsigned', signature, signedVersion: undefined };
			const present = versionsOf(role).at(-1)!;
			const status = signature.fingerprint === present.fingerprint ? 'current' : 'outdated';
			const signedVersion = versionsOf(role).findLast((version) => version.fingerprint === signature.fingerprint);
			return { person, role, status, signature, signedVersion };
		});
		organization.signOffs.push(...person.signOffs);
	}
}

function committedVersions(history: SheetHistory, roleId: string): readonly SheetVersion[] {
	return history.available ? (history.roles.get(roleId) ?? []) : [];
}

/** The committed versions, then the present text unless it is the newest committed one. */
function roleVersions(role: Role, organization: Organization): SheetVersion[] {
	const committed = [...committedVersions(organization.history, role.id)];
	const { fingerprint, lines } = sheetTextOf(role, organization);
	const last = committed.at(-1);
	if (last && last.fingerprint === fingerprint && last.until === undefined) return committed;
	return [
		...committed,
		{ role: role.id, fingerprint, lines, title: role.title, revision: role.version?.version, revisionDate: role.version?.date, since: undefined, until: undefined },
	];
}

/** The newest signature for a role: by date, and among the same date the one written last. */
function newestSignature(signed: readonly SignatureData[] | undefined, roleId: string): SignatureData | undefined {
	let newest: SignatureData | undefined;
	for (const signature of signed ?? []) if (signature.role === roleId && (!newest || signature.date >= newest.date)) newest = signature;
	return newest;
}
