import type { AstroIntegration } from 'astro';
import { setLoadResult } from '../model/current-organization.ts';
import { formatDiagnostic, formatSummary, loadOrganization } from '../model/index.ts';

/**
 * Loads the content folder once, before Astro starts, and prints its problems exactly
 * as `npm run validate` does. A build with errors stops here, before anything is written.
 */
export function rolebook(): AstroIntegration {
	return {
		name: 'rolebook',
		hooks: {
			'astro:config:setup': ({ command, updateConfig }) => {
				const result = loadOrganization();
				setLoadResult(result);
				if (result.diagnostics.length > 0) {
					for (const diagnostic of result.diagnostics) console.error(formatDiagnostic(diagnostic));
					console.error(formatSummary(result.diagnostics, result.fileCount));
				}
				if (command === 'build' && result.errorCount > 0) {
					throw new Error(`The content in ${result.contentDir} has errors (listed above); nothing was built.`);
				}
				updateConfig({ base: result.organization.site.base });
			},
		},
	};
}
