// @ts-check
// The example site: this repository uses the package exactly as a project made by
// `rolebook init` does, through its public entry point.
import { defineConfig } from 'astro/config';
import rolebook from 'rolebook';

export default defineConfig({
	integrations: [rolebook({ content: './content' })],
});
