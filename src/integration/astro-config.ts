import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroConfig, AstroIntegrationLogger } from 'astro';

/**
 * What Rolebook changes in Astro's configuration, each only where the project left
 * Astro's default (a value equal to the default counts as not set):
 *
 * - `trailingSlash: 'always'`: every Rolebook link ends in `/`.
 * - `build.inlineStylesheets: 'never'` and `vite.build.assetsInlineLimit: 0`: stylesheets
 *   and assets as files, never inline, so pages work under a strict Content-Security-Policy.
 * - `base`: from `site.yaml`, where the links are made. A different `base` in
 *   astro.config.mjs is an error naming both, not silently replaced.
 * - `publicDir`: the content folder's `public/` (its logo), when it has one and the project
 *   did not choose a public folder of its own.
 *
 * The build's `outDir` is staged by the integration (see staged-output.ts), not changed.
 */
export interface AstroConfigChanges {
	config: Record<string, unknown>;
	warnings: string[];
}

const ASTRO_DEFAULT_PUBLIC_DIR = 'public/';

/** Pages Astro renders at once when the site does not say (Astro's default is one). */
export const BUILD_CONCURRENCY = 4;

export function astroConfigChanges(config: AstroConfig, siteBase: string, contentDir: string): AstroConfigChanges {
	const changes: Record<string, unknown> = {};
	const warnings: string[] = [];
	if (config.trailingSlash === 'ignore') changes['trailingSlash'] = 'always';
	else if (config.trailingSlash === 'never') warnings.push('trailingSlash: "never" is kept as set, but every Rolebook link ends in "/"; links will redirect or fail in `astro dev`');
	if (config.build.inlineStylesheets === 'auto') changes['build'] = { inlineStylesheets: 'never' };
	else if (config.build.inlineStylesheets === 'always') warnings.push('build.inlineStylesheets: "always" is kept as set; pages with inline styles do not work under the Content-Security-Policy Rolebook recommends');
	if (config.vite.build?.assetsInlineLimit === undefined) changes['vite'] = { build: { assetsInlineLimit: 0 } };

	if (config.base !== '/' && withSlash(config.base) !== withSlash(siteBase)) {
		throw new Error(`base is "${config.base}" in astro.config.mjs but "${siteBase}" in site.yaml; Rolebook makes its links from site.yaml, so set base there (and remove it from astro.config.mjs)`);
	}
	changes['base'] = siteBase;

	const contentPublic = path.join(contentDir, 'public');
	if (existsSync(contentPublic)) {
		const projectDefault = pathToFileURL(path.join(fileURLToPath(config.root), ASTRO_DEFAULT_PUBLIC_DIR)).href;
		if (config.publicDir.href === projectDefault) changes['publicDir'] = pathToFileURL(`${contentPublic}/`);
		else warnings.push(`publicDir is set in astro.config.mjs, so ${contentPublic} is not served; move its files to ${fileURLToPath(config.publicDir)}`);
	}
	return { config: changes, warnings };
}

function withSlash(base: string): string {
	return base.endsWith('/') ? base : `${base}/`;
}

export function reportWarnings(warnings: string[], logger: AstroIntegrationLogger): void {
	for (const warning of warnings) logger.warn(warning);
}
