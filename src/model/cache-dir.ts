import path from 'node:path';

/** Where Rolebook keeps what it can make again (the history of the sheets, parsed files): never in the content folder. */
export const DEFAULT_CACHE_DIR = path.resolve(import.meta.dirname, '../../node_modules/.cache/rolebook');
