/** Reads `src/content/glossary.yaml`, a plain list of terms, giving each entry an id made from its term. */
import { load as loadYaml } from 'js-yaml';
import { termId } from '../schemas/glossary-term';

export const GLOSSARY_FILE = 'src/content/glossary.yaml';

export function parseGlossary(text: string): Record<string, unknown>[] {
  const entries = loadYaml(text);
  if (!Array.isArray(entries))
    throw new Error(`${GLOSSARY_FILE}: must be a list of terms, each starting with "- term:"`);
  return entries.map((entry: Record<string, unknown>) => ({
    id: typeof entry?.term === 'string' ? termId(entry.term) : undefined,
    ...entry,
  }));
}
