import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { acquireBuildLock, BuildLockedError } from '../../src/integration/build-lock.ts';
import { PublishError, StagedOutput } from '../../src/integration/staged-output.ts';

/** An output folder with an old site, and a finished new one staged beside it. */
function staged(): StagedOutput {
	const outDir = path.join(mkdtempSync(path.join(tmpdir(), 'rolebook-publish-')), 'dist');
	mkdirSync(outDir);
	writeFileSync(path.join(outDir, 'index.html'), 'the previous site');
	const output = new StagedOutput(outDir);
	output.prepare();
	mkdirSync(output.stagingDir);
	writeFileSync(path.join(output.stagingDir, 'index.html'), 'the new site');
	return output;
}

const immutable: string[] = [];
const chattr = (flag: '+i' | '-i', file: string) => {
	const run = spawnSync('chattr', [flag, file], { encoding: 'utf8' });
	if (run.status !== 0) throw new Error(`chattr ${flag} needs root and a file system with attributes: ${run.stderr}`);
	if (flag === '+i') immutable.push(file);
};
afterEach(() => {
	for (const file of immutable.splice(0)) chattr('-i', file);
});

describe('publishing into an output folder that resists', () => {
	test('an immutable output folder: the old site stays, the new one is discarded, and the message says why', () => {
		const output = staged();
		chattr('+i', output.finalDir);
		expect(() => output.publish()).toThrow(PublishError);
		expect(() => output.publish()).toThrow(/cannot replace ".*dist": permission denied .*The previous site was kept as it was; nothing was published\./);
		expect(readFileSync(path.join(output.finalDir, 'index.html'), 'utf8')).toBe('the previous site');
		expect(readdirSync(path.dirname(output.finalDir))).toEqual(['dist']);
	});

	test('one immutable file in the old site: the new site is published, and the leftover is reported, not fatal', () => {
		const output = staged();
		chattr('+i', path.join(output.finalDir, 'index.html'));
		output.publish();
		expect(readFileSync(path.join(output.finalDir, 'index.html'), 'utf8')).toBe('the new site');
		expect(output.warnings).toEqual([expect.stringMatching(/the old site in ".*dist\.previous" could not be removed entirely: permission denied.*remove it yourself/)]);
		// The next build is not stopped by that leftover.
		chattr('-i', immutable.pop()!.replace(/dist\/index\.html$/, 'dist.previous/index.html'));
	});

	test('a build left by a killed one is cleared; a site stopped between its renames comes back', () => {
		const output = staged();
		mkdirSync(output.searchDir);
		const previous = `${output.finalDir}.previous`;
		spawnSync('mv', [output.finalDir, previous]);
		output.prepare();
		expect(readdirSync(path.dirname(output.finalDir))).toEqual(['dist']);
		expect(readFileSync(path.join(output.finalDir, 'index.html'), 'utf8')).toBe('the previous site');
	});
});

describe('one build at a time', () => {
	test('a second build on the same output is refused while the first runs; a lock left by a killed build is taken over', () => {
		const outDir = path.join(mkdtempSync(path.join(tmpdir(), 'rolebook-lock-')), 'dist');
		// A running process holds it: this one, as another build would.
		writeFileSync(`${outDir}.lock`, String(process.ppid));
		expect(() => acquireBuildLock(outDir)).toThrow(BuildLockedError);
		expect(() => acquireBuildLock(outDir)).toThrow(`another build is running (process ${process.ppid}) and writing "${outDir}"; wait for it to finish, or stop it and build again`);
		// A process that has ended.
		const ended = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
		writeFileSync(`${outDir}.lock`, ended.stdout);
		const release = acquireBuildLock(outDir);
		expect(readFileSync(`${outDir}.lock`, 'utf8')).toBe(String(process.pid));
		release();
		expect(existsSync(`${outDir}.lock`)).toBe(false);
	});
});
