import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, ImpactValue, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
/** axe-core's browser bundle, injected into each page as a script. */
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const BLOCKING: readonly ImpactValue[] = ['serious', 'critical'];

export interface AxeViolation {
	id: string;
	impact: ImpactValue;
	help: string;
	helpUrl: string;
	/** One entry per failing element: its selector, then axe's summary of why. */
	nodes: { target: string; html: string; summary: string }[];
}

interface AxeWindow {
	axe: { run(context: Document, options: RunOptions): Promise<AxeResults> };
}

/**
 * Runs axe-core on the page as it is now and returns the violations whose impact is
 * serious or critical (minor and moderate ones are left to review).
 */
export async function seriousViolations(page: Page, options: RunOptions = {}): Promise<AxeViolation[]> {
	await page.evaluate(() => document.fonts.ready.then(() => undefined));
	const alreadyInjected = await page.evaluate(() => 'axe' in window);
	if (!alreadyInjected) await page.addScriptTag({ content: AXE_SOURCE });
	const violations = await page.evaluate(async (runOptions) => {
		const { axe } = window as unknown as AxeWindow;
		const results = await axe.run(document, runOptions);
		return results.violations.map((violation) => ({
			id: violation.id,
			impact: violation.impact ?? null,
			help: violation.help,
			helpUrl: violation.helpUrl,
			nodes: violation.nodes.map((node) => ({
				target: node.target.map((part) => (Array.isArray(part) ? part.join(' >>> ') : String(part))).join(' ⟶ '),
				html: node.html,
				summary: node.failureSummary ?? '',
			})),
		}));
	}, options);
	return violations.filter((v): v is AxeViolation => v.impact !== null && BLOCKING.includes(v.impact));
}

/** Violations as a human reads them in a failing test's message. */
export function formatViolations(violations: readonly AxeViolation[], where = ''): string {
	if (violations.length === 0) return `${where ? `${where}: ` : ''}no serious or critical accessibility violations`;
	const lines = [`${where ? `${where}: ` : ''}${violations.length} serious/critical accessibility violation(s)`];
	for (const violation of violations) {
		lines.push('', `  [${violation.impact}] ${violation.id}: ${violation.help}`, `    ${violation.helpUrl}`);
		for (const node of violation.nodes) {
			lines.push(`    - ${node.target}`, `      ${node.html.length > 160 ? `${node.html.slice(0, 157)}...` : node.html}`);
			for (const line of node.summary.split('\n').filter(Boolean)) lines.push(`      ${line}`);
		}
	}
	return lines.join('\n');
}
