/**
 * `rolebook build [--content DIR] [ASTRO OPTIONS]`: builds the site of the project in the
 * working directory into dist/ (or `--outDir DIR`), exactly as `astro build` does.
 */
import { runAstro } from './run-astro.ts';

const usage = 'usage: rolebook build [--content DIR] [--outDir DIR] [other astro build options]';

export async function main(args: string[]): Promise<number> {
	return runAstro('build', args, usage);
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
