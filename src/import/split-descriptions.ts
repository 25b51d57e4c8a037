/**
 * Finds where each job description in a file begins. A description opens with
 *  - a title: 客服主管岗位职责, 大客户部经理岗位说明书, Job Description: Key Account Manager;
 *  - a role named in a numbered heading (A、大客户部部长, 一、主管), when every heading
 *    numbered alongside it names a role too and each has text under it — so the 1、大客户部部长
 *    of an appraisal chapter, whose siblings are sentences, opens nothing;
 *  - a 岗位名称 / Job title field, unless the description it is in has only just begun;
 *  - a line that names a role, followed at once by 直接上级, 所属部门 or the like.
 * Everything up to the next opening belongs to it; what comes before the first goes
 * with the first, as lines it could not place.
 */
import { isHeaderLabel, lookupLabel } from './headings.ts';
import { readLabels } from './labels.ts';
import { styleOf } from './markers.ts';
import type { Token } from './segment.ts';
import { cleanRoleName, isRoleName } from './titles.ts';
import { stripColon } from './text.ts';

export interface DescriptionSpan {
	/** Index of the first token; the span ends where the next begins. */
	start: number;
	end: number;
	opener: 'title' | 'heading' | 'field' | 'named-line' | 'file';
	title: string | undefined;
	/** The opening says the text under it lists duties (…岗位职责, a role heading). */
	listsDuties: boolean;
	/** A chapter adding to a role described earlier: its 工作范畴 or 工作明细. */
	part?: 'scope' | 'routines' | undefined;
	/** 部门名称 given earlier in the file, for descriptions that name no department. */
	documentDepartment: string | undefined;
}

export function splitDescriptions(tokens: readonly Token[]): DescriptionSpan[] {
	const roleHeadings = findRoleHeadings(tokens);
	const openings: Omit<DescriptionSpan, 'end' | 'documentDepartment'>[] = [];
	let titleFieldSeen = false;
	let contentSinceOpening = false;

	tokens.forEach((token, index) => {
		if (token.kind === 'title') {
			openings.push({ start: index, opener: 'title', title: token.title?.role, listsDuties: token.title?.listsDuties ?? false, part: token.title?.part });
			titleFieldSeen = false;
			contentSinceOpening = false;
			return;
		}
		if (roleHeadings.has(index) || (token.headingLevel !== undefined && token.kind === 'text' && !token.marker && isRoleName(token.text) && !lookupLabel(token.text))) {
			openings.push({ start: index, opener: 'heading', title: cleanRoleName(stripColon(token.text)), listsDuties: true });
			titleFieldSeen = false;
			contentSinceOpening = false;
			return;
		}
		const labels = token.kind === 'text' ? readLabels(token) : undefined;
		const titleField = labels?.find((part) => part.type === 'label' && part.target.type === 'field' && part.target.field === 'title');
		if (titleField) {
			const justOpened = openings.length > 0 && !titleFieldSeen && !contentSinceOpening;
			if (!justOpened) openings.push({ start: index, opener: 'field', title: undefined, listsDuties: false });
			titleFieldSeen = true;
			return;
		}
		const next = tokens[index + 1];
		if (
			token.kind === 'text' &&
			!token.marker &&
			!labels &&
			isRoleName(token.text) &&
			next &&
			isHeaderLabel(firstTarget(next)) &&
			!isBareLabel(tokens[index - 1])
		) {
			openings.push({ start: index, opener: 'named-line', title: token.text.trim(), listsDuties: false });
			titleFieldSeen = false;
			contentSinceOpening = false;
			return;
		}
		if (token.marker || labels) contentSinceOpening = true;
	});

	let department: string | undefined;
	const departments = new Map<number, string>();
	tokens.forEach((token, index) => {
		const label = token.kind === 'text' ? readLabels(token)?.find((part) => part.type === 'label') : undefined;
		if (label?.type === 'label' && label.target.type === 'field' && label.target.field === 'departmentName' && label.value) department = label.value;
		if (department) departments.set(index, department);
	});

	return openings.map((opening, i) => ({
		...opening,
		end: openings[i + 1]?.start ?? tokens.length,
		documentDepartment: departments.get(opening.start),
	}));
}

function firstTarget(token: Token) {
	const part = readLabels(token)?.find((p) => p.type === 'label');
	return part?.type === 'label' ? part.target : undefined;
}

/** A label cell waiting for its value on the next line (岗位名称 / 大客户经理 in a Word table). */
function isBareLabel(token: Token | undefined): boolean {
	return token !== undefined && token.kind === 'text' && lookupLabel(token.text) !== undefined;
}

/**
 * Numbered headings that name roles. Items are grouped with their siblings: same
 * numbering style, same parent item, between the same titles or chapters.
 */
function findRoleHeadings(tokens: readonly Token[]): Set<number> {
	const groups = new Map<string, number[]>();
	let stack: { style: string; index: number }[] = [];
	let context = 0;
	const groupOf = new Map<number, string>();
	tokens.forEach((token, index) => {
		if (token.kind === 'junk') return;
		if (token.kind !== 'text' || token.headingLevel) {
			stack = [];
			context++;
			return;
		}
		if (!token.marker) return;
		const style = styleOf(token.marker);
		const open = stack.findLastIndex((item) => item.style === style);
		if (open >= 0 && !(token.marker.number === 1 && open !== stack.length - 1)) stack.length = open;
		const group = `${context}/${stack.at(-1)?.index ?? -1}/${style}`;
		groupOf.set(index, group);
		const members = groups.get(group);
		if (members) members.push(index);
		else groups.set(group, [index]);
		stack.push({ style, index });
	});

	const headings = new Set<number>();
	for (const members of groups.values()) {
		const named = members.every((index) => {
			const text = stripColon(tokens[index]!.text);
			return isRoleName(text) && !lookupLabel(text);
		});
		if (!named) continue;
		const withBody = members.every((index, i) => {
			const next = tokens[index + 1];
			const following = members[i + 1];
			return next !== undefined && next.kind === 'text' && index + 1 !== following && groupOf.get(index + 1) !== groupOf.get(index);
		});
		if (withBody) for (const index of members) headings.add(index);
	}
	return headings;
}
