// @ts-check
import { defineConfig } from 'astro/config';
import { rolebook } from './src/integration/rolebook.ts';

export default defineConfig({
	output: 'static',
	trailingSlash: 'always',
	build: { format: 'directory' },
	integrations: [rolebook()],
});
