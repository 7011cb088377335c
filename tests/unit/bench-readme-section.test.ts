import { describe, expect, test } from 'vitest';
import { END_MARKER, replaceBenchSection, START_MARKER } from '../../tools/bench/readme-section';

describe('replaceBenchSection', () => {
  test('replaces only what is between the markers, keeping them', () => {
    const readme = `# Site\n\n## Performance\n\nIntro.\n\n${START_MARKER}\nold table\n${END_MARKER}\n\n## After\n`;

    expect(replaceBenchSection(readme, '| new | table |\n')).toBe(
      `# Site\n\n## Performance\n\nIntro.\n\n${START_MARKER}\n| new | table |\n${END_MARKER}\n\n## After\n`,
    );
  });

  test('fills markers that have nothing between them', () => {
    expect(replaceBenchSection(`${START_MARKER}${END_MARKER}`, 'table')).toBe(`${START_MARKER}\ntable\n${END_MARKER}`);
  });

  test.each([
    ['no markers', '# Site\n'],
    ['only the start', `${START_MARKER}\n`],
    ['the end first', `${END_MARKER}\n${START_MARKER}\n`],
    ['a marker twice', `${START_MARKER}\n${END_MARKER}\n${START_MARKER}\n${END_MARKER}\n`],
  ])('refuses a README with %s', (_, readme) => {
    expect(() => replaceBenchSection(readme, 'table')).toThrow(
      `README.md needs ${START_MARKER} and then ${END_MARKER}`,
    );
  });
});
