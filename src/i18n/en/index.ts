/**
 * The English interface strings, the model for every other language: `Dictionary` is this object's type, so a
 * language that leaves a string out fails the type check. One file per part of the site.
 */
import audiences from './audiences';
import guide from './guide';
import help from './help';
import meta from './meta';
import pages from './pages';
import search from './search';
import site from './site';

const en = { meta, site, audiences, guide, help, search, pages };

export type Dictionary = typeof en;
export default en;
