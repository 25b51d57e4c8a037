/**
 * Several commands measured in alternating rounds (round 1 runs each command once, then
 * round 2, …), so a stretch of other work on a shared machine slows one run of each
 * command rather than every run of one; the medians are then compared.
 */
import { measure, type Measurement } from './measure-process.ts';
import { median } from './statistics.ts';

export interface BenchCommand {
	/** The name figures are reported under: `validate`, `build`, `floor`, `peer`. */
	name: string;
	command: string;
	args: string[];
	/** Added to the environment of the command. */
	env?: Record<string, string>;
	cwd?: string;
	/** Runs before each measured run, untimed: removes what the previous run left (output, caches), so every run starts cold. */
	prepare?: () => void;
}

export interface CommandFigures {
	/** The runs that succeeded, in round order. */
	runs: Measurement[];
	/** Median wall time of `runs` (NaN when none succeeded). */
	milliseconds: number;
	/** Median of the runs' peak resident memory, whole process tree. */
	peakRssBytes: number;
	/** Set when a run failed: the exit status and the end of its output. The command is not run again after a failure. */
	failure: string | undefined;
}

/** Called after every run, for progress on long benches. */
export type RunListener = (name: string, round: number, measurement: Measurement) => void;

function describeFailure(command: BenchCommand, measurement: Measurement): string {
	return `${command.name} failed (exit status ${measurement.status}):\n${measurement.output.slice(-4000)}`;
}

function figuresOf(runs: Measurement[], failure: string | undefined): CommandFigures {
	return {
		runs,
		milliseconds: median(runs.map((run) => run.milliseconds)),
		peakRssBytes: median(runs.map((run) => run.peakRssBytes)),
		failure,
	};
}

/**
 * Runs every command `rounds` times in alternating rounds and returns each command's
 * median wall time and peak memory, by name. A command that fails is reported with its
 * output and left out of later rounds; the others go on.
 */
export async function measureInRounds(commands: readonly BenchCommand[], rounds: number, onRun: RunListener = () => {}): Promise<Map<string, CommandFigures>> {
	const runs = new Map(commands.map((command) => [command.name, [] as Measurement[]]));
	const failures = new Map<string, string>();
	for (let round = 1; round <= rounds; round++) {
		for (const command of commands) {
			if (failures.has(command.name)) continue;
			command.prepare?.();
			const measurement = await measure(command.command, command.args, command.env ?? {}, command.cwd);
			onRun(command.name, round, measurement);
			if (measurement.status === 0) runs.get(command.name)!.push(measurement);
			else failures.set(command.name, describeFailure(command, measurement));
		}
	}
	return new Map(commands.map((command) => [command.name, figuresOf(runs.get(command.name)!, failures.get(command.name))]));
}
