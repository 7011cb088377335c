import { expect, test } from 'vitest';
import { checkContent } from '../../src/lib/content-check';
import { readContent } from '../../src/build/content-files';

test('the site’s own topics and guides pass the content check', async () => {
  const { topics, guides } = await readContent(new URL('../../', import.meta.url).pathname);

  expect(checkContent(topics, guides)).toEqual([]);
  expect(topics.length).toBeGreaterThan(0);
});
