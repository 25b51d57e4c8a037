/** `npm run signoffs -- import FILE`: see src/history/import-signatures.ts. */
export async function main(_args: string[]): Promise<number> {
	console.error('import is not available yet');
	return 1;
}
