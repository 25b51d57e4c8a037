/**
 * Reads one job description's tokens in order and puts each where it belongs: a
 * heading switches the section, a label fills a field or a part, and text goes to the
 * section it is in. Anything that fits nowhere — text before the first heading of a
 * description whose title promises headings, a section this format has no place for
 * (岗位优势), a chapter that follows the description, page numbers and footers — is
 * kept as an unplaced line. Nothing is dropped.
 */
import { classifyCondition, classifyQualification } from './classify.ts';
import { emptyDraft, type ListEntry, type Revision, type RoleDraft } from './draft.ts';
import {
	RELATIONSHIP_WORDS,
	lookupLabel,
	type AuthorityCategory,
	type AuthorityKind,
	type ConditionPart,
	type Field,
	type QualificationPart,
	type RoutinePart,
	type Section,
	type Target,
} from './headings.ts';
import { isFragment, readLabels, type LabelPart } from './labels.ts';
import { ListBuilder } from './list-builder.ts';
import { styleOf, type MarkerFamily } from './markers.ts';
import type { Token } from './segment.ts';
import type { DescriptionSpan } from './split-descriptions.ts';
import { closeCjkSpaces, endsOpen, fold, isTerminated, joinText, key, stripColon } from './text.ts';
import { cleanRoleName, isRoleName } from './titles.ts';

export interface MapOptions {
	/** Lines may be wrapped inside sentences (plain text copied from PDFs). */
	wrapped: boolean;
	/** Lines that repeat through the file: page headers and footers. */
	boilerplate: ReadonlySet<string>;
	/** The title when the file opens no description of its own. */
	fallbackTitle: string;
}

type State = Section | 'auto' | 'none' | 'unplaced';

/** Sentences that close a document rather than continue a list (总结起来, 以上是…). */
const CLOSING = /^(?:总结起来|总之|总而言之|综上所述|综上|以上是|以上为|以上就是|在执行以上|如有任何疑问|注[:：])/;

/** Words that say which list a line ending in a colon announces. */
const ANNOUNCED: [RegExp, Section][] = [
	[/职责|责任|工作内容|duties|responsibilit/, 'duties'],
	[/权限|权利|authorit/, 'authorities'],
	[/任职|资格|条件|要求|requirement|qualification/, 'qualifications'],
];

/** Vertically printed table headings, read letter by letter from the fragments. */
const VERTICAL: [string, Target][] = [
	['公司内部工作关系', { type: 'relationship', part: 'internal' }],
	['公司外部工作关系', { type: 'relationship', part: 'external' }],
	['工作关系', { type: 'section', section: 'relationships' }],
	['工作权限', { type: 'section', section: 'authorities' }],
	['任职资格', { type: 'section', section: 'qualifications' }],
	['工作特征', { type: 'section', section: 'conditions' }],
	['修订履历', { type: 'section', section: 'revisions' }],
	['主要职责', { type: 'section', section: 'duties' }],
	['岗位职责', { type: 'section', section: 'duties' }],
];

export function mapDescription(tokens: readonly Token[], span: DescriptionSpan, options: MapOptions): RoleDraft {
	const first = tokens[span.start];
	const draft = emptyDraft(span.title ?? options.fallbackTitle, first?.line ?? 1);
	if (span.documentDepartment) draft.documentDepartment = span.documentDepartment;
	const duties = new ListBuilder(draft.duties);
	const authorities = new ListBuilder(draft.authorities);

	let state: State = span.part === 'routines' ? 'routines' : span.opener === 'file' || span.listsDuties ? 'auto' : 'none';
	/** The part of qualifications, conditions, relationships or routines lines go to. */
	let part: string | undefined;
	/** The numbering of the line that set `part`: a sibling of that line ends it. */
	let partFamily: MarkerFamily | null | undefined;
	let pending: Field | undefined;
	/** A fragment or a new line of table cells: the next line does not continue the last. */
	let broken = false;
	let lastText: { list: string[]; index: number } | undefined;
	let authorityKind: AuthorityKind | undefined;
	let block: { category?: AuthorityCategory; kinds: Set<AuthorityKind>; entries: ListEntry[] } = { kinds: new Set(), entries: [] };
	const blocks = [block];
	let revision: Revision | undefined;
	/** A typed （一） heading in a Word file: the paragraphs after it are its items. */
	let openGroup: ListEntry | undefined;
	/** The header row of a revision table (版本号 修订时间 修订内容 修订者): text values fill it in order. */
	let revisionColumns: (keyof Revision)[] = [];

	const fragments = collectFragments(tokens, span);
	let fragmentIndex = 0;

	for (let index = span.start; index < span.end; index++) {
		const token = tokens[index]!;
		draft.lastLine = token.line;
		if (index === span.start && span.opener !== 'file' && span.opener !== 'field') {
			if (span.opener === 'named-line' || span.opener === 'heading') draft.title = span.title ?? token.text;
			draft.placements.push({ line: token.line, field: 'title' });
			continue;
		}
		const before = signature(draft, duties, authorities);
		take(token, tokens[index + 1] !== undefined && index + 1 < span.end ? tokens[index + 1] : undefined);
		recordPlacement(draft, token, before, signature(draft, duties, authorities));
	}
	for (const { category, entries } of blocks) for (const entry of entries) if (category) entry.category = category;
	tidyGroups(draft.duties);
	tidyGroups(draft.authorities);
	draft.title = draft.title.trim() || options.fallbackTitle;
	if (span.opener === 'title' && span.title === undefined && draft.title === options.fallbackTitle) nameFromText(draft, tokens, span);
	checkAmbiguity(draft, tokens, span);
	return draft;

	function unplace(token: Pick<Token, 'line' | 'raw'>, text = token.raw): void {
		draft.unplaced.push({ line: token.line, text });
		broken = true;
	}

	function take(token: Token, next: Token | undefined): void {
		if (token.kind === 'junk' || token.kind === 'title') return unplace(token);
		if (token.kind === 'chapter' || token.kind === 'department-title') {
			state = 'unplaced';
			return unplace(token);
		}
		if (options.boilerplate.has(token.raw)) return unplace(token);

		const text = token.text;
		if (pending && isValue(token, pending)) {
			setField(token, pending, text);
			pending = undefined;
			return;
		}
		pending = undefined;

		if (!token.marker && isFragment(text)) return fragment(token, text);
		if (!token.marker && /^[\d\s.。,,]+$/.test(text)) return unplace(token);
		if (!token.marker && text.length === 1) return fragment(token, text);
		if (!token.marker && CLOSING.test(fold(text))) {
			state = 'unplaced';
			return unplace(token);
		}

		const labels = readLabels(token, draft.title);
		if (labels && takeLabels(token, labels, next)) return;
		// A Markdown heading is structure: one this format has no place for starts an unplaced section.
		if (token.headingLevel && !labels) return unknownSection(token);
		content(token, text, next);
	}

	function fragment(token: Token, text: string): void {
		draft.fragments.push({ line: token.line, text });
		broken = true;
		const position = fragments.findIndex((f, i) => i >= fragmentIndex && f.token === token && f.text === text[0]);
		if (position < 0) return;
		fragmentIndex = position + 1;
		const spelled = fold(
			fragments
				.slice(position)
				.map((f) => f.text)
				.join(''),
		);
		const heading = VERTICAL.find(([word]) => spelled.startsWith(word))?.[1];
		if (!heading) return;
		const section = heading.type === 'section' ? heading.section : 'relationships';
		if (section !== state || heading.type === 'relationship') applyTarget(token, heading, undefined, false);
	}

	/** Returns false when the labels turn out to be text (a numbered duty that starts with 培训:). */
	function takeLabels(token: Token, parts: LabelPart[], next: Token | undefined): boolean {
		const labels = parts.filter((p): p is Extract<LabelPart, { type: 'label' }> => p.type === 'label');
		// In a list, 1.培训:组织新员工培训 is a duty that starts with a word, not a label.
		if (token.marker && token.marker.family !== 'cjk' && (state === 'duties' || state === 'authorities' || state === 'auto' || state === 'summary')) {
			const onlyParts = labels.length > 0 && labels.every((label) => !['section', 'field'].includes(label.target.type) && label.value !== undefined);
			if (onlyParts) return false;
		}
		// 每日, 年度 and the like head routines only inside a routines section; elsewhere they are words.
		if (state !== 'routines' && labels.length > 0 && labels.every((label) => label.target.type === 'routine')) return false;
		// 三、其他 over items in a list is a group of them, not the notes section.
		if (token.marker && (state === 'duties' || state === 'authorities') && labels.length === 1 && labels[0]!.target.type === 'section' && labels[0]!.target.section === 'notes' && isListItem(next, draft.title)) {
			return false;
		}
		const firstLabel = parts.findIndex((p) => p.type === 'label');
		if (firstLabel < 0) {
			// Only the letters of a vertical heading around text: 职 熟悉公司营销政策及管理办法.
			for (const p of parts) {
				if (p.type === 'fragment') fragment(token, p.text);
				else if (p.type === 'text') content({ ...token, marker: undefined }, p.text, next);
			}
			return true;
		}
		const leading = parts.slice(0, firstLabel).filter((p) => p.type === 'text').map((p) => (p as { text: string }).text);
		for (const p of parts.slice(0, firstLabel)) if (p.type === 'fragment') fragment(token, p.text);

		// Values: the text after each label, up to the next.
		const values = labels.map(() => [] as string[]);
		let current = -1;
		for (const p of parts.slice(firstLabel)) {
			if (p.type === 'label') {
				current++;
				if (p.value) values[current]!.push(p.value);
			} else if (p.type === 'text') values[current]!.push(p.text);
			else fragment(token, p.text);
		}
		if (leading.length) {
			const target = labels[0]!.target;
			const sectionLevel = target.type === 'section' || target.type === 'relationship';
			if (values[0]!.length) values[0]!.unshift(...leading);
			else if (sectionLevel) content({ ...token, marker: undefined }, leading.join(' '), undefined);
			else values[0]!.push(...leading);
		}
		labels.forEach((label, i) => {
			const value = values[i]!.length ? values[i]!.reduce((a, b) => joinText(a, b)) : undefined;
			const last = i === labels.length - 1;
			applyTarget(token, label.target, value, last, next, label.form === 'colon' && value !== undefined);
		});
		return true;
	}

	/**
	 * `inline`: a label with its value after a colon (Languages: English) names only that
	 * value's part; a label alone or in a table row names the part of the lines after it too.
	 */
	function applyTarget(token: Token, target: Target, value: string | undefined, last: boolean, next?: Token, inline = false): void {
		// What follows a heading or label starts afresh; it does not continue the line before.
		if (!value) broken = true;
		switch (target.type) {
			case 'field':
				if (value) setField(token, target.field, value);
				else if (last) pending = target.field;
				return;
			case 'section':
				if (target.section === 'revisions' && state !== 'revisions') revision = undefined;
				state = target.section;
				part = undefined;
				openGroup = undefined;
				duties.close();
				authorities.close();
				if (target.section === 'authorities') authorityKind = undefined;
				if (value) content({ ...token, marker: undefined }, value, next);
				return;
			case 'qualification': {
				const section: Section = state === 'conditions' && target.part === 'physical' ? 'conditions' : 'qualifications';
				state = section;
				setPart(target.part, token, inline);
				if (value) section === 'conditions' ? addCondition(token, value, target.part) : addQualification(token, value, target.part);
				return;
			}
			case 'condition':
				state = 'conditions';
				setPart(target.part, token, inline);
				if (value) addCondition(token, value, target.part);
				return;
			case 'relationship':
				state = 'relationships';
				setPart(target.part, token);
				if (value) addRelationship(token, value, target.part);
				return;
			case 'routine':
				state = 'routines';
				setPart(target.part, token);
				if (value) addEntry(draft.routines[target.part as RoutinePart] ??= [], value, token);
				return;
			case 'authority-category':
				state = 'authorities';
				if (block.category || !block.entries.length) {
					if (block.entries.length || block.kinds.size) newBlock();
					block.category = target.category;
				} else block.category = target.category;
				if (value) addTableAuthority(value);
				return;
			case 'authority-kind':
				state = 'authorities';
				if (target.kind === 'decision' && block.kinds.has('decision')) newBlock();
				block.kinds.add(target.kind);
				authorityKind = target.kind;
				if (value) addTableAuthority(value);
				return;
			case 'revision':
				if (state !== 'revisions') revision = undefined;
				state = 'revisions';
				if (value) setRevision(target.part, value);
				else revisionColumns = revisionColumns.includes(target.part) ? [target.part] : [...revisionColumns, target.part];
				return;
			case 'promotes-to':
				state = 'career';
				if (value) draft.career.promotesTo.push(...value.split(/[、,，;；/]|或/).map((v) => v.trim()).filter(Boolean));
				return;
		}
	}

	function newBlock(): void {
		block = { kinds: new Set(), entries: [] };
		blocks.push(block);
	}

	function setPart(value: string, token: Token, inline = false): void {
		part = inline ? undefined : value;
		partFamily = token.marker ? token.marker.family : null;
	}

	/** The part a line goes to: the one set by a label, unless this line is that label's sibling. */
	function currentPart(token: Token): string | undefined {
		if (part !== undefined && token.marker && partFamily !== null && partFamily === token.marker.family) {
			part = undefined;
			partFamily = undefined;
		}
		return part;
	}

	function setField(token: Token, field: Field, raw: string): void {
		const value = closeCjkSpaces(raw.trim());
		if (field === 'departmentName') {
			state = 'unplaced';
			return unplace(token);
		}
		const key = field === 'title' ? 'title' : field;
		if (key === 'title') {
			draft.title = cleanRoleName(value) || value;
			return;
		}
		if (draft[key] !== undefined) return unplace(token);
		draft[key] = value;
	}

	function isValue(token: Token, field: Field): boolean {
		if (token.marker || readLabels(token)) return false;
		const text = token.text.trim();
		if (field === 'headcount') return /^\d+\s*(?:人|名)?$/.test(text);
		return text.length <= 40 && !/[。;；]$/.test(text);
	}

	function content(token: Token, text: string, next: Token | undefined): void {
		const marker = token.marker;
		const headingLike = isHeadingLike(text);
		const nextIsItem = isListItem(next, draft.title) && (!marker || styleOf(next!.marker!) !== styleOf(marker));
		const nextIsProse = next !== undefined && !next.marker && next.kind === 'text' && !readLabels(next) && next.text.length > 20;

		// 3.1.1 满意度管理 over a paragraph of duties separated by ；: a group of them.
		const groupOverClauses = marker !== undefined && headingLike && next !== undefined && !next.marker && next.kind === 'text' && !readLabels(next) && isClauseList(next.text);
		if (groupOverClauses && (state === 'auto' || state === 'summary' || state === 'duties')) {
			state = 'duties';
			openGroup = duties.addItem(marker, text);
			broken = false;
			return;
		}
		// A paragraph of duties separated by ；, under a title that lists duties: one duty each.
		if (!marker && (state === 'auto' || state === 'duties') && (span.listsDuties || state === 'duties') && isClauseList(text)) {
			const lastEntry = duties.last;
			const continues = state === 'duties' && lastEntry !== undefined && lastEntry !== openGroup && options.wrapped && !broken && !isTerminated(lastEntry.text);
			if (!continues) {
				state = 'duties';
				for (const clause of clausesOf(text)) openGroup ? duties.addUnder(openGroup, clause) : duties.addPlain(clause);
				broken = false;
				return;
			}
		}

		switch (state) {
			case 'none': {
				// Responsibilities include: / 岗位主要职责如下: before a list opens that section.
				const announced = /[:：]$/.test(text) ? ANNOUNCED.find(([words]) => words.test(fold(text)))?.[1] : undefined;
				if (!announced) return unplace(token);
				state = announced;
				return;
			}
			case 'unplaced':
				return unplace(token);
			case 'auto':
			case 'summary': {
				const colon = /[:：]$/.test(text);
				if (marker && headingLike && nextIsProse) return unknownSection(token);
				// A line that announces a list no list follows (…模板如下:) says nothing about the role.
				if (state === 'auto' && !marker && colon && !nextIsItem) return unplace(token);
				// 该岗位的主要职责包括但不限于以下内容: ends the summary and opens the duties.
				if (state === 'summary' && !marker && colon && nextIsItem) {
					addProse(draft.summary, text, token);
					state = 'duties';
					return;
				}
				if (marker || ((headingLike || colon) && nextIsItem)) {
					state = 'duties';
					return content(token, text, next);
				}
				state = 'summary';
				return addProse(draft.summary, text, token);
			}
			case 'duties':
			case 'authorities': {
				const builder = state === 'duties' ? duties : authorities;
				if (state === 'authorities' && authorityKind && !marker) {
					const lastEntry = builder.last;
					if (lastEntry && options.wrapped && !broken && joins(lastEntry.text, text, false)) {
						lastEntry.text = joinText(lastEntry.text, text);
						return;
					}
					return addTableAuthority(text);
				}
				if (marker) {
					if (headingLike && nextIsProse && options.wrapped) return unknownSection(token);
					const entry = builder.addItem(marker, text);
					openGroup = !options.wrapped && headingLike && (marker.family === 'cjk' || marker.family === 'cjk-enclosed') ? entry : undefined;
					broken = false;
					return;
				}
				if ((headingLike || /[:：]$/.test(text)) && nextIsItem) {
					openGroup = undefined;
					builder.addHeading(stripColon(text));
					return;
				}
				if (openGroup) {
					builder.addUnder(openGroup, text);
					return;
				}
				const lastEntry = builder.last;
				if (lastEntry && options.wrapped && !broken && joins(lastEntry.text, text, builder.punctuated) && !(headingLike && isTerminated(lastEntry.text))) {
					lastEntry.text = joinText(lastEntry.text, text);
					return;
				}
				if (headingLike && builder.punctuated && nextIsProse) return unknownSection(token);
				builder.addPlain(text);
				return;
			}
			case 'qualifications':
				if (marker && headingLike && (nextIsItem || nextIsProse) && !lookupLabel(text)) return unknownSection(token);
				return addQualification(token, text);
			case 'conditions':
				if (marker && headingLike && (nextIsItem || nextIsProse)) return unknownSection(token);
				return addCondition(token, text);
			case 'relationships':
				if (RELATIONSHIP_WORDS.has(fold(text.trim()))) return unplace(token, token.raw);
				return addRelationship(token, text);
			case 'routines': {
				const routine = currentPart(token) as RoutinePart | undefined;
				if (!routine) return unplace(token);
				return addEntry((draft.routines[routine] ??= []), text, token);
			}
			case 'kpis':
				if (marker && headingLike && nextIsProse) return unknownSection(token);
				return addEntry(draft.kpis, text, token);
			case 'career':
				if (marker && headingLike && (nextIsItem || nextIsProse)) return unknownSection(token);
				return addProse(draft.career.note, text, token);
			case 'compensation':
				if (marker && headingLike && (nextIsItem || nextIsProse)) return unknownSection(token);
				return addProse(draft.compensation, text, token);
			case 'notes':
				if (marker && headingLike && (nextIsItem || nextIsProse)) return unknownSection(token);
				return addProse(draft.notes, marker ? token.raw : text, token);
			case 'revisions':
				return addRevisionText(token, text);
		}
	}

	/** A heading this format has no place for (岗位优势): it and what follows are kept as unplaced lines. */
	function unknownSection(token: Token): void {
		state = 'unplaced';
		unplace(token);
	}

	/** A wrapped line goes on with the entry before it, whichever part that entry is in. */
	function continuesLast(token: Token, text: string, lists: readonly (string[] | undefined)[]): boolean {
		if (!options.wrapped || token.marker || broken || !lastText || !lists.includes(lastText.list)) return false;
		const previous = lastText.list[lastText.index]!;
		if (!joins(previous, text, false)) return false;
		lastText.list[lastText.index] = joinText(previous, text);
		return true;
	}

	function addQualification(token: Token, text: string, given?: QualificationPart): void {
		const value = closeCjkSpaces(text);
		if (!given && continuesLast(token, value, Object.values(draft.qualifications))) return;
		const chosen = given ?? (currentPart(token) as QualificationPart | undefined) ?? classifyQualification(value);
		addEntry((draft.qualifications[chosen] ??= []), value, token);
	}

	function addCondition(token: Token, text: string, given?: ConditionPart | QualificationPart): void {
		const value = closeCjkSpaces(text);
		if (!given && continuesLast(token, value, Object.values(draft.conditions))) return;
		const chosen = (given as ConditionPart | undefined) ?? (currentPart(token) as ConditionPart | undefined) ?? classifyCondition(value);
		addEntry((draft.conditions[chosen] ??= []), value, token);
	}

	function addRelationship(token: Token, text: string, given?: string): void {
		const side = (given ?? currentPart(token)) === 'external' ? 'external' : 'internal';
		addEntry(draft.relationships[side], closeCjkSpaces(text), token);
	}

	/** A line of a list of short texts; a broken line (一行 … 专业毕业,) joins the one before. */
	function addEntry(list: string[], text: string, token: Token): void {
		const previous = lastText?.list === list ? list[lastText.index] : undefined;
		if (previous !== undefined && options.wrapped && !token.marker && !broken && joins(previous, text, false)) {
			list[lastText!.index] = joinText(previous, text);
		} else {
			list.push(text);
			lastText = { list, index: list.length - 1 };
		}
		broken = false;
	}

	/** Prose: a line that does not end a sentence runs on into the next. */
	function addProse(list: string[], text: string, token: Token): void {
		const previous = lastText?.list === list ? list[lastText.index] : undefined;
		if (previous !== undefined && options.wrapped && !token.marker && !broken && !isTerminated(previous)) {
			list[lastText!.index] = joinText(previous, text);
		} else {
			list.push(text);
			lastText = { list, index: list.length - 1 };
		}
		broken = false;
	}

	function addTableAuthority(text: string): void {
		const entry = authorities.addPlain(text, authorityKind ? { kind: authorityKind } : {});
		block.entries.push(entry);
		broken = false;
	}

	function setRevision(field: Exclude<keyof Revision, 'changes'> | 'changes', raw: string): void {
		const value = closeCjkSpaces(raw.trim());
		if (field === 'version' && revision?.version !== undefined) revision = undefined;
		if (!revision) {
			revision = { changes: [] };
			draft.revisions.push(revision);
		}
		if (field === 'changes') revision.changes.push(value);
		else if (field === 'date') {
			const date = isoDate(value);
			if (date) revision.date = date;
			else revision.changes.push(value);
		} else revision[field] = value;
	}

	function addRevisionText(token: Token, text: string): void {
		// A table row flattened to one line: V1.0 2023.5.1 首次编写.
		const cells = text.trim().split(/\s+/);
		if (cells.length > 1 && cells.some((cell) => /^v\d+(?:\.\d+)*$/i.test(cell) || isoDate(cell))) {
			for (const cell of cells) addRevisionText(token, cell);
			return;
		}
		const value = text.trim();
		if (/^v\d+(?:\.\d+)*$/i.test(value)) return setRevision('version', value);
		if (isoDate(value)) return setRevision('date', value);
		if (/^[\d\s.]*$/.test(value)) return unplace(token);
		const open = revisionColumns.find((column) => {
			if (column === 'version' || column === 'date') return false;
			if (column === 'changes') return !revision?.changes.length;
			return revision?.[column] === undefined;
		});
		setRevision(open ?? 'changes', value);
	}
}

/** 客户关系管理: or 【客户关系管理】 with items under it is the group 客户关系管理. */
function tidyGroups(entries: ListEntry[]): void {
	for (const entry of entries) {
		if (!entry.items.length) continue;
		entry.text = stripColon(entry.text).replace(/^[【[]([^】\]]+)[】\]]$/, '$1');
		tidyGroups(entry.items);
	}
}

/** A numbered line that is an item, not a numbered heading (二、岗位职责) or field (1.工作汇报对象). */
function isListItem(token: Token | undefined, roleTitle: string): boolean {
	if (!token?.marker) return false;
	const labels = readLabels(token, roleTitle);
	return !labels || labels.every((label) => label.type !== 'label' || (label.value !== undefined && label.target.type !== 'section' && label.target.type !== 'field'));
}

/** 以下统称为客户经理, 以下简称“客户代表”: the name a scope sentence gives the people it covers. */
const SCOPE_NAME = /以下(?:统一)?(?:统称|简称|称)(?:为|作)?\s*[“"「『]?([^”"」』,，。;；:：\s]{2,16})/;
/** 集团客户经理负责…: a summary that opens with the role's name. */
const SUBJECT = /^([^,，。;；:：\s]{2,16}?)(?:主要|全面)?(?:负责|是|承担|协助)/;

/**
 * A numbered variant titled with the document's name (集团客户部岗位职责2) names no role:
 * the role is the one its scope sentence names, or the subject of its summary. Failing
 * both, the file's name stands in and a CHECK asks the author for the title.
 */
function nameFromText(draft: RoleDraft, tokens: readonly Token[], span: DescriptionSpan): void {
	for (let index = span.start + 1; index < span.end; index++) {
		const token = tokens[index]!;
		const match = SCOPE_NAME.exec(fold(token.text));
		if (!match) continue;
		const start = match.index + match[0].length - match[1]!.length;
		const name = token.text.slice(start, start + match[1]!.length);
		if (isRoleName(name)) {
			draft.title = name;
			draft.titleFrom = 'scope';
			return;
		}
	}
	for (const line of draft.summary) {
		const match = SUBJECT.exec(fold(line));
		if (match && isRoleName(match[1]!)) {
			draft.title = line.slice(0, match[1]!.length);
			draft.titleFrom = 'summary';
			return;
		}
	}
	draft.titleFrom = 'file';
	const opening = tokens[span.start]!;
	draft.checks.push({ line: opening.line, text: opening.raw, message: 'the heading names no role, and no 岗位名称 or scope sentence does: the title is the file name; write the role title' });
}

/** Words of an authority (有…权, 有权) in a duty, or a duty's words under authorities. */
const AUTHORITY_WORDS = /有权|权限|(?:审批|审核|决策|建议|监督|否决|考核|知情|知悉|提名|签字|使用|调配|处罚|奖惩)权/;
const DUTY_START = /^(?:负责|组织|协助|完成|参与|制定|执行|配合)/;

/**
 * Lines the import placed but cannot be sure of: a duty that reads as an authority (对…有审批权),
 * an authority that reads as a duty (负责…), a duty group heading with one item (a heading or a duty?).
 */
function checkAmbiguity(draft: RoleDraft, tokens: readonly Token[], span: DescriptionSpan): void {
	const lineOf = (text: string) => {
		for (let index = span.start; index < span.end; index++) if (tokens[index]!.text.includes(text.slice(0, 12))) return tokens[index]!.line;
		return draft.firstLine;
	};
	const walk = (entries: readonly ListEntry[], list: 'duties' | 'authorities') => {
		for (const entry of entries) {
			if (entry.items.length) {
				if (list === 'duties' && entry.items.length === 1 && !isTerminated(entry.text)) {
					draft.checks.push({ line: lineOf(entry.text), text: entry.text, message: `“${entry.text}” heads a group of one duty: a heading, or a duty of its own?` });
				}
				walk(entry.items, list);
				continue;
			}
			const text = fold(entry.text);
			if (list === 'duties' && AUTHORITY_WORDS.test(text)) draft.checks.push({ line: lineOf(entry.text), text: entry.text, message: 'a duty, or an authority (it grants a right)? Move it to authorities if it is one' });
			if (list === 'authorities' && DUTY_START.test(text) && !AUTHORITY_WORDS.test(text)) draft.checks.push({ line: lineOf(entry.text), text: entry.text, message: 'an authority, or a duty (it says what to do, not what may be done)? Move it to duties if it is one' });
		}
	};
	walk(draft.duties, 'duties');
	walk(draft.authorities, 'authorities');
}

type Signature = Map<string, string>;

/** A cheap fingerprint of every field: what grew while a token was read is where it went. */
function signature(draft: RoleDraft, duties: ListBuilder, authorities: ListBuilder): Signature {
	const out: Signature = new Map();
	const list = (name: string, values: readonly string[] | undefined) => {
		if (values?.length) out.set(name, `${values.length}/${values.at(-1)!.length}`);
	};
	for (const field of ['title', 'department', 'code', 'grade', 'reportsTo', 'subordinates', 'subordinateCount', 'headcount'] as const) {
		const value = draft[field];
		if (value !== undefined) out.set(field === 'reportsTo' ? 'reports_to' : field, `${value.length}:${value}`);
	}
	const builderMark = (builder: ListBuilder) => `${builder.version}/${builder.last?.text.length ?? 0}/${builder.last?.items.length ?? 0}`;
	out.set('duties', builderMark(duties));
	out.set('authorities', builderMark(authorities));
	list('summary', draft.summary);
	list('kpis', draft.kpis);
	list('compensation', draft.compensation);
	list('notes', draft.notes);
	list('career.note', draft.career.note);
	list('career.promotes_to', draft.career.promotesTo);
	list('relationships.internal', draft.relationships.internal);
	list('relationships.external', draft.relationships.external);
	for (const [group, parts] of [['qualifications', draft.qualifications], ['conditions', draft.conditions], ['routines', draft.routines]] as const) {
		for (const [part, values] of Object.entries(parts)) list(`${group}.${part}`, values);
	}
	if (draft.revisions.length) out.set('revisions', `${draft.revisions.length}/${JSON.stringify(draft.revisions.at(-1)).length}`);
	out.set('unplaced', String(draft.unplaced.length));
	out.set('fragments', String(draft.fragments.length));
	return out;
}

function recordPlacement(draft: RoleDraft, token: Token, before: Signature, after: Signature): void {
	const changed = [...after].filter(([name, value]) => before.get(name) !== value).map(([name]) => name);
	const fields = changed.filter((name) => name !== 'unplaced' && name !== 'fragments');
	const field = fields[0] ?? (changed.includes('unplaced') ? (token.kind === 'junk' ? 'furniture' : 'unplaced') : changed.includes('fragments') ? 'fragments' : 'heading');
	draft.placements.push({ line: token.line, field });
}

/** 负责…；负责…；负责…。 — the duties of a paragraph, each kept verbatim with its ；. */
export function clausesOf(text: string): string[] {
	return text
		.split(/(?<=[;；])/)
		.map((clause) => clause.trim())
		.filter(Boolean);
}

/** Two or more clauses separated by ；, each long enough to be a duty of its own. */
function isClauseList(text: string): boolean {
	const clauses = clausesOf(text);
	// A sentence ended inside (…管理。对上,…;对下,…) makes it prose, not a list.
	return clauses.length >= 2 && clauses.every((clause, i) => key(clause).length >= 4 && (i === clauses.length - 1 || !/[。!！?？]/.test(clause)));
}

/** Short, unpunctuated: reads as a heading (市场开拓, 大客户信息管理) rather than a sentence. */
function isHeadingLike(text: string): boolean {
	const t = stripColon(text);
	return t.length > 0 && key(t).length <= 16 && !/[,，。;；!！?？]/.test(t);
}

/**
 * Does `text` continue the line before? A line that ends with 、 or a comma goes on;
 * so does one that starts with punctuation, or a stub like 工作。; in a list whose
 * items end like sentences, any line after an unfinished one does.
 */
function joins(previous: string, text: string, punctuatedList: boolean): boolean {
	if (!isTerminated(previous)) {
		if (punctuatedList) return true;
		return endsOpen(previous) || /^[,，、。;；)）】」』”]/.test(text) || (text.length <= 6 && /[。;；,，、]$/.test(text));
	}
	return punctuatedList && !isHeadingLike(text) && !/[:：]$/.test(text);
}

function isoDate(text: string): string | undefined {
	const match = /^(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})\s*日?$/.exec(text.trim());
	if (!match) return undefined;
	const [, y, m, d] = match as unknown as [string, string, string, string];
	const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
	const date = new Date(`${iso}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : undefined;
}

interface FragmentRef {
	token: Token;
	text: string;
}

/** The fragments of a description in order, whole-line ones and table cells alike, for spelling vertical headings. */
function collectFragments(tokens: readonly Token[], span: DescriptionSpan): FragmentRef[] {
	const out: FragmentRef[] = [];
	for (let index = span.start; index < span.end; index++) {
		const token = tokens[index]!;
		if (token.marker) continue;
		const cells = token.text.split(' ').filter(Boolean);
		for (const cell of cells.length > 1 ? cells : [token.text]) {
			if (isFragment(cell) || (cells.length === 1 && cell.length === 1)) out.push({ token, text: cell[0]! });
		}
	}
	return out;
}
