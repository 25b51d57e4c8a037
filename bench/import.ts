/**
 * `npm run bench:import`: how long `npm run import` takes on large text files, to show
 * that import time grows linearly with the text. Builds files of 1, 4 and 20 MB (or
 * `--sizes 1,4,20`) by repeating the three seed documents, then imports each with the
 * command as an author runs it (drafts and the import report written), timing the whole
 * process and its CPU time.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(import.meta.dirname, '..');
const SEEDS = path.join(ROOT, 'test/fixtures/import/seeds');
const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1,4,20' } } });
const sizes = values.sizes.split(',').map(Number);

const seedText = readdirSync(SEEDS)
	.sort()
	.map((name) => readFileSync(path.join(SEEDS, name), 'utf8'))
	.join('\n');
const work = mkdtempSync(path.join(tmpdir(), 'rolebook-bench-import-'));
try {
	console.log('| text | descriptions | wall time | CPU time | per MB (wall) |');
	console.log('| ---: | ---: | ---: | ---: | ---: |');
	for (const megabytes of sizes) {
		const copies = Math.ceil((megabytes * 1024 * 1024) / Buffer.byteLength(seedText));
		const file = path.join(work, `seeds-${megabytes}mb.txt`);
		writeFileSync(file, `${seedText}\n`.repeat(copies));
		const out = path.join(work, `out-${megabytes}`);
		const started = performance.now();
		const run = spawnSync('/usr/bin/time', ['-f', '%U %S %M', process.execPath, 'src/cli/import.ts', file, '--out', out, '--content', path.join(work, 'content')], {
			cwd: ROOT,
			encoding: 'utf8',
			maxBuffer: 1 << 30,
		});
		const wall = (performance.now() - started) / 1000;
		const timing = run.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
		const [user = 0, system = 0] = timing;
		const found = /: (\d+) job descriptions/.exec(run.stdout)?.[1] ?? '?';
		if (!/^Import report: /m.test(run.stdout)) throw new Error(`import of ${megabytes} MB failed:\n${run.stderr.slice(-2000)}`);
		const size = (Buffer.byteLength(readFileSync(file)) / 1024 / 1024).toFixed(1);
		console.log(`| ${size} MB | ${Number(found).toLocaleString('en')} | ${wall.toFixed(1)} s | ${(user + system).toFixed(1)} s | ${(wall / Number(size)).toFixed(2)} s |`);
		rmSync(out, { recursive: true, force: true });
	}
} finally {
	rmSync(work, { recursive: true, force: true });
}
