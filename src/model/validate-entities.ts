import path from 'node:path';
import type { z } from 'zod';
import { contentSchemas, ID_PATTERN, siteSchema, type ContentKind, type DepartmentData, type PersonData, type RoleData, type Site, type WorkflowData } from '../../schemas/index.ts';
import type { ContentFileRef } from './content-files.ts';
import type { Reporter } from './reporter.ts';
import { parseSource, type ParsedSource } from './parse-source.ts';
import { readContentFile } from './read-content-file.ts';
import { hashContent } from './parse-clean-file.ts';
import type { Preparsed } from './parse-in-parallel.ts';
import { SourceFile } from './source-file.ts';
import { schemaProblems } from './zod-issues.ts';

export interface Entry<Data> {
	id: string;
	data: Data;
	/** The YAML as written, before defaults and normalisation: paths into it match the source. */
	raw: unknown;
	source: SourceFile;
}

type EntityKind = Exclude<ContentKind, 'site'>;

export interface ValidatedContent {
	site: Site;
	/** site.yaml, when it validated. */
	siteEntry: Entry<Site> | undefined;
	departments: Entry<DepartmentData>[];
	roles: Entry<RoleData>[];
	workflows: Entry<WorkflowData>[];
	people: Entry<PersonData>[];
	/**
	 * Entities whose file parsed but did not validate, with the fields that did: they
	 * still take part in the reference and structure checks, so one unknown key does
	 * not hide a broken link in the same file, and references to them raise no
	 * second error. They never reach the graph.
	 */
	incomplete: {
		department: Entry<Partial<DepartmentData>>[];
		role: Entry<Partial<RoleData>>[];
		workflow: Entry<Partial<WorkflowData>>[];
		person: Entry<Partial<PersonData>>[];
	};
	/** Later files that reuse an id: their own references are still checked. */
	duplicates: Entry<Partial<DepartmentData & RoleData & WorkflowData & PersonData>>[];
	/** Ids of files that did not even parse: they exist, as far as references go. */
	unreadable: Record<EntityKind, Set<string>>;
	/** Kinds whose folder could not be listed whole: any id of theirs may exist. */
	unlisted: Set<EntityKind>;
	fileCount: number;
}

const KIND_NAMES: Record<ContentKind, string> = {
	site: 'site',
	department: 'department',
	role: 'role',
	workflow: 'workflow',
	person: 'person',
};

/** A file read and schema-checked, kept by its `cacheKey` when it had no problem at all. */
export interface ParsedFile {
	parsed: ParsedSource | undefined;
	result: z.ZodSafeParseResult<unknown> | undefined;
}

/**
 * Files parsed and schema-checked, by what they hold: a git blob id for content from the
 * history, a hash of the bytes for files on the disk. A `Map` will do.
 */
export interface ParseCache {
	get(key: string): ParsedFile | undefined;
	set(key: string, file: ParsedFile): void;
}

/** Where parsed files may come from instead of being read and parsed here. */
export interface ParseShortcuts {
	/** Files already parsed, by `cacheKey` or by content. */
	cache?: ParseCache | undefined;
	/** Files read and parsed ahead on other threads, by absolute path (clean ones only). */
	preparsed?: Preparsed | undefined;
}

function parseFile(file: ContentFileRef, schema: z.ZodType, reporter: Reporter, { cache, preparsed }: ParseShortcuts): ParsedFile {
	const before = reporter.diagnostics.length;
	const ahead = file.read ? undefined : preparsed?.get(file.absolutePath);
	let key = file.cacheKey ?? (ahead && cache ? contentKey(file, ahead.hash) : undefined);
	let parsed: ParsedSource | undefined;
	if (ahead) {
		parsed = { source: new SourceFile(file.displayPath, ahead.text), data: ahead.data };
	} else {
		const bytes = file.read ? file.read() : readContentFile(file, reporter);
		if (bytes && cache && key === undefined) {
			key = contentKey(file, hashContent(bytes));
			const known = cache.get(key);
			if (known) return known;
		}
		parsed = bytes && parseSource(bytes, file.displayPath, reporter);
	}
	const result = parsed && schema.safeParse(parsed.data);
	// Only a clean file is kept: one with problems must report them again on every load.
	if (cache && key !== undefined && result?.success && reporter.diagnostics.length === before) cache.set(key, { parsed, result });
	return { parsed, result };
}

/** A file on the disk is known by its path (messages name it) and a hash of its bytes. */
const contentKey = (file: ContentFileRef, hash: string) => `${file.displayPath}\n${hash}`;

/**
 * Parses and schema-checks every file, gives each entity its id, and refuses duplicate ids.
 */
export function validateEntities(files: readonly ContentFileRef[], reporter: Reporter, shortcuts: ParseShortcuts = {}): ValidatedContent {
	const content: ValidatedContent = {
		site: siteSchema.parse({ organization: '' }),
		siteEntry: undefined,
		departments: [],
		roles: [],
		workflows: [],
		people: [],
		incomplete: { department: [], role: [], workflow: [], person: [] },
		unreadable: { department: new Set(), role: new Set(), workflow: new Set(), person: new Set() },
		duplicates: [],
		unlisted: new Set(),
		fileCount: files.length,
	};
	const seen: Record<string, Map<string, string>> = {};

	for (const file of files) {
		const schema = contentSchemas[file.kind];
		const { parsed, result } = (file.cacheKey !== undefined ? shortcuts.cache?.get(file.cacheKey) : undefined) ?? parseFile(file, schema, reporter, shortcuts);
		if (parsed && result && !result.success) {
			for (const problem of schemaProblems(schema, result.error.issues, parsed.data)) {
				reporter.error(problem.rule, parsed.source.locate(problem.path, problem.target), problem.message);
			}
		}

		if (file.kind === 'site') {
			if (parsed && result?.success) {
				content.site = result.data as Site;
				content.siteEntry = { id: 'site', data: content.site, raw: parsed.data, source: parsed.source };
			}
			continue;
		}

		const raw = parsed?.data as Record<string, unknown> | undefined;
		const id = entityId(file, raw, parsed?.source, reporter);
		if (id === undefined) continue;
		const ids = (seen[file.kind] ??= new Map());
		const first = ids.get(id);
		if (first) {
			const at = parsed ? parsed.source.locate(raw && 'id' in raw ? ['id'] : []) : { file: file.displayPath, line: 1, column: 1 };
			reporter.error('duplicate-id', at, `duplicate ${KIND_NAMES[file.kind]} id "${id}": ${first} already defines it`);
			if (parsed) content.duplicates.push({ id, data: salvage(schema, raw), raw, source: parsed.source });
			continue;
		}
		ids.set(id, file.displayPath);
		if (!parsed || !result) {
			content.unreadable[file.kind].add(id);
		} else if (!result.success) {
			const entry = { id, data: salvage(schema, raw), raw, source: parsed.source };
			(content.incomplete[file.kind] as Entry<object>[]).push(entry);
		} else {
			const entry = { id, data: result.data, raw, source: parsed.source };
			if (file.kind === 'department') content.departments.push(entry as Entry<DepartmentData>);
			else if (file.kind === 'role') content.roles.push(entry as Entry<RoleData>);
			else if (file.kind === 'workflow') content.workflows.push(entry as Entry<WorkflowData>);
			else content.people.push(entry as Entry<PersonData>);
		}
	}
	return content;
}

/** Valid and incomplete entities together, for the checks that look at everything written. */
export function allEntries(content: ValidatedContent) {
	return {
		departments: [...content.departments, ...content.incomplete.department],
		roles: [...content.roles, ...content.incomplete.role],
		workflows: [...content.workflows, ...content.incomplete.workflow],
		people: [...content.people, ...content.incomplete.person],
	};
}

/** The fields of an invalid entity that are valid on their own. */
function salvage(schema: z.ZodType, raw: Record<string, unknown> | undefined): object {
	const data: Record<string, unknown> = {};
	if (!raw || typeof raw !== 'object') return data;
	for (const [key, field] of Object.entries((schema as z.ZodObject).shape)) {
		const result = (field as z.ZodType).safeParse(raw[key]);
		if (result.success && result.data !== undefined) data[key] = result.data;
	}
	return data;
}

/** The `id:` key, else the file name; a file name that is no valid id needs an `id:` key. */
function entityId(file: ContentFileRef, raw: Record<string, unknown> | undefined, source: SourceFile | undefined, reporter: Reporter): string | undefined {
	const written = raw && typeof raw === 'object' ? raw['id'] : undefined;
	if (typeof written === 'string') return ID_PATTERN.test(written) ? written : undefined;
	const fromName = path.basename(file.absolutePath).replace(/\.ya?ml$/i, '');
	if (ID_PATTERN.test(fromName)) return fromName;
	if (source) {
		reporter.error('invalid-id', source.start(), `the file name "${fromName}" is not a valid id (lower-case letters, digits and hyphens); rename the file or add an "id:" key`);
	}
	return undefined;
}
