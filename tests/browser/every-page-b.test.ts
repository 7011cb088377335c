/** Half of the site's pages (the other half: every-page-a.test.ts), checked as tests/helpers/every-page.ts says. */
import { checkEveryPage } from '../helpers/every-page';

checkEveryPage(1, 2);
