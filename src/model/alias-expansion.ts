import { isAlias, isCollection, isPair, isScalar, type Document, type Node } from 'yaml';

/** A document may expand through its aliases to at most this many times its own size… */
export const EXPANSION_FACTOR = 10;
/** …or this many characters, whichever is more (small files may reuse an anchor freely). */
export const EXPANSION_FLOOR = 1_000_000;

export interface ExpansionProblem {
	/** The offset of the alias where the expanded size passes the limit. */
	offset: number;
	limit: number;
}

/**
 * The size of the document once every alias is replaced by what it names, counted in
 * characters of text plus one per node, without building it. Stops at the first alias
 * that takes the total past `max(10 × source size, 1,000,000)`: a 100 KB anchor
 * repeated 990 times validates under the alias count limit but makes 100 MB of pages.
 */
export function findAliasAmplification(document: Document.Parsed, sourceLength: number): ExpansionProblem | undefined {
	const limit = Math.max(EXPANSION_FACTOR * sourceLength, EXPANSION_FLOOR);
	// The expanded size of each anchored node, computed once however often it is named.
	const sizes = new Map<Node, number>();
	const sizeOf = (node: unknown, depth: number): number => {
		if (isAlias(node)) {
			const target = node.resolve(document);
			return target && depth < 64 ? sizeOf(target, depth + 1) : 1;
		}
		if (isScalar(node)) return 1 + (typeof node.value === 'string' ? node.value.length : String(node.value).length);
		if (!isCollection(node)) return 1;
		const known = sizes.get(node);
		if (known !== undefined) return known;
		sizes.set(node, 1); // a collection that names itself counts once
		let total = 1;
		for (const item of node.items) total += isPair(item) ? sizeOf(item.key, depth) + sizeOf(item.value, depth) : sizeOf(item, depth);
		sizes.set(node, total);
		return total;
	};

	let total = 0;
	let problem: ExpansionProblem | undefined;
	// Walks the document as written, adding each alias's expansion where it stands.
	const walk = (node: unknown): void => {
		if (problem) return;
		if (isAlias(node)) {
			total += sizeOf(node, 0);
			if (total > limit) problem = { offset: node.range?.[0] ?? 0, limit };
			return;
		}
		if (isScalar(node)) {
			total += sizeOf(node, 0);
			return;
		}
		if (!isCollection(node)) return;
		total += 1;
		for (const item of node.items) {
			if (isPair(item)) {
				walk(item.key);
				walk(item.value);
			} else walk(item);
		}
	};
	walk(document.contents);
	return problem;
}
