import { spawnSync } from 'node:child_process';

/**
 * The date of the newest commit that touched each file of a content folder, keyed by
 * its path from that folder (`roles/ka/ka-director.yaml`). One `git log` for the whole
 * folder, so ten thousand files cost one process, not ten thousand. Outside a git work
 * tree, or without git, the map is empty: pages then show no commit dates.
 */
export function commitDates(contentDir: string): Map<string, string> {
	const dates = new Map<string, string>();
	const run = spawnSync('git', ['-C', contentDir, 'log', '--format=%x00%cs', '--name-only', '--no-renames', '--relative', '--', '.'], {
		encoding: 'utf8',
		maxBuffer: 256 * 1024 * 1024,
		stdio: ['ignore', 'pipe', 'ignore'],
		// Names with CJK characters come back as written, not as octal escapes.
		env: { ...process.env, GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'core.quotePath', GIT_CONFIG_VALUE_0: 'false' },
	});
	if (run.status !== 0 || typeof run.stdout !== 'string') return dates;
	// Newest commit first: the first date seen for a file is its last change.
	for (const commit of run.stdout.split('\0')) {
		const [date, ...files] = commit.split('\n').filter(Boolean);
		if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) continue;
		for (const file of files) if (!dates.has(file)) dates.set(file, date);
	}
	return dates;
}
