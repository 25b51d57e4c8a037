/** Edit distance, for "did you mean" hints. */
function levenshtein(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
		}
		previous = current;
	}
	return previous[b.length]!;
}

/** The closest candidate, when it is close enough to be a likely typo. */
export function closestMatch(value: string, candidates: Iterable<string>): string | undefined {
	let best: string | undefined;
	let bestDistance = Infinity;
	for (const candidate of candidates) {
		// Case slips (zh-cn for zh-CN) count as the nearest miss.
		const distance = value.toLowerCase() === candidate.toLowerCase() ? 0.5 : levenshtein(value, candidate);
		if (distance < bestDistance || (distance === bestDistance && best !== undefined && candidate < best)) {
			best = candidate;
			bestDistance = distance;
		}
	}
	if (best === undefined) return undefined;
	const limit = Math.max(1, Math.floor(Math.max(value.length, best.length) / 3));
	return bestDistance <= limit ? best : undefined;
}

/** `; did you mean "x"?` or nothing. */
export function didYouMean(value: string, candidates: Iterable<string>): string {
	const match = closestMatch(value, candidates);
	return match === undefined ? '' : `; did you mean "${match}"?`;
}
