/** Rewrites the README's Performance table, which sits between two markers, so it always shows the latest run. */

export const START_MARKER = '<!-- bench:start -->';
export const END_MARKER = '<!-- bench:end -->';

/** `readme` with everything between the markers replaced by `content`; the markers and the rest stay as they were. */
export function replaceBenchSection(readme: string, content: string): string {
  const start = readme.indexOf(START_MARKER);
  const end = readme.indexOf(END_MARKER);
  const once = (marker: string, at: number) => at !== -1 && readme.indexOf(marker, at + marker.length) === -1;
  if (!once(START_MARKER, start) || !once(END_MARKER, end) || end < start) {
    throw new Error(`README.md needs ${START_MARKER} and then ${END_MARKER}, once each, around the bench's table`);
  }
  return `${readme.slice(0, start + START_MARKER.length)}\n${content.trim()}\n${readme.slice(end)}`;
}
