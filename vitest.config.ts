import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.ts'],
		// Many files build a site; Astro builds that share a working directory must not overlap.
		fileParallelism: false,
		reporters: ['default', './test/support/summary-line-reporter.ts'],
	},
});
