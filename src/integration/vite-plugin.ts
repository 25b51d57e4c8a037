import path from 'node:path';
import type { Plugin } from 'vite';

export const SITE_MODULE = 'virtual:rolebook/site';
export const CUSTOM_CSS_MODULE = 'virtual:rolebook/custom-css';

export interface SiteModules {
	/** The key the integration filed its load result under (src/site/loaded-sites.ts). */
	key: string;
	contentDir: string;
	/** Stylesheets as import specifiers: absolute paths, or packages. */
	customCss: string[];
	/** Rolebook's component file → the site's replacement, both absolute paths. */
	replacements: Map<string, string>;
}

/**
 * The modules through which a rolebook() instance reaches its pages: which organisation
 * to read, the site's own stylesheets, and its replacements for Rolebook's components
 * (every import of a replaced component, except from the replacement itself, resolves
 * to the replacement).
 */
export function rolebookVitePlugin(modules: SiteModules): Plugin {
	const virtual = new Map([
		[SITE_MODULE, `export const site = ${JSON.stringify({ key: modules.key, contentDir: modules.contentDir })};\n`],
		[CUSTOM_CSS_MODULE, modules.customCss.map((file) => `import ${JSON.stringify(file)};\n`).join('')],
	]);
	const replacementFiles = new Set(modules.replacements.values());
	return {
		name: 'rolebook',
		enforce: 'pre',
		async resolveId(source, importer, options) {
			if (virtual.has(source)) return `\0${source}`;
			if (modules.replacements.size === 0 || !importer || !source.endsWith('.astro')) return undefined;
			if (replacementFiles.has(withoutQuery(importer))) return undefined;
			const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
			return (resolved && modules.replacements.get(path.normalize(withoutQuery(resolved.id)))) ?? undefined;
		},
		load(id) {
			return id.startsWith('\0') ? virtual.get(id.slice(1)) : undefined;
		},
	};
}

function withoutQuery(id: string): string {
	const query = id.indexOf('?');
	return path.normalize(query === -1 ? id : id.slice(0, query));
}
