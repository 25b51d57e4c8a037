// @ts-check
import { defineConfig } from 'astro/config';
import { rolebook } from './src/integration/rolebook.ts';

export default defineConfig({
	output: 'static',
	trailingSlash: 'always',
	// Stylesheets and scripts as files, never inline: pages then work under a strict Content-Security-Policy.
	build: { format: 'directory', inlineStylesheets: 'never' },
	vite: { build: { assetsInlineLimit: 0 } },
	integrations: [rolebook({ content: './content' })],
});
