/**
 * Imports job descriptions HR already has (.docx, .txt, .md) as draft role files:
 * read → cut into tokens → split into descriptions → map each onto the role fields →
 * choose ids and resolve departments and superiors → write YAML. Nothing read is
 * dropped: what fits no field is written, commented, at the end of the role's file.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { loadOrganization } from '../model/index.ts';
import { emptyDraft, hasContent, type RoleDraft } from './draft.ts';
import { readLabels } from './labels.ts';
import { mapDescription } from './map-description.ts';
import { readSource, type SourceDocument } from './read-source.ts';
import { Resolver, titleKey, type Resolved } from './resolve.ts';
import { segment, type Token } from './segment.ts';
import { splitDescriptions, type DescriptionSpan } from './split-descriptions.ts';
import { countsOf, renderRole } from './write-yaml.ts';

export { SUPPORTED_EXTENSIONS, UnsupportedFileError } from './read-source.ts';

const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');

export interface ImportOptions {
	/** The content folder whose departments and roles titles are matched against. */
	contentDir: string;
	/** Where the role files go. */
	outDir: string;
	/** Put every imported role in this department. */
	department?: string | undefined;
	/** Paths in comments are relative to this folder (default: the working directory). */
	cwd?: string | undefined;
}

export interface ImportedRole {
	id: string;
	title: string;
	/** Absolute path of the file to write. */
	file: string;
	yaml: string;
	draft: RoleDraft;
	department: Resolved;
	superior: Resolved | undefined;
	counts: ReturnType<typeof countsOf> & { todos: number };
}

export interface ImportedFile {
	file: string;
	roles: ImportedRole[];
	/** Why the file could not be read. */
	error?: string;
}

export interface ImportResult {
	files: ImportedFile[];
	/** The content folder resolved against, and whether it exists. */
	contentDir: string;
	contentFound: boolean;
}

interface Parsed {
	file: string;
	source: SourceDocument;
	drafts: { draft: RoleDraft; heading: string | undefined }[];
}

export async function importFiles(files: readonly string[], options: ImportOptions): Promise<ImportResult> {
	const cwd = options.cwd ?? process.cwd();
	const contentDir = path.resolve(cwd, options.contentDir);
	const outDir = path.resolve(cwd, options.outDir);
	const contentFound = existsSync(path.join(contentDir, 'site.yaml')) || existsSync(path.join(contentDir, 'site.yml'));
	const organization = loadOrganization(contentDir).organization;
	const contentLabel = displayPath(contentDir, cwd) || '.';
	const resolver = new Resolver(organization, contentLabel, outDir, roleFileNames(path.join(contentDir, 'roles'), outDir));

	const parsed: (Parsed | { file: string; error: string })[] = [];
	for (const file of files) {
		try {
			const source = await readSource(path.resolve(cwd, file));
			parsed.push({ file, source, drafts: readDescriptions(source) });
		} catch (error) {
			parsed.push({ file, error: (error as Error).message });
		}
	}

	// Ids first, for every file, so a superior can be found in a file read later.
	const identities = parsed.map((entry) => ('error' in entry ? [] : entry.drafts.map(({ draft }) => resolver.roleId(draft, entry.file))));

	const result: ImportedFile[] = parsed.map((entry, fileIndex) => {
		if ('error' in entry) return { file: entry.file, roles: [], error: entry.error };
		const sourceLabel = displayPath(path.resolve(cwd, entry.file), cwd);
		const roles = entry.drafts.map(({ draft, heading }, index): ImportedRole => {
			const id = identities[fileIndex]![index]!;
			const department = resolver.department(draft, options.department);
			const superior = resolver.superior({ draft, sourceFile: entry.file, id });
			const file = path.join(outDir, `${id}.yaml`);
			const yaml = renderRole({
				id,
				draft,
				department,
				superior,
				sourceLabel,
				unit: entry.source.kind === 'docx' || entry.source.kind === 'doc' ? 'paragraph' : 'line',
				heading,
				schemaPath: path.relative(outDir, path.join(PROJECT_ROOT, 'schemas/role.schema.json')).split(path.sep).join('/'),
			});
			const todos = (department.todo ? 1 : 0) + (superior?.todo ? 1 : 0);
			return { id, title: draft.title, file, yaml, draft, department, superior, counts: { ...countsOf(draft), todos } };
		});
		return { file: entry.file, roles };
	});
	return { files: result, contentDir, contentFound };
}

/** One file's job descriptions, each with every line of the file it did not place. */
export function readDescriptions(source: SourceDocument): { draft: RoleDraft; heading: string | undefined }[] {
	const tokens = segment(source.lines);
	if (!tokens.length) return [];
	const fallbackTitle = path.basename(source.file).replace(/\.[^.]+$/, '');
	let spans = splitDescriptions(tokens);
	if (!spans.length) {
		spans = [{ start: 0, end: tokens.length, opener: 'file', title: undefined, listsDuties: true, documentDepartment: undefined }];
	}
	const options = { wrapped: source.wrapped, boilerplate: boilerplate(tokens), fallbackTitle };
	const described = spans.map((span) => ({ span, draft: mapDescription(tokens, span, options), heading: headingOf(tokens, span) }));

	// A title with nothing under it (大客户经理岗位职责(26篇)) is not a description: it joins the next.
	const kept: typeof described = [];
	let carried: RoleDraft['unplaced'] = [];
	let carriedFragments: RoleDraft['fragments'] = [];
	for (const entry of described) {
		if (!hasContent(entry.draft) && described.length > 1) {
			carried = carried.concat(openingLines(tokens, entry.span), entry.draft.unplaced);
			carriedFragments = carriedFragments.concat(entry.draft.fragments);
			continue;
		}
		entry.draft.unplaced = carried.concat(entry.draft.unplaced);
		entry.draft.fragments = carriedFragments.concat(entry.draft.fragments);
		carried = [];
		carriedFragments = [];
		kept.push(entry);
	}
	if (!kept.length) {
		const draft = emptyDraft(fallbackTitle, tokens[0]?.line ?? 1);
		kept.push({ span: spans[0]!, draft, heading: undefined });
	}
	if (carried.length || carriedFragments.length) {
		const last = kept.at(-1)!.draft;
		last.unplaced = last.unplaced.concat(carried);
		last.fragments = last.fragments.concat(carriedFragments);
	}
	const preamble = tokens.slice(0, spans[0]!.start).map((token) => ({ line: token.line, text: token.raw }));
	kept[0]!.draft.unplaced = preamble.concat(kept[0]!.draft.unplaced);
	return mergeChapters(kept).map(({ draft, heading }) => ({ draft, heading }));
}

/**
 * A role described in several chapters is one role: its 工作范畴 (duty groups) and its
 * 工作明细 (routines) join the description of the same title in the same document.
 * Descriptions that are each whole (the variants of a template document) stay apart.
 */
function mergeChapters<T extends { span: DescriptionSpan; draft: RoleDraft; heading: string | undefined }>(entries: T[]): T[] {
	const out: T[] = [];
	for (const entry of entries) {
		const home = entry.span.part ? out.find((other) => !other.span.part && titleKey(other.draft.title) === titleKey(entry.draft.title)) : undefined;
		if (!home) {
			out.push(entry);
			continue;
		}
		const into = home.draft;
		const from = entry.draft;
		into.duties.push(...from.duties);
		into.authorities.push(...from.authorities);
		for (const [part, lines] of Object.entries(from.routines) as [keyof RoleDraft['routines'], string[]][]) (into.routines[part] ??= []).push(...lines);
		for (const [part, lines] of Object.entries(from.qualifications) as [keyof RoleDraft['qualifications'], string[]][]) (into.qualifications[part] ??= []).push(...lines);
		into.summary.push(...from.summary);
		into.kpis.push(...from.kpis);
		into.notes.push(...from.notes);
		into.unplaced = into.unplaced.concat(from.unplaced);
		into.fragments = into.fragments.concat(from.fragments);
		into.placements = into.placements.concat(from.placements);
		into.checks = into.checks.concat(from.checks);
		into.chapters.push({ firstLine: from.firstLine, lastLine: from.lastLine, heading: entry.heading ?? from.title });
	}
	return out;
}

/** The opening of a description, as written: kept in the file's header comment. */
function headingOf(tokens: readonly Token[], span: DescriptionSpan): string | undefined {
	if (span.opener === 'file' || span.opener === 'field') return undefined;
	return tokens[span.start]?.raw;
}

function openingLines(tokens: readonly Token[], span: DescriptionSpan): RoleDraft['unplaced'] {
	if (span.opener === 'file') return [];
	const token = tokens[span.start];
	return token ? [{ line: token.line, text: token.raw }] : [];
}

/**
 * Lines that recur three times or more, unnumbered: page headers and footers. A label
 * (所属部门:行政部, 岗位职责:) recurs because every description has it: it is content.
 */
function boilerplate(tokens: readonly Token[]): Set<string> {
	const counts = new Map<string, number>();
	for (const token of tokens) {
		if (token.marker || !token.lineStart || token.raw.length < 4 || token.kind !== 'text') continue;
		if (readLabels(token)?.some((part) => part.type === 'label')) continue;
		counts.set(token.raw, (counts.get(token.raw) ?? 0) + 1);
	}
	return new Set([...counts].filter(([, count]) => count >= 3).map(([raw]) => raw));
}

/**
 * The names of the role files already in the content folder, drafts included (the
 * organisation lists only what it publishes): an imported role must not take one.
 */
function roleFileNames(dir: string, outDir: string): string[] {
	if (!existsSync(dir) || path.resolve(dir) === path.resolve(outDir)) return [];
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		if (entry.isDirectory()) return roleFileNames(path.join(dir, entry.name), outDir);
		return /\.ya?ml$/i.test(entry.name) ? [entry.name.replace(/\.ya?ml$/i, '')] : [];
	});
}

function displayPath(file: string, cwd: string): string {
	const relative = path.relative(cwd, file);
	return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative.split(path.sep).join('/') : file;
}
