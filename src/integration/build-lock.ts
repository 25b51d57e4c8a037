import { openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';

/** Another build holds the lock on this output folder. */
export class BuildLockedError extends Error {}

/**
 * One build at a time per output folder: `<outDir>.lock` holds the builder's process id.
 * A lock whose process is gone (a killed build) is taken over. Released when the
 * process exits, however it exits.
 */
export function acquireBuildLock(finalDir: string): () => void {
	const lockFile = `${finalDir}.lock`;
	for (let attempt = 0; attempt < 2; attempt++) {
		try {
			const fd = openSync(lockFile, 'wx');
			writeSync(fd, String(process.pid));
			closeSync(fd);
			let released = false;
			const release = () => {
				if (released) return;
				released = true;
				rmSync(lockFile, { force: true });
				process.off('exit', release);
			};
			process.on('exit', release);
			return release;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
			const holder = Number.parseInt(readText(lockFile), 10);
			if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && isRunning(holder)) {
				throw new BuildLockedError(`another build is running (process ${holder}) and writing "${finalDir}"; wait for it to finish, or stop it and build again`);
			}
			rmSync(lockFile, { force: true }); // left by a build that was killed
		}
	}
	throw new BuildLockedError(`cannot take the build lock "${lockFile}"; another build may have just started`);
}

function readText(file: string): string {
	try {
		return readFileSync(file, 'utf8');
	} catch {
		return '';
	}
}

function isRunning(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}
