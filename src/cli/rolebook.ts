/**
 * `rolebook <command> [options]`: the one command a project that depends on Rolebook
 * runs (`npx rolebook validate`). Each command is `src/cli/<command>.ts`, exporting
 * `main(args)`; this file only finds it. Adding a command is one line in COMMANDS.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PACKAGE_ROOT } from '../integration/package-root.ts';

type CommandModule = { main(args: string[]): Promise<number> };

const COMMANDS: Record<string, { summary: string; load: () => Promise<CommandModule> }> = {
	init: { summary: 'start a new handbook in a folder', load: () => import('./init.ts') },
	validate: { summary: 'check the content and list every problem', load: () => import('./validate.ts') },
	build: { summary: 'build the site into dist/', load: () => import('./build.ts') },
	dev: { summary: 'serve the site while you edit the content', load: () => import('./dev.ts') },
	import: { summary: 'turn .docx, .doc, .pdf, .txt and .md job descriptions (or rosters and org lists: --people, --roles) into drafts', load: () => import('./import.ts') },
	pdf: { summary: 'print confirmation sheets (or the org chart) to PDF', load: () => import('./pdf.ts') },
	signoffs: { summary: 'who has signed the sheet of each role they hold, and who must sign again', load: () => import('./signoffs.ts') },
	verify: { summary: 'which role text a signed sheet’s fingerprint is', load: () => import('./verify.ts') },
	changes: { summary: 'what changed between two revisions of the content, and who must sign again', load: () => import('./changes.ts') },
	export: { summary: 'the role list (and people) as a workbook or CSV', load: () => import('./export.ts') },
};

function usage(): string {
	const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
	const lines = Object.entries(COMMANDS).map(([name, { summary }]) => `  ${name.padEnd(width)}  ${summary}`);
	return `usage: rolebook <command> [options]\n\ncommands:\n${lines.join('\n')}\n\n\`rolebook <command> --help\` describes a command's options.`;
}

function packageVersion(): string {
	return (JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

export async function main(args: string[]): Promise<number> {
	const [name, ...rest] = args;
	if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
		console.log(usage());
		return name === undefined ? 2 : 0;
	}
	if (name === '--version' || name === '-v') {
		console.log(packageVersion());
		return 0;
	}
	const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
	if (!command) {
		console.error(`rolebook: unknown command "${name}"\n\n${usage()}`);
		return 2;
	}
	return (await command.load()).main(rest);
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
