import { spawnSync } from 'node:child_process';

/**
 * Whether fontconfig knows a font with Chinese glyphs: without one Chromium prints every
 * Chinese character as a box. `undefined` when fontconfig cannot be asked.
 */
export function hasChineseFont(): boolean | undefined {
	const run = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
	if (run.error || run.status !== 0) return undefined;
	return run.stdout.trim().length > 0;
}
