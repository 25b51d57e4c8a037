import { spawnSync } from 'node:child_process';
import { ROOT } from './content.ts';

function run(command: string, args: string[]): string {
	const result = spawnSync(command, args, { encoding: 'utf8' });
	if (result.error) throw new Error(`${command} is needed to read PDFs: install Debian's poppler-utils (${result.error.message})`);
	if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`);
	return result.stdout;
}

/** The text of a PDF, or of one of its pages (1-based), as poppler's pdftotext reads it. */
export function pdfText(file: string, page?: number): string {
	return run('pdftotext', [...(page ? ['-f', String(page), '-l', String(page)] : []), '-enc', 'UTF-8', file, '-']);
}

export function pdfInfo(file: string): { pages: number; pageSize: string } {
	const info = run('pdfinfo', [file]);
	return { pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]), pageSize: /^Page size:\s+(.*)$/m.exec(info)?.[1] ?? '' };
}

/** Text with all white space removed: line wrapping in the PDF does not matter then. */
export function squeeze(text: string): string {
	return text.replace(/\s+/g, '');
}

/** Runs `npm run pdf` the way npm would (same Node, project folder), returning its output. */
export function runPdfCommand(args: string[], env: Record<string, string> = {}): { status: number | null; output: string } {
	const result = spawnSync(process.execPath, ['src/cli/pdf.ts', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env }, timeout: 300_000 });
	return { status: result.status, output: `${result.stdout}${result.stderr}` };
}
