// @ts-check
import { defineConfig } from 'astro/config';
import { rolebook } from './src/integration/rolebook.ts';

export default defineConfig({
	output: 'static',
	trailingSlash: 'always',
	// Stylesheets as files, never inline: pages then work under a strict Content-Security-Policy.
	build: { format: 'directory', inlineStylesheets: 'never' },
	integrations: [rolebook()],
});
