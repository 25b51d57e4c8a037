import type { AuthorityEntry } from '../../schemas/index.ts';
import type { Authority, AuthorityCategory, AuthorityKind } from './types.ts';

/** Words HR documents use for each category, in group headings (业务类, 财务类, 人事类). */
const CATEGORY_WORDS: [AuthorityCategory, RegExp][] = [
	['business', /业务|業務|business/i],
	['finance', /财务|財務|finance|financial/i],
	['personnel', /人事|人力|personnel|people|\bHR\b/i],
];

/** Words for each kind of right, in the authority itself (决策权, 建议权, 监督权). */
const KIND_WORDS: [AuthorityKind, RegExp][] = [
	['decision', /决策权|決策權|决定权|決定權|审批权|審批權|批准权|批准權|裁决权|裁決權|支配权|支配權|decide|decision|approv/i],
	['proposal', /建议权|建議權|提名权|提名權|提案权|提案權|propos|recommend|nominat/i],
	['supervision', /监督|監督|检查权|檢查權|监控|監控|supervis|monitor|oversight/i],
];

/**
 * Flattens a role's authorities, keeping the groups each sits in. A category or kind
 * the author gave wins; otherwise it is read from the group heading (category) or the
 * authority's own words (kind), and `other` when neither says.
 */
export function classifyAuthorities(entries: readonly AuthorityEntry[] | undefined): Authority[] {
	const out: Authority[] = [];
	const walk = (items: readonly AuthorityEntry[], groups: string[]) => {
		for (const item of items) {
			if (typeof item === 'object' && 'group' in item) {
				walk(item.items, [...groups, item.group]);
				continue;
			}
			const text = typeof item === 'string' ? item : item.text;
			const given = typeof item === 'object' ? item : undefined;
			const category = given?.category ?? CATEGORY_WORDS.find(([, words]) => groups.some((group) => words.test(group)))?.[0] ?? 'other';
			const kind = given?.kind ?? KIND_WORDS.find(([, words]) => words.test(text))?.[0] ?? 'other';
			out.push({ text, category, kind, groups });
		}
	};
	walk(entries ?? [], []);
	return out;
}


