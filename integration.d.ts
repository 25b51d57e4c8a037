export { rolebook, rolebook as default, type RolebookUserOptions } from './src/integration/rolebook.ts';
