/**
 * The middle value of a list (the mean of the two middle ones when the count is even):
 * one run slowed by other work on the machine moves the median less than the mean.
 * NaN for an empty list.
 */
export function median(values: readonly number[]): number {
	if (values.length === 0) return Number.NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
