import { loadOrganization, type LoadResult } from './index.ts';
import type { Organization } from './types.ts';

/**
 * The integration loads the content once per build and leaves the result here; pages
 * rendered in the same process read it instead of loading again.
 */
const KEY = Symbol.for('rolebook.load-result');
type Holder = { [KEY]?: LoadResult };

export function setLoadResult(result: LoadResult): void {
	(globalThis as Holder)[KEY] = result;
}

export function getLoadResult(): LoadResult {
	return ((globalThis as Holder)[KEY] ??= loadOrganization());
}

export function getOrganization(): Organization {
	return getLoadResult().organization;
}
