/**
 * Writes an imported role as a person would: the keys in the order FORMAT.md lists
 * them, block style, quotes only where YAML needs them, one string where there is one
 * line and a list where there are several. Comments carry what is not data: the
 * schema modeline, where the role came from, TODOs beside placeholders, and at the
 * end every line the import could not place.
 */
import { Document, isScalar, Pair, Scalar, YAMLMap, YAMLSeq, type Node } from 'yaml';
import { countLeaves, type ListEntry, type RoleDraft, type Unplaced } from './draft.ts';
import { CONDITION_PARTS, QUALIFICATION_PARTS, ROUTINE_PARTS } from './headings.ts';
import type { Resolved } from './resolve.ts';
import { joinText } from './text.ts';

export interface RoleToWrite {
	id: string;
	draft: RoleDraft;
	department: Resolved;
	superior: Resolved | undefined;
	/** The source as the reader should find it, relative to where the command ran. */
	sourceLabel: string;
	/** `lines` for text files, `paragraphs` for Word. */
	unit: 'line' | 'paragraph';
	/** The opening line of the description, as written. */
	heading: string | undefined;
	/** From the file to schemas/role.schema.json. */
	schemaPath: string;
}

export function renderRole(role: RoleToWrite): string {
	const { draft } = role;
	const doc = new Document();
	const map = new YAMLMap();
	doc.contents = map;
	const put = (name: string, value: unknown): Pair => {
		const pair = new Pair(doc.createNode(name), toNode(doc, value));
		map.items.push(pair);
		return pair;
	};
	const comments: string[] = [];
	const commentNext = (text: string) => comments.push(text);
	const putWithComments = (name: string, value: unknown): Pair => {
		const pair = put(name, value);
		if (comments.length) {
			(pair.key as Scalar).commentBefore = comments.map((c) => ` ${c}`).join('\n');
			comments.length = 0;
		}
		return pair;
	};

	const checksOf = (field: 'title' | 'duties' | 'authorities') => {
		for (const check of draft.checks.filter((c) => c.field === field)) commentNext(`CHECK ${role.unit} ${check.line}: ${field === 'title' ? '' : `“${check.text}”: `}${check.message}`);
	};
	putWithComments('id', role.id);
	if (draft.titleFrom === 'scope') commentNext('Title from the scope sentence (以下统称为…).');
	else if (draft.titleFrom === 'summary') commentNext('Title from the role named at the start of the summary.');
	checksOf('title');
	putWithComments('title', draft.title);
	const department = putWithComments('department', role.department.id);
	if (role.department.todo) (department.value as Scalar).comment = ` TODO: ${role.department.todo}`;
	else if (role.department.note) (department.value as Scalar).comment = ` ${role.department.note}`;
	if (draft.code) putWithComments('code', draft.code);
	if (draft.grade) putWithComments('grade', draft.grade);
	putWithComments('status', 'draft');
	if (role.superior) {
		const pair = putWithComments('reports_to', role.superior.id);
		const written = draft.reportsTo ? `直接上级: ${draft.reportsTo}` : undefined;
		if (role.superior.todo) (pair.value as Scalar).comment = ` TODO: ${role.superior.todo}`;
		else if (written) (pair.value as Scalar).comment = ` ${written}`;
	} else {
		commentNext('No 直接上级 in the source: add reports_to unless this role is the top of the organisation.');
	}
	if (draft.subordinates) commentNext(`直接下级: ${draft.subordinates} (Rolebook lists direct reports from their reports_to)`);
	if (draft.subordinateCount) commentNext(`下属人数: ${draft.subordinateCount}`);
	const headcount = draft.headcount === undefined ? undefined : Number.parseInt(draft.headcount, 10);
	if (headcount !== undefined && Number.isInteger(headcount) && headcount >= 0) putWithComments('headcount', headcount);
	else if (draft.headcount !== undefined) commentNext(`岗位编制: ${draft.headcount}`);

	if (draft.summary.length) putWithComments('summary', textList(draft.summary));
	if (draft.duties.length) {
		checksOf('duties');
		putWithComments('duties', draft.duties.map(listEntry));
	}
	if (draft.authorities.length) {
		checksOf('authorities');
		putWithComments('authorities', draft.authorities.map(listEntry));
	}
	const qualifications = ordered(draft.qualifications, QUALIFICATION_PARTS);
	if (qualifications) putWithComments('qualifications', qualifications);
	const relationships = ordered(draft.relationships, ['internal', 'external'] as const, false);
	if (relationships) putWithComments('relationships', relationships);
	const conditions = ordered(draft.conditions, CONDITION_PARTS);
	if (conditions) putWithComments('conditions', conditions);
	const routines = ordered(draft.routines, ROUTINE_PARTS);
	if (routines) putWithComments('routines', routines);
	if (draft.kpis.length) putWithComments('kpis', draft.kpis);
	if (draft.career.promotesTo.length || draft.career.note.length) {
		putWithComments('career', {
			...(draft.career.promotesTo.length ? { promotes_to: draft.career.promotesTo } : {}),
			...(draft.career.note.length ? { note: draft.career.note.reduce((a, b) => joinText(a, b)) } : {}),
		});
	}
	if (draft.compensation.length) putWithComments('compensation', textList(draft.compensation));
	if (draft.notes.length) {
		const notes = putWithComments('notes', draft.notes.join('\n\n'));
		if (draft.notes.length > 1 && isScalar(notes.value)) notes.value.type = Scalar.BLOCK_LITERAL;
	}
	if (draft.revisions.length) {
		putWithComments(
			'revisions',
			draft.revisions.map((revision) => ({
				...(revision.version ? { version: revision.version } : {}),
				...(revision.date ? { date: revision.date } : {}),
				...(revision.changes.length ? { changes: textList(revision.changes) } : {}),
				...(revision.author ? { author: revision.author } : {}),
				...(revision.reviewer ? { reviewer: revision.reviewer } : {}),
				...(revision.approver ? { approver: revision.approver } : {}),
			})),
		);
	}

	const lines = role.unit === 'paragraph' ? 'paragraphs' : 'lines';
	const span = draft.firstLine === draft.lastLine ? `${role.unit} ${draft.firstLine}` : `${lines} ${draft.firstLine}–${draft.lastLine}`;
	doc.commentBefore = [
		` yaml-language-server: $schema=${role.schemaPath}`,
		` Imported from ${role.sourceLabel}, ${span}${role.heading ? `: ${role.heading}` : ''}.`,
		...draft.chapters.map((chapter) => ` Also from ${lines} ${chapter.firstLine}–${chapter.lastLine}: ${chapter.heading}.`),
		' A draft: check it against the source, resolve the TODOs (npm run validate lists them), then remove status: draft.',
	].join('\n');
	const tail = unplacedComment(draft, role);
	if (comments.length) tail.unshift(...comments.map((c) => ` ${c}`));
	if (tail.length) doc.comment = tail.join('\n');
	return doc.toString({ lineWidth: 0, indent: 2, indentSeq: true });
}

/** The closing comment: every line not placed, with its line number, then the letters of vertical headings. */
function unplacedComment(draft: RoleDraft, role: RoleToWrite): string[] {
	const lines = mergeByLine(draft.unplaced);
	const out: string[] = [];
	const unit = role.unit === 'paragraph' ? 'paragraph' : 'line';
	if (lines.length) {
		out.push(` Not placed: ${lines.length} ${unit}${lines.length === 1 ? '' : 's'} of ${role.sourceLabel} the import found no field for.`);
		out.push(' Move what belongs to this role into the fields above and delete the rest.');
		const width = String(lines.reduce((max, line) => Math.max(max, line.line), 0)).length;
		for (const line of lines) out.push(`   ${String(line.line).padStart(width)}: ${line.text}`);
	}
	if (draft.fragments.length) {
		const first = draft.fragments[0]!.line;
		const last = draft.fragments.at(-1)!.line;
		out.push(` Letters of table headings printed down the page (${unit}s ${first}–${last}): ${draft.fragments.map((f) => f.text).join(' ')}`);
	}
	return out;
}

/** Pieces of one line cut apart (职责 / 分工) read better together again. */
export function mergeByLine(unplaced: readonly Unplaced[]): Unplaced[] {
	const out: Unplaced[] = [];
	for (const entry of [...unplaced].sort((a, b) => a.line - b.line)) {
		const last = out.at(-1);
		if (last && last.line === entry.line) last.text = joinText(last.text, entry.text);
		else out.push({ ...entry });
	}
	return out;
}

function textList(values: readonly string[]): string | string[] {
	return values.length === 1 ? values[0]! : [...values];
}

function ordered<K extends string>(values: Partial<Record<K, string[]>>, keys: readonly K[], collapse = true): Record<string, unknown> | undefined {
	const out: Record<string, unknown> = {};
	for (const name of keys) {
		const list = values[name];
		if (list?.length) out[name] = collapse ? textList(list) : list;
	}
	return Object.keys(out).length ? out : undefined;
}

function listEntry(entry: ListEntry): unknown {
	if (entry.items.length) return { group: entry.text.replace(/\s*[:：]$/, ''), items: entry.items.map(listEntry) };
	if (entry.kind || entry.category) return { text: entry.text, ...(entry.category ? { category: entry.category } : {}), ...(entry.kind ? { kind: entry.kind } : {}) };
	return entry.text;
}

function toNode(doc: Document, value: unknown): Node {
	if (Array.isArray(value)) {
		const seq = new YAMLSeq();
		for (const item of value) seq.items.push(toNode(doc, item));
		return seq;
	}
	if (value && typeof value === 'object') {
		const map = new YAMLMap();
		for (const [name, item] of Object.entries(value)) map.items.push(new Pair(doc.createNode(name), toNode(doc, item)));
		return map;
	}
	return doc.createNode(value) as Node;
}

/** Duties, authorities and qualification lines, as the CLI reports them. */
export function countsOf(draft: RoleDraft): { duties: number; authorities: number; qualifications: number; unplaced: number; fragments: number } {
	return {
		duties: countLeaves(draft.duties),
		authorities: countLeaves(draft.authorities),
		qualifications: Object.values(draft.qualifications).reduce((sum, list) => sum + (list?.length ?? 0), 0),
		unplaced: mergeByLine(draft.unplaced).length,
		fragments: draft.fragments.length,
	};
}
