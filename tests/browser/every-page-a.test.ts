/** Half of the site's pages (the other half: every-page-b.test.ts), checked as tests/helpers/every-page.ts says. */
import { checkEveryPage } from '../helpers/every-page';

checkEveryPage(0, 2);
