#!/usr/bin/env node
// The `rolebook` command. Installed under node_modules, where Node.js runs no TypeScript,
// it runs the compiled command line from lib/ (so it starts on any supported Node.js);
// in a checkout of the repository it runs the source.
import module from 'node:module';
import { fileURLToPath } from 'node:url';

// Compiled code is kept between runs, as Astro's own command keeps it: the second run starts sooner.
module.enableCompileCache?.();

const installed = fileURLToPath(import.meta.url).split(/[\\/]/).includes('node_modules');
const { main } = installed ? await import('../lib/src/cli/rolebook.js') : await import('../src/cli/rolebook.ts');

process.exitCode = await main(process.argv.slice(2));
