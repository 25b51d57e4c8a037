/**
 * `npm run bench:history [-- --example-commits 500] [--roles 1000] [--commits 50]`: builds
 * git repositories of content with many commits (each changing one printed line of one
 * role), then times reading the history of every role's sheet: the first time (nothing
 * cached), again with nothing changed, and after one more commit.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readHistory } from '../src/history/index.ts';
import { generateOrganization } from './generate-organization.ts';

const ROOT = path.resolve(import.meta.dirname, '..');

const { values } = parseArgs({
	options: {
		'example-commits': { type: 'string', default: '500' },
		roles: { type: 'string', default: '1000' },
		commits: { type: 'string', default: '50' },
	},
});

function yamlFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((file) => /\.ya?ml$/.test(file))
		.map((file) => file.split(path.sep).join('/'))
		.sort();
}

/** A role file with its printed `code` changed: one printed line, so one new version of its sheet. */
function revise(text: string, round: number): string {
	return /^code:.*$/m.test(text) ? text.replace(/^code:.*$/m, `code: R-${round}`) : text.replace(/^title:.*$/m, (line) => `${line}\ncode: R-${round}`);
}

/**
 * A repository whose content folder is `content`, filled by `git fast-import`: the first
 * commit adds every file, each later one revises one role, round robin. Commit dates are
 * fixed, a day apart.
 */
function repositoryOf(contentDir: string, commits: number): { repo: string; content: string } {
	const repo = mkdtempSync(path.join(tmpdir(), 'rolebook-history-bench-'));
	const content = path.join(repo, 'content');
	mkdirSync(content);
	const files = yamlFiles(contentDir);
	const texts = new Map(files.map((file) => [file, readFileSync(path.join(contentDir, file), 'utf8')]));
	const roles = files.filter((file) => file.startsWith('roles/'));
	const chunks: string[] = [];
	const data = (text: string) => `data ${Buffer.byteLength(text)}\n${text}\n`;
	const start = Date.UTC(2020, 0, 1) / 1000;
	for (let round = 0; round < commits; round++) {
		chunks.push('commit refs/heads/main\n', `committer HR <hr@example.com> ${start + round * 86_400} +0800\n`, data(`revision ${round}`));
		const changed = round === 0 ? files : [roles[(round - 1) % roles.length]!];
		for (const file of changed) {
			if (round > 0) texts.set(file, revise(texts.get(file)!, round));
			chunks.push(`M 100644 inline content/${file}\n`, data(texts.get(file)!));
		}
	}
	const git = (args: string[], input?: string) => {
		const result = spawnSync('git', args, { cwd: repo, input, maxBuffer: 1 << 30 });
		if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
	};
	git(['init', '-q', '-b', 'main']);
	git(['fast-import', '--quiet'], chunks.join(''));
	return { repo, content };
}

/** Wall-clock and CPU milliseconds (this process only: git's own time is in the wall clock). */
function time<T>(run: () => T): [T, string] {
	const start = performance.now();
	const cpu = process.cpuUsage();
	const result = run();
	const { user, system } = process.cpuUsage(cpu);
	const ms = (value: number) => (value >= 1000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value)} ms`);
	return [result, `${ms(performance.now() - start)} (CPU ${ms((user + system) / 1000)})`];
}

function bench(label: string, contentDir: string, commits: number): void {
	const { repo, content } = repositoryOf(contentDir, commits);
	const cacheDir = path.join(repo, 'cache');
	try {
		const [history, first] = time(() => readHistory(content, { cacheDir }));
		if (!history.available) throw new Error(history.reason);
		const versions = [...history.roles.values()].reduce((total, list) => total + list.length, 0);
		const [, unchanged] = time(() => readHistory(content, { cacheDir }));
		// One more commit on top: only it is read.
		const file = yamlFiles(contentDir).find((name) => name.startsWith('roles/'))!;
		const git = (args: string[]) => spawnSync('git', args, { cwd: repo, encoding: 'utf8' });
		git(['checkout', '-q', 'main']);
		const target = path.join(content, file);
		writeFileSync(target, revise(readFileSync(target, 'utf8'), commits));
		git(['-c', 'user.name=HR', '-c', 'user.email=hr@example.com', 'commit', '-qam', 'one more']);
		const [, oneMore] = time(() => readHistory(content, { cacheDir }));
		console.log(
			`| ${label} | ${history.commits} | ${versions.toLocaleString('en')} | ${first} | ${unchanged} | ${oneMore} |`,
		);
	} finally {
		rmSync(repo, { recursive: true, force: true });
	}
}

console.log('| content | commits | sheet versions | first read | nothing changed | one new commit |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
bench('example (23 published roles)', path.join(ROOT, 'content'), Number(values['example-commits']));
const generated = mkdtempSync(path.join(tmpdir(), 'rolebook-history-generated-'));
try {
	const organization = generateOrganization(generated, { roles: Number(values.roles) });
	bench(`${organization.roles.toLocaleString('en')} roles`, generated, Number(values.commits));
} finally {
	rmSync(generated, { recursive: true, force: true });
}
