/** One printed line of a sheet and where it stands on the sheet, so a change can be cited. */
export interface SheetLine {
	/**
	 * Where the line is: `二、3` (section 二, item 3), `2.3` in English, `二、2.1` inside a
	 * group, a section's number for its heading and paragraphs, a field's label for a field.
	 * Empty for the lines around the sections (organisation, title, statement, signatures).
	 */
	place: string;
	/** The line as the fingerprint reads it (normalised, numbered as printed). */
	text: string;
}

/** A commit of the repository that holds the content folder. */
export interface CommitRef {
	hash: string;
	/** The committer's date, YYYY-MM-DD, as the committer's clock read it. */
	date: string;
}

/**
 * One version of a role's printed text: the text between the commit that first printed it
 * and the commit that printed something else (or removed the role).
 */
export interface SheetVersion {
	role: string;
	fingerprint: string;
	lines: SheetLine[];
	/** The role's title then. */
	title: string;
	/** The role's newest revision then (`V2`), and its date, as the role file said. */
	revision: string | undefined;
	revisionDate: string | undefined;
	/** The commit that first printed this text; nothing for text not committed yet. */
	since: CommitRef | undefined;
	/** The commit that replaced it; nothing while it is the text of the newest commit. */
	until: CommitRef | undefined;
}

/** Why there is no history, in one line that says how to get it. */
export interface HistoryUnavailable {
	available: false;
	reason: string;
}

export interface HistoryAvailable {
	available: true;
	/** Every committed version of every role's sheet, oldest first, by role id (roles since removed included). */
	roles: ReadonlyMap<string, readonly SheetVersion[]>;
	/** How many commits changed the content. */
	commits: number;
	/** The newest commit that changed the content. */
	head: CommitRef | undefined;
}

export type SheetHistory = HistoryAvailable | HistoryUnavailable;
