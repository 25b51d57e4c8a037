/** The browser tests drive the same system Chromium as `npm run pdf`. */
export { chromiumPath, launchChromium } from '../../../src/pdf/chromium.ts';
