/**
 * The files `rolebook init` writes around the content: configuration, editor set-up,
 * continuous deployment and a README for the HR team. No page or component is copied:
 * those stay in the package, so `npm update rolebook` brings every fix.
 */
import { LOCALES, type Locale } from './locales.ts';

export interface ProjectVersions {
	rolebook: string;
	astro: string;
	node: string;
}

export function packageJson(name: string, versions: ProjectVersions): string {
	const manifest = {
		name,
		private: true,
		type: 'module',
		scripts: {
			dev: 'rolebook dev',
			build: 'rolebook build',
			preview: 'astro preview',
			validate: 'rolebook validate',
			pdf: 'rolebook pdf',
			import: 'rolebook import',
		},
		dependencies: { astro: versions.astro, rolebook: versions.rolebook },
		// Astro needs a newer Node.js than many machines have; npm scripts run under this one.
		devDependencies: { node: versions.node },
	};
	return `${JSON.stringify(manifest, null, '\t')}\n`;
}

export const ASTRO_CONFIG = `// @ts-check
import { defineConfig } from 'astro/config';
import rolebook from 'rolebook';

export default defineConfig({
	// site: 'https://example.github.io', // the address the site is served from, for absolute links
	integrations: [
		rolebook({
			content: './content',
			// customCss: ['./src/styles/brand.css'],
			// components: { RoleHeader: './src/components/RoleHeader.astro' },
		}),
	],
});
`;

export const GITIGNORE = `node_modules/
dist/
.astro/
pdf/
*.building/
*.previous/
*.search/
*.log
.DS_Store
`;

/** Completion and checking for every content file in VS Code (with the YAML extension). */
export function vscodeSettings(): string {
	const schemas = './node_modules/rolebook/schemas';
	const settings = {
		'yaml.schemas': {
			[`${schemas}/site.schema.json`]: 'content/site.yaml',
			[`${schemas}/department.schema.json`]: 'content/departments/**/*.yaml',
			[`${schemas}/role.schema.json`]: 'content/roles/**/*.yaml',
			[`${schemas}/workflow.schema.json`]: 'content/workflows/**/*.yaml',
			[`${schemas}/person.schema.json`]: 'content/people/**/*.yaml',
		},
		'files.associations': { '*.yaml': 'yaml' },
	};
	return `${JSON.stringify(settings, null, '\t')}\n`;
}

export const VSCODE_EXTENSIONS = `${JSON.stringify({ recommendations: ['redhat.vscode-yaml', 'astro-build.astro-vscode'] }, null, '\t')}\n`;

/** Builds on every push to main and publishes to GitHub Pages. */
export const GITHUB_PAGES_WORKFLOW = `name: Deploy the handbook to GitHub Pages

on:
  push:
    branches: [main]
  workflow_dispatch:

permissions:
  contents: read
  pages: write
  id-token: write

concurrency:
  group: pages
  cancel-in-progress: false

jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 22
          cache: npm
      - run: npm install
      - run: npm run validate
      - run: npm run build
      - uses: actions/upload-pages-artifact@v3
        with:
          path: dist

  deploy:
    needs: build
    runs-on: ubuntu-latest
    environment:
      name: github-pages
      url: \${{ steps.deployment.outputs.page_url }}
    steps:
      - id: deployment
        uses: actions/deploy-pages@v4
`;

export function readme(locale: Locale, title: string): string {
	return LOCALES[locale].readme(title);
}
