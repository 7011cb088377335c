/** Les textes de l'interface en français, du même type que l'anglais (src/i18n/en/index.ts). */
import type { Dictionary } from '../en';
import audiences from './audiences';
import guide from './guide';
import help from './help';
import meta from './meta';
import pages from './pages';
import search from './search';
import site from './site';

const fr: Dictionary = { meta, site, audiences, guide, help, search, pages };

export default fr;
