/** Fails fast, with the fix, when the built site these tests read is missing. */
import { distExists } from './dist';

export default function requireBuild(): void {
  if (!distExists()) throw new Error('dist/ is missing: run `npm run build` first (`npm test` does it for you).');
}
