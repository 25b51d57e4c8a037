import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FIXTURES } from '../support/fixtures.ts';

/** The agent's role as the tests start it: three duties, one group, and sections the sheet does not print. */
export const AGENT_ROLE = `title: Support Agent
department: support
reports_to: support-lead
headcount: 5
duties:
  - Answer every ticket within one working day
  - group: Refunds
    items:
      - Check the order before a refund
      - Issue refunds up to 200 euros
  - Keep the knowledge base current
kpis:
  - { name: First answer within a day, target: 95 % }
revisions:
  - { version: V1, date: 2024-01-10, changes: First version }
`;

/**
 * A git repository in a temporary folder whose `content/` is the base organisation with
 * the agent's role above; every commit has the fixed date it is given.
 */
export class ContentRepository {
	readonly dir = mkdtempSync(path.join(tmpdir(), 'rolebook-history-'));
	readonly content = path.join(this.dir, 'content');
	readonly cacheDir = path.join(this.dir, 'cache');

	constructor() {
		cpSync(path.join(FIXTURES, 'base'), this.content, { recursive: true });
		this.write('roles/support-agent.yaml', AGENT_ROLE);
		this.git('init', '-q', '-b', 'main');
	}

	git(...args: string[]): string {
		const result = spawnSync('git', args, { cwd: this.dir, encoding: 'utf8', env: { ...process.env, ...this.dateEnv } });
		if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
		return result.stdout;
	}

	#date = '2024-01-10';
	private get dateEnv() {
		const stamp = `${this.#date}T09:00:00+08:00`;
		return { GIT_AUTHOR_DATE: stamp, GIT_COMMITTER_DATE: stamp, GIT_AUTHOR_NAME: 'HR', GIT_AUTHOR_EMAIL: 'hr@example.com', GIT_COMMITTER_NAME: 'HR', GIT_COMMITTER_EMAIL: 'hr@example.com' };
	}

	write(file: string, text: string): void {
		const target = path.join(this.content, file);
		mkdirSync(path.dirname(target), { recursive: true });
		writeFileSync(target, text);
	}

	read(file: string): string {
		return readFileSync(path.join(this.content, file), 'utf8');
	}

	edit(file: string, from: string | RegExp, to: string): void {
		const text = this.read(file);
		const edited = text.replace(from, to);
		if (edited === text) throw new Error(`${file}: nothing to replace for ${String(from)}`);
		this.write(file, edited);
	}

	commit(date: string, message: string): string {
		this.#date = date;
		this.git('add', '-A');
		this.git('commit', '-q', '-m', message);
		return this.git('rev-parse', 'HEAD').trim();
	}
}
