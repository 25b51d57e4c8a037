// The `rolebook` entry point: `import rolebook from 'rolebook'` in astro.config.mjs.
// Installed under node_modules, where Node.js runs no TypeScript, it loads the compiled
// integration from lib/; in a checkout of the repository it loads the source itself.
import { fileURLToPath } from 'node:url';

const installed = fileURLToPath(import.meta.url).split(/[\\/]/).includes('node_modules');
const { rolebook } = installed ? await import('./lib/src/integration/rolebook.js') : await import('./src/integration/rolebook.ts');

export { rolebook };
export default rolebook;
