/**
 * `npm run changes -- REV [REV2] [--markdown] [--content DIR]`: what changed for readers and
 * signers between two revisions of the repository that holds the content folder (REV2:
 * the working tree). Roles added and removed; title, department and reporting-line moves;
 * each role's printed lines added, removed and changed; and who will have to sign again.
 * `--markdown` writes it for a pull-request comment.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { LineChange } from '../history/compare-sheets.ts';
import { compareOrganizations, type OrganizationChanges } from '../history/compare-organizations.ts';
import { loadAtRevision } from '../history/content-at.ts';
import { defaultContentDir, loadOrganization, type LoadResult } from '../model/index.ts';

const usage = 'usage: npm run changes -- REV [REV2] [--markdown] [--content DIR]   (REV2 default: the working tree)';

export async function main(args: string[]): Promise<number> {
	let parsed;
	try {
		parsed = parseArgs({ args, options: { markdown: { type: 'boolean' }, content: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true });
	} catch (error) {
		console.error(`${(error as Error).message}\n${usage}`);
		return 2;
	}
	const { values, positionals } = parsed;
	if (values.help) {
		console.log(usage);
		return 0;
	}
	if (positionals.length < 1 || positionals.length > 2) {
		console.error(`name one or two revisions\n${usage}`);
		return 2;
	}
	const here = process.env['INIT_CWD'] ?? process.cwd();
	const contentDir = values.content ? path.resolve(here, values.content) : defaultContentDir();
	const [from, to] = positionals as [string, string | undefined];
	let older: LoadResult;
	let newer: LoadResult;
	try {
		older = loadAtRevision(contentDir, from, { people: true });
		newer = to ? loadAtRevision(contentDir, to, { people: true }) : loadOrganization(contentDir, { people: true });
	} catch (error) {
		console.error((error as Error).message);
		return 1;
	}
	for (const [revision, result] of [[from, older], [to ?? 'the working tree', newer]] as const) {
		if (result.errorCount > 0) console.error(`warning: the content at ${revision} has ${result.errorCount} errors; what it could read is compared`);
	}
	const changes = compareOrganizations(older.organization, newer.organization);
	const title = `${from} → ${to ?? 'working tree'}`;
	console.log(values.markdown ? markdown(changes, title) : plain(changes, title));
	return 0;
}

function lineText(change: LineChange, mark: (kind: 'added' | 'removed', text: string) => string): string {
	if (change.kind === 'added') return `${change.place || '—'} added: ${mark('added', change.text)}`;
	if (change.kind === 'removed') return `${change.place || '—'} removed: ${mark('removed', change.text)}`;
	const moved = change.oldPlace !== change.place ? ` (was ${change.oldPlace || '—'})` : '';
	return `${change.place || '—'}${moved} changed: ${change.parts.map((part) => (part.change === 'same' ? part.text : mark(part.change, part.text))).join('')}`;
}

function nothing(changes: OrganizationChanges): boolean {
	return !changes.added.length && !changes.removed.length && !changes.moves.length && !changes.sheets.length;
}

function plain(changes: OrganizationChanges, title: string): string {
	const out = [`Changes ${title}`];
	if (nothing(changes)) return [...out, 'no role and no printed text changed'].join('\n');
	const mark = (kind: 'added' | 'removed', text: string) => (kind === 'added' ? `{+${text}+}` : `[-${text}-]`);
	if (changes.added.length) out.push('', 'Roles added:', ...changes.added.map((role) => `  ${role.id}: ${role.title}`));
	if (changes.removed.length) out.push('', 'Roles removed, retired or made drafts:', ...changes.removed.map((role) => `  ${role.id}: ${role.title}`));
	if (changes.moves.length) out.push('', 'Moves:', ...changes.moves.map((move) => `  ${move.role.id}: ${move.field} ${move.before} → ${move.after}`));
	for (const sheet of changes.sheets) {
		out.push('', `${sheet.role.id}: ${sheet.role.title}, sheet ${sheet.before} → ${sheet.after}`, ...sheet.lines.map((line) => `  ${lineText(line, mark)}`));
	}
	if (changes.signAgain.length) out.push('', 'Will have to sign again:', ...changes.signAgain.map((who) => `  ${who.name} (${who.person}): ${who.role.title} (${who.role.id})`));
	return out.join('\n');
}

function markdown(changes: OrganizationChanges, title: string): string {
	const escape = (text: string) => text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&');
	const out = [`### Role changes: ${escape(title)}`];
	if (nothing(changes)) return [...out, '', 'No role and no printed text changed.'].join('\n');
	const mark = (kind: 'added' | 'removed', text: string) => (kind === 'added' ? `<ins>${escape(text)}</ins>` : `<del>${escape(text)}</del>`);
	if (changes.added.length) out.push('', '**Roles added**', '', ...changes.added.map((role) => `- \`${role.id}\` ${escape(role.title)}`));
	if (changes.removed.length) out.push('', '**Roles removed, retired or made drafts**', '', ...changes.removed.map((role) => `- \`${role.id}\` ${escape(role.title)}`));
	if (changes.moves.length) out.push('', '**Moves**', '', ...changes.moves.map((move) => `- \`${move.role.id}\` ${move.field}: ${escape(move.before)} → ${escape(move.after)}`));
	if (changes.sheets.length) {
		out.push('', '**Printed text**');
		for (const sheet of changes.sheets) {
			out.push('', `\`${sheet.role.id}\` ${escape(sheet.role.title)}: \`${sheet.before}\` → \`${sheet.after}\``, '');
			out.push(...sheet.lines.map((line) => `- ${lineText(line, mark).replace(/^(\S+)/, (place) => escape(place))}`));
		}
	}
	if (changes.signAgain.length) out.push('', `**Will have to sign again (${changes.signAgain.length})**`, '', ...changes.signAgain.map((who) => `- ${escape(who.name)}: ${escape(who.role.title)}`));
	return out.join('\n');
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
