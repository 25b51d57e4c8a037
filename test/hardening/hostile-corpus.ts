import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { RuleId } from '../../src/model/index.ts';

/** What a case must produce: where (relative to the content folder), which rule, and words of the message. */
export interface ExpectedProblem {
	at: string;
	rule: RuleId;
	severity?: 'warning';
	words: string[];
}

export interface HostileCase {
	name: string;
	/** Changes the valid base organisation in `dir` into the hostile one. */
	arrange: (dir: string) => void;
	/** Undoes `arrange`, for a dev server that must recover. */
	restore: (dir: string) => void;
	expected: ExpectedProblem[];
	/** Cases that need an unprivileged user to mean anything (file permissions). */
	needsUnprivileged?: boolean;
}

/** A file outside every content folder: a secret no site may publish. */
export const SECRET = 'ROLEBOOK-SECRET-OUTSIDE-CONTENT';
const outside = mkdtempSync(path.join(tmpdir(), 'rolebook-outside-'));
writeFileSync(path.join(outside, 'secret.txt'), `${SECRET}\n`);
mkdirSync(path.join(outside, 'roles'));
writeFileSync(path.join(outside, 'roles', 'intruder.yaml'), `title: Intruder ${SECRET}\ndepartment: support\nreports_to: ceo\n`);
writeFileSync(path.join(outside, 'site.yaml'), `organization: ${SECRET}\n`);
export const OUTSIDE = outside;

const file = (relative: string, text: string) => {
	let before: string | undefined;
	return {
		arrange: (dir: string) => {
			const full = path.join(dir, relative);
			try {
				before = readFileSync(full, 'utf8');
			} catch {
				before = undefined;
			}
			mkdirSync(path.dirname(full), { recursive: true });
			rmSync(full, { recursive: true, force: true });
			writeFileSync(full, text);
		},
		restore: (dir: string) => {
			const full = path.join(dir, relative);
			rmSync(full, { recursive: true, force: true });
			if (before !== undefined) writeFileSync(full, before);
		},
	};
};

/** Replaces `from` by `to` in one file of the base organisation. */
const edit = (relative: string, from: string | RegExp, to: string) => {
	let before = '';
	return {
		arrange: (dir: string) => {
			before = readFileSync(path.join(dir, relative), 'utf8');
			const after = before.replace(from, to);
			if (after === before) throw new Error(`${relative} holds no ${from}`);
			writeFileSync(path.join(dir, relative), after);
		},
		restore: (dir: string) => writeFileSync(path.join(dir, relative), before),
	};
};

/** Puts something at `relative` (a link, a folder, a pipe) in place of what was there. */
const entry = (relative: string, make: (full: string) => void) => {
	let before: string | undefined;
	return {
		arrange: (dir: string) => {
			const full = path.join(dir, relative);
			try {
				before = readFileSync(full, 'utf8');
			} catch {
				before = undefined;
			}
			mkdirSync(path.dirname(full), { recursive: true });
			rmSync(full, { recursive: true, force: true });
			make(full);
		},
		restore: (dir: string) => {
			const full = path.join(dir, relative);
			rmSync(full, { recursive: true, force: true });
			if (before !== undefined) writeFileSync(full, before);
		},
	};
};

/** A whole top folder moved aside and replaced by `make`. */
const folder = (relative: string, make: (full: string) => void) => ({
	arrange: (dir: string) => {
		const full = path.join(dir, relative);
		rmSync(`${full}.aside`, { recursive: true, force: true });
		execFileSync('mv', [full, `${full}.aside`]);
		make(full);
	},
	restore: (dir: string) => {
		const full = path.join(dir, relative);
		rmSync(full, { recursive: true, force: true });
		execFileSync('mv', [`${full}.aside`, full]);
	},
});

const siteWith = (line: string) => file('site.yaml', `organization: Acme Support Ltd\nlocale: en\n${line}\npublish:\n  people: true\n`);

export const HOSTILE_CASES: HostileCase[] = [
	// 1. site.base
	{
		name: 'base closing the script element',
		...siteWith(`base: '/a"></script><script>alert(document.domain)</script><x y="/'`),
		expected: [{ at: 'site.yaml:3:7', rule: 'invalid-value', words: ['"base" must be plain path segments', '"/", "/handbook/" or "/a/b-c/"'] }],
	},
	{ name: 'base naming another host', ...siteWith('base: //evil.example/'), expected: [{ at: 'site.yaml:3:7', rule: 'invalid-value', words: ['"base" must be plain path segments', '"//evil.example/"'] }] },
	{ name: 'base with a backslash', ...siteWith('base: /\\evil.example/'), expected: [{ at: 'site.yaml:3:7', rule: 'invalid-value', words: ['"base" must be plain path segments'] }] },
	{ name: 'base with three slashes', ...siteWith('base: ///evil.example'), expected: [{ at: 'site.yaml:3:7', rule: 'invalid-value', words: ['"base" must be plain path segments'] }] },
	{ name: 'base with a query', ...siteWith('base: /a?b=1'), expected: [{ at: 'site.yaml:3:7', rule: 'invalid-value', words: ['"base" must be plain path segments'] }] },
	{ name: 'base with a fragment', ...siteWith("base: '/a#b'"), expected: [{ at: 'site.yaml:3:7', rule: 'invalid-value', words: ['"base" must be plain path segments'] }] },
	{ name: 'base with an encoded line break', ...siteWith('base: /a%0d%0a/'), expected: [{ at: 'site.yaml:3:7', rule: 'invalid-value', words: ['"base" must be plain path segments'] }] },
	{ name: 'base with a line break', ...siteWith('base: "/a\\n/"'), expected: [{ at: 'site.yaml:3:7', rule: 'invalid-value', words: ['"base" must be plain path segments'] }] },
	// 2. links out of the content folder
	{ name: 'public file linked to a file outside', ...entry('public/passwd.txt', (full) => symlinkSync(path.join(outside, 'secret.txt'), full)), expected: [{ at: 'public/passwd.txt:1:1', rule: 'outside-content', words: ['outside the content folder'] }] },
	{ name: 'public folder linked to a folder outside', ...entry('public/all', (full) => symlinkSync(outside, full)), expected: [{ at: 'public/all:1:1', rule: 'outside-content', words: ['outside the content folder'] }] },
	{ name: 'deep public link outside', ...entry('public/a/b/c/secret.txt', (full) => symlinkSync(path.join(outside, 'secret.txt'), full)), expected: [{ at: 'public/a/b/c/secret.txt:1:1', rule: 'outside-content', words: ['outside the content folder'] }] },
	{ name: 'public file linked to people in the content folder', ...entry('public/people', (full) => symlinkSync('../people', full)), expected: [{ at: 'public/people:1:1', rule: 'outside-content', words: ['outside public/'] }] },
	{ name: 'public itself linked to the roles', ...entry('public', (full) => symlinkSync('roles', full)), expected: [{ at: 'public:1:1', rule: 'outside-content', words: ['public/ must be a folder of its own'] }] },
	{ name: 'public itself linked outside', ...entry('public', (full) => symlinkSync(outside, full)), expected: [{ at: 'public:1:1', rule: 'outside-content', words: ['outside the content folder'] }] },
	{ name: 'roles folder linked outside', ...folder('roles', (full) => symlinkSync(path.join(outside, 'roles'), full)), expected: [{ at: 'roles:1:1', rule: 'outside-content', words: ['outside the content folder'] }] },
	{ name: 'site.yaml linked outside', ...entry('site.yaml', (full) => symlinkSync(path.join(outside, 'site.yaml'), full)), expected: [{ at: 'site.yaml:1:1', rule: 'outside-content', words: ['outside the content folder'] }] },
	// 3. unusual files
	{ name: 'symlink loop to its own folder', ...entry('roles/loop', (full) => symlinkSync('.', full)), expected: [{ at: 'roles/loop:1:1', rule: 'unusual-file', words: ['a folder already read (a loop)'] }] },
	{ name: 'symlink loop of two links', ...entry('roles/pair', (full) => { mkdirSync(full); symlinkSync('b.yaml', path.join(full, 'a.yaml')); symlinkSync('a.yaml', path.join(full, 'b.yaml')); }), expected: [
		{ at: 'roles/pair/a.yaml:1:1', rule: 'unusual-file', words: ['a loop of symbolic links'] },
		{ at: 'roles/pair/b.yaml:1:1', rule: 'unusual-file', words: ['a loop of symbolic links'] },
	] },
	{ name: 'site.yaml a folder', ...entry('site.yaml', (full) => mkdirSync(full)), expected: [{ at: 'site.yaml:1:1', rule: 'unusual-file', words: ['is a folder, not a file'] }] },
	{ name: 'roles a file', ...folder('roles', (full) => writeFileSync(full, 'title: x\n')), expected: [{ at: 'roles:1:1', rule: 'unusual-file', words: ['is a file, not a folder'] }] },
	{ name: 'a FIFO named x.yaml', ...entry('roles/x.yaml', (full) => execFileSync('mkfifo', [full])), expected: [{ at: 'roles/x.yaml:1:1', rule: 'unusual-file', words: ['a named pipe (FIFO), not a file'] }] },
	{ name: 'a FIFO in public', ...entry('public/pipe.txt', (full) => execFileSync('mkfifo', [full])), expected: [{ at: 'public/pipe.txt:1:1', rule: 'unusual-file', words: ['a named pipe (FIFO)'] }] },
	{ name: 'an unreadable file', needsUnprivileged: true, ...entry('roles/locked.yaml', (full) => { writeFileSync(full, 'title: Locked\ndepartment: support\nreports_to: ceo\n'); chmodSync(full, 0o000); }), expected: [{ at: 'roles/locked.yaml:1:1', rule: 'unreadable', words: ['permission denied'] }] },
	{ name: 'an unreadable folder', needsUnprivileged: true, ...entry('roles/locked', (full) => { mkdirSync(full); chmodSync(full, 0o000); }), expected: [{ at: 'roles/locked:1:1', rule: 'unreadable', words: ['permission denied'] }] },
	// 4. alias amplification
	{
		name: 'alias amplification under the alias count',
		...file('roles/support-agent.yaml', `title: Support Agent\ndepartment: support\nreports_to: support-lead\nsummary: &s ${'负责客户投诉处理。'.repeat(4000)}\nduties:\n${'  - *s\n'.repeat(400)}`),
		expected: [{ at: 'roles/support-agent.yaml:32:5', rule: 'yaml-syntax', words: ['aliases up to here expand the file past 1,000,000 characters', '10 times'] }],
	},
	// 6. control characters
	{ name: 'NUL in a title', ...edit('roles/support-agent.yaml', 'title: Support Agent', 'title: "Support\\0Agent"'), expected: [{ at: 'roles/support-agent.yaml:1:8', rule: 'invalid-value', words: ['"title"', '\\u0000', 'control character'] }] },
	{ name: 'ESC and vertical tab in a duty', ...edit('roles/support-agent.yaml', 'headcount: 5', 'headcount: 5\nduties:\n  - "Answer \\e[31mred\\e[0m and \\v tickets"'), expected: [{ at: 'roles/support-agent.yaml:6:5', rule: 'invalid-value', words: ['"duties[0]"', '\\u001b[31mred', 'control character'] }] },
	{ name: 'terminal escapes in a key', ...edit('roles/support-agent.yaml', 'headcount: 5', 'headcount: 5\n"\\e[1;31mFAKE: 0 errors\\e[0m": 1'), expected: [{ at: 'roles/support-agent.yaml:5:1', rule: 'invalid-value', words: ['the key "\\u001b[1;31mFAKE: 0 errors\\u001b[0m"', 'control character'] }] },
	// 7. logo
	{ name: 'logo on another host without a scheme', ...siteWith('logo: //evil.example/x.png'), expected: [{ at: 'site.yaml:3:7', rule: 'invalid-value', words: ['"logo" must be a file under public/', 'https:'] }] },
	// 14. small items
	{ name: 'site.yaml and site.yml', ...file('site.yml', 'organization: Other Ltd\n'), expected: [{ at: 'site.yml:1:1', rule: 'duplicate-id', words: ['two site files', 'site.yaml', 'site.yml'] }] },
	{ name: 'dotted line to itself', ...edit('roles/support-lead.yaml', 'dotted_line_to: sales-director', 'dotted_line_to: support-lead'), expected: [{ at: 'roles/support-lead.yaml:4:17', rule: 'invalid-value', words: ['"support-lead"', 'itself'] }] },
	{ name: 'promotes to itself', ...edit('roles/account-manager.yaml', 'promotes_to: [sales-director,', 'promotes_to: [account-manager,'), expected: [{ at: 'roles/account-manager.yaml:6:17', rule: 'invalid-value', words: ['"account-manager"', 'itself'] }] },
	{
		name: 'script links hidden behind entities',
		...edit('roles/support-agent.yaml', 'headcount: 5', 'headcount: 5\nsummary: Read [a](javascript&colon;alert(1)) and [b](&#106;avascript:alert(2)) now.'),
		expected: [
			{ at: 'roles/support-agent.yaml:5:19', rule: 'unsafe-link', severity: 'warning', words: ['"javascript&colon;alert(1)"'] },
			{ at: 'roles/support-agent.yaml:5:54', rule: 'unsafe-link', severity: 'warning', words: ['"&#106;avascript:alert(2)"'] },
		],
	},
	{ name: 'unsafe link quoted whole', ...edit('roles/support-agent.yaml', 'headcount: 5', 'headcount: 5\nsummary: Read [a](javascript:alert(1)) now.'), expected: [{ at: 'roles/support-agent.yaml:5:19', rule: 'unsafe-link', severity: 'warning', words: ['"javascript:alert(1)"'] }] },
	{ name: 'an impossible date, one message', ...edit('roles/support-agent.yaml', 'date: 2025-03-01', 'date: 2025-02-30'), expected: [{ at: 'roles/support-agent.yaml:7:26', rule: 'invalid-value', words: ['"revisions[1].date"', 'not a real calendar date', '"2025-02-30"'] }] },
	{ name: 'a misshapen date, one message', ...edit('roles/support-agent.yaml', 'date: 2025-03-01', 'date: 2025/03/01'), expected: [{ at: 'roles/support-agent.yaml:7:26', rule: 'invalid-value', words: ['"revisions[1].date"', 'YYYY-MM-DD', '"2025/03/01"'] }] },
	{ name: 'dangling symbolic link', ...entry('roles/gone.yaml', (full) => symlinkSync('nowhere.yaml', full)), expected: [{ at: 'roles/gone.yaml:1:1', rule: 'dangling-link', severity: 'warning', words: ['"nowhere.yaml"', 'does not exist'] }] },
	{ name: 'an invalid reports_to raises no follow-on', ...edit('roles/sales-director.yaml', 'reports_to: ceo', 'reports_to: CEO'), expected: [{ at: 'roles/sales-director.yaml:3:13', rule: 'invalid-id', words: ['"reports_to"', '"CEO"'] }] },
	{ name: 'a parse failure raises no follow-on', ...edit('roles/support-lead.yaml', 'title: Support Lead', 'title: [Support Lead'), expected: [{ at: 'roles/support-lead.yaml:2:1', rule: 'yaml-syntax', words: ['YAML syntax'] }] },
];
