import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { describeSpecialFile, type ContentFileRef } from './content-files.ts';
import type { Reporter } from './reporter.ts';

/**
 * The bytes of one listed content file, or nothing (with the reason reported). The file
 * is opened without waiting, and read only if it is still a regular file: a pipe put in
 * place of a file after it was listed cannot hang the command.
 */
export function readContentFile(file: Pick<ContentFileRef, 'absolutePath' | 'displayPath'>, reporter: Reporter): Buffer | undefined {
	const at = { file: file.displayPath, line: 1, column: 1 };
	let fd: number;
	try {
		fd = openSync(file.absolutePath, constants.O_RDONLY | constants.O_NONBLOCK);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'EACCES' || code === 'EPERM') reporter.error('unreadable', at, 'cannot be read: permission denied; make it readable');
		else if (code === 'ELOOP') reporter.error('unusual-file', at, 'is a loop of symbolic links; remove it or link to a real file');
		else if (code === 'EISDIR') reporter.error('unusual-file', at, 'is a folder, not a file');
		else reporter.error('unreadable', at, `cannot be read: ${code === 'ENOENT' ? 'it disappeared while being read' : (error as Error).message}`);
		return undefined;
	}
	try {
		const stats = fstatSync(fd);
		if (!stats.isFile()) {
			reporter.error('unusual-file', at, `is ${stats.isDirectory() ? 'a folder' : describeSpecialFile(stats)}, not a file; only regular files are read`);
			return undefined;
		}
		return readFileSync(fd);
	} catch (error) {
		reporter.error('unreadable', at, `cannot be read: ${(error as Error).message}`);
		return undefined;
	} finally {
		closeSync(fd);
	}
}
