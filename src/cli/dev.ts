/**
 * `rolebook dev [--content DIR] [ASTRO OPTIONS]`: serves the site of the project in the
 * working directory while you edit its content, as `astro dev` does.
 */
import { runAstro } from './run-astro.ts';

const usage = 'usage: rolebook dev [--content DIR] [--port N] [--host] [other astro dev options]';

export async function main(args: string[]): Promise<number> {
	return runAstro('dev', args, usage);
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
