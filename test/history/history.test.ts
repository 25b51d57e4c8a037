import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { main as verify } from '../../src/cli/verify.ts';
import { main as signoffs } from '../../src/cli/signoffs.ts';
import { main as changes } from '../../src/cli/changes.ts';
import { compareSheets } from '../../src/history/compare-sheets.ts';
import { loadWithHistory, readHistory } from '../../src/history/index.ts';
import type { LoadResult } from '../../src/model/index.ts';
import { ContentRepository } from './support.ts';

/**
 * A content repository with fixed commit dates: Bo signs the agent's sheet, then the sheet
 * is edited in ways that do and do not change its printed text.
 */
// Commands load the content and its history several times over; a shared machine can be slow.
vi.setConfig({ testTimeout: 60_000 });

const repo = new ContentRepository();
const states: Record<string, LoadResult> = {};
const load = () => loadWithHistory(repo.content, { cacheDir: repo.cacheDir });
const agent = (result: LoadResult) => result.organization.role('support-agent')!;
const present = (result: LoadResult) => result.organization.versionsOf(agent(result)).at(-1)!.fingerprint;
const boStatus = (result: LoadResult) => result.organization.signOffs.find((s) => s.person.id === 'bo')!.status;
const signBo = (signatures: [string, string][]) =>
	repo.write('people/bo.yaml', `name: Bo Chen\nroles: [support-agent]\nsigned:\n${signatures.map(([fingerprint, date]) => `  - { role: support-agent, fingerprint: ${fingerprint}, date: ${date} }\n`).join('')}`);

/** What a command prints, and its exit status. */
async function run(command: () => Promise<number>): Promise<{ output: string; status: number }> {
	const lines: string[] = [];
	const log = vi.spyOn(console, 'log').mockImplementation((...args) => void lines.push(args.join(' ')));
	const error = vi.spyOn(console, 'error').mockImplementation((...args) => void lines.push(args.join(' ')));
	try {
		const status = await command();
		return { output: `${lines.join('\n')}\n`, status };
	} finally {
		log.mockRestore();
		error.mockRestore();
	}
}

let firstText: string;
let secondText: string;

beforeAll(() => {
	repo.commit('2024-01-10', 'Agent role');
	firstText = present(load());
	signBo([[firstText, '2024-02-01']]);
	repo.commit('2024-02-01', 'Bo signed');
	states['signed'] = load();

	repo.edit('roles/support-agent.yaml', 'Answer every ticket within one working day', '"Answer  every ticket\\twithin one working day "');
	repo.commit('2024-03-01', 'Spacing');
	states['whitespace'] = load();

	repo.edit('roles/support-agent.yaml', 'target: 95 %', 'target: 98 %');
	repo.commit('2024-04-01', 'KPI target (not printed)');
	states['unprinted'] = load();

	repo.edit('roles/support-agent.yaml', 'Issue refunds up to 200 euros', 'Issue refunds up to 500 euros');
	repo.commit('2024-05-02', 'Refund limit');
	states['duty'] = load();
	secondText = present(states['duty']);

	signBo([[firstText, '2024-02-01'], [secondText, '2024-05-10']]);
	repo.commit('2024-05-10', 'Bo signed again');
	states['signed again'] = load();

	repo.edit('departments/support.yaml', 'name: Customer Support', 'name: Customer Care');
	repo.commit('2024-06-01', 'Department renamed');
	states['renamed'] = load();
}, 120_000);

afterAll(() => rmSync(repo.dir, { recursive: true, force: true }));

describe('sign-offs through the history', () => {
	test('a signed sheet is current', () => {
		expect(boStatus(states['signed']!)).toBe('current');
		expect(states['signed']!.diagnostics).toEqual([]);
	});

	test('a whitespace-only edit and an edit to a section the sheet does not print leave it current', () => {
		expect(present(states['whitespace']!)).toBe(firstText);
		expect(boStatus(states['whitespace']!)).toBe('current');
		expect(present(states['unprinted']!)).toBe(firstText);
		expect(boStatus(states['unprinted']!)).toBe('current');
	});

	test('changing one duty makes it outdated, and the change is exactly that duty, numbered, its characters marked', () => {
		const result = states['duty']!;
		expect(boStatus(result)).toBe('outdated');
		const signOff = result.organization.signOffs.find((s) => s.person.id === 'bo')!;
		expect(signOff.signature).toEqual({ role: 'support-agent', fingerprint: firstText, date: '2024-02-01' });
		const versions = result.organization.versionsOf(agent(result));
		expect(versions.map((v) => [v.fingerprint, v.since?.date, v.until?.date])).toEqual([
			[firstText, '2024-01-10', '2024-05-02'],
			[secondText, '2024-05-02', undefined],
		]);
		expect(signOff.signedVersion).toBe(versions[0]);
		expect(compareSheets(versions[0]!.lines, versions[1]!.lines)).toEqual([
			{
				kind: 'changed',
				place: '1.2.2',
				oldPlace: '1.2.2',
				before: 'Issue refunds up to 200 euros',
				after: 'Issue refunds up to 500 euros',
				parts: [
					{ text: 'Issue refunds up to ', change: 'same' },
					{ text: '200', change: 'removed' },
					{ text: '500', change: 'added' },
					{ text: ' euros', change: 'same' },
				],
			},
		]);
		// The old text is kept whole, as it was printed.
		expect(versions[0]!.lines.map((line) => line.text)).toContain('2.2 Issue refunds up to 200 euros');
	});

	test('a renamed department, printed on the sheet, makes it outdated again', () => {
		expect(boStatus(states['signed again']!)).toBe('current');
		const result = states['renamed']!;
		expect(boStatus(result)).toBe('outdated');
		const versions = result.organization.versionsOf(agent(result));
		expect(versions).toHaveLength(3);
		expect(compareSheets(versions[1]!.lines, versions[2]!.lines)).toMatchObject([{ kind: 'changed', place: 'Department', before: 'Customer Support', after: 'Customer Care' }]);
	});

	test('verify names the role, its version and dates, and prints the old text', async () => {
		const { output, status } = await run(() => verify([firstText, '--content', repo.content]));
		expect(status).toBe(0);
		expect(output).toContain(`${firstText} is the text of role "support-agent": Support Agent, version V1, 2024-01-10`);
		expect(output).toMatch(/its text from 2024-01-10 \(commit [0-9a-f]{7}\) until 2024-05-02 \(commit [0-9a-f]{7}\)/);
		expect(output).toContain('    2.2 Issue refunds up to 200 euros\n');
		expect(output).toContain('    Customer Support\n');
		expect(output).not.toContain('500 euros');
	});

	test('verify of a fingerprint no version has fails with a clear message', async () => {
		const { output, status } = await run(() => verify(['0000-1111-2222', '--content', repo.content]));
		expect(status).toBe(1);
		expect(output).toContain("no version of any role's sheet has the fingerprint 0000-1111-2222");
		expect((await run(() => verify(['12345', '--content', repo.content]))).status).toBe(2);
	});

	test('npm run signoffs lists who must sign again, as text, JSON and CSV, whatever publish.people says', async () => {
		const site = repo.read('site.yaml');
		repo.write('site.yaml', site.replace('people: true', 'people: false'));
		try {
			const plain = await run(() => signoffs(['--content', repo.content]));
			expect(plain.status).toBe(0);
			expect(plain.output).toContain('Customer Care (support)\n  Bo Chen (bo), Support Agent (support-agent): outdated, signed 2024-05-10');
			expect(plain.output).toContain('1 outdated, 1 unsigned, 0 current');
			const json = JSON.parse((await run(() => signoffs(['--content', repo.content, '--status', 'outdated', '--json']))).output);
			expect(json).toEqual([
				expect.objectContaining({ department: 'support', person: 'bo', name: 'Bo Chen', role: 'support-agent', status: 'outdated', signed_on: '2024-05-10', signed_fingerprint: secondText, signed_text_from: '2024-05-02', signed_text_until: '2024-06-01' }),
			]);
			const csv = (await run(() => signoffs(['--content', repo.content, '--department', 'sales', '--csv']))).output;
			expect(csv.split('\r\n')[0]).toBe('department,department_name,person,name,role,title,status,signed_on,signed_fingerprint,signed_text_from,signed_text_until');
			expect(csv).toContain('sales,Sales,ann,Ann Lee,account-manager,Account Manager,unsigned,,,,');
			expect((await run(() => signoffs(['--content', repo.content, '--status', 'stale']))).status).toBe(2);
			expect((await run(() => signoffs(['--content', repo.content, '--department', 'suport']))).output).toContain('did you mean "support"?');
		} finally {
			repo.write('site.yaml', site);
		}
	});

	test('npm run changes between two revisions: the changed duty, the renamed department, and who must sign again', async () => {
		const plain = await run(() => changes(['HEAD~3', 'HEAD~2', '--content', repo.content]));
		expect(plain.status).toBe(0);
		expect(plain.output).toContain(`support-agent: Support Agent, sheet ${firstText} → ${secondText}\n  1.2.2 changed: Issue refunds up to [-200-]{+500+} euros\n`);
		expect(plain.output).toContain('Will have to sign again:\n  Bo Chen (bo): Support Agent (support-agent)');
		const markdown = (await run(() => changes(['HEAD~1', '--markdown', '--content', repo.content]))).output;
		expect(markdown).toContain('- Department changed: Customer <del>Support</del><ins>Care</ins>');
		expect(markdown).toContain('**Will have to sign again (1)**\n\n- Bo Chen: Support Agent');
		expect((await run(() => changes(['no-such-revision', '--content', repo.content]))).status).toBe(1);
	});

	test('the cache, read after new commits, gives what a fresh read gives', () => {
		const fresh = readHistory(repo.content, { cacheDir: path.join(repo.dir, 'fresh-cache') });
		const cached = readHistory(repo.content, { cacheDir: repo.cacheDir });
		expect(cached).toEqual(fresh);
		expect(fresh.available && fresh.commits).toBe(7);
	});

	test('writing the cache removes the caches of folders that are gone and those of other code, and keeps the others', () => {
		const cacheDir = path.join(repo.dir, 'pruned-cache');
		const cacheFiles = () => readdirSync(cacheDir).sort();
		readHistory(repo.content, { cacheDir });
		const [own] = cacheFiles();
		const { format, code } = JSON.parse(readFileSync(path.join(cacheDir, own!), 'utf8'));
		const cache = (name: string, fields: object) => writeFileSync(path.join(cacheDir, name), JSON.stringify({ ...fields, head: 'a', versions: [] }));
		cache('history-0000000000000001.json', { format, code, folder: path.join(repo.dir, 'gone') });
		cache('history-0000000000000002.json', { format, code: 'older code', folder: repo.content });
		cache('history-0000000000000003.json', { format: format - 1, code, folder: repo.content });
		cache('history-0000000000000004.json', { format, code, folder: repo.dir });
		writeFileSync(path.join(cacheDir, 'notes.txt'), 'not a cache');
		rmSync(path.join(cacheDir, own!));
		readHistory(repo.content, { cacheDir });
		expect(cacheFiles()).toEqual(['history-0000000000000004.json', own, 'notes.txt'].sort());
	});

	test('a shallow clone: one line says what is missing and how to fix it; everything else works', () => {
		const clone = path.join(repo.dir, 'clone');
		repo.git('clone', '-q', '--depth', '1', `file://${repo.dir}`, clone);
		const content = path.join(clone, 'content');
		const history = readHistory(content, { cacheDir: path.join(repo.dir, 'clone-cache') });
		expect(history).toEqual({ available: false, reason: expect.stringContaining('shallow clone') });
		expect(history.available || history.reason).toContain('fetch-depth: 0');
		const result = loadWithHistory(content, { cacheDir: path.join(repo.dir, 'clone-cache') });
		expect(result.errorCount).toBe(0);
		expect(boStatus(result)).toBe('outdated');
		expect(result.diagnostics.map((d) => [d.line, d.rule, d.severity])).toEqual([
			[4, 'unknown-fingerprint', 'warning'],
			[5, 'unknown-fingerprint', 'warning'],
		]);
	});

	test('a content folder outside git: the history is unavailable, and says so', () => {
		expect(readHistory(path.join(repo.dir, '..'), { cacheDir: repo.cacheDir })).toMatchObject({ available: false, reason: 'the content folder is not in a git repository' });
	});
});
