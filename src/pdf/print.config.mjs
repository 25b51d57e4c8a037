// @ts-check
// The site's configuration for a build that is printed and thrown away: people are loaded
// even when the site does not publish them, so sheets can carry names (npm run pdf -- --resign).
import config from '../../astro.config.mjs';
import { rolebook } from '../integration/rolebook.ts';

export default { ...config, integrations: [rolebook({ content: './content', printPeople: true })] };
