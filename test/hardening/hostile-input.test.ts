import { spawnSync } from 'node:child_process';
import { chmodSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Diagnostic } from '../../src/model/index.ts';
import { fixtureWith, validate } from '../support/fixtures.ts';
import { HOSTILE_CASES, type HostileCase } from './hostile-corpus.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * File permissions mean nothing to root: those cases run `validate` as an unprivileged
 * user when the tests run as root, and in this process otherwise.
 */
function diagnosticsOf(dir: string, hostile: HostileCase): Diagnostic[] {
	if (!hostile.needsUnprivileged || process.getuid?.() !== 0) return validate(dir).diagnostics;
	chmodSync(dir, 0o755);
	const run = spawnSync('setpriv', ['--reuid=nobody', '--regid=nogroup', '--clear-groups', process.execPath, 'src/cli/validate.ts', '--content', dir, '--json'], { cwd: ROOT, encoding: 'utf8' });
	if (!run.stdout) throw new Error(`validate as nobody failed: ${run.stderr}`);
	return (JSON.parse(run.stdout) as { diagnostics: Diagnostic[] }).diagnostics.map((d) => ({ ...d, file: path.relative(dir, path.resolve(ROOT, d.file)) }));
}

describe('the hostile corpus: each case is one located message, and the folder recovers when it is undone', () => {
	test.each(HOSTILE_CASES.map((hostile) => [hostile.name, hostile] as const))('%s', (_name, hostile) => {
		const dir = fixtureWith();
		hostile.arrange(dir);
		try {
			const diagnostics = diagnosticsOf(dir, hostile);
			expect(diagnostics.map((d) => ({ at: `${d.file}:${d.line}:${d.column}`, rule: d.rule, severity: d.severity }))).toEqual(
				hostile.expected.map((e) => ({ at: e.at, rule: e.rule, severity: e.severity ?? 'error' })),
			);
			diagnostics.forEach((d, i) => {
				for (const word of hostile.expected[i]!.words) expect(d.message).toContain(word);
				// Nothing of the machine outside the folder is quoted back but the link itself.
				expect(d.message).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
			});
		} finally {
			hostile.restore(dir);
		}
		expect(validate(dir).diagnostics).toEqual([]);
	}, 30_000);
});
