import type { Dictionary } from '../en';

/**
 * French names an audience with its article (« pour les parents »), so phrases are built from the hub's title
 * with a lower-case first letter rather than from the short label.
 */
export const forWhom = (audience: { hubTitle: string }): string =>
  audience.hubTitle.charAt(0).toLocaleLowerCase('fr') + audience.hubTitle.slice(1);

export default {
  'young-people': {
    label: 'Jeunes',
    hubTitle: 'Pour les jeunes',
    description: 'Quelque chose en ligne t’a blessé ou inquiété. Découvre ce que tu peux faire tout de suite.',
  },
  parents: {
    label: 'Parents',
    hubTitle: 'Pour les parents',
    description:
      'Votre enfant a eu un problème en ligne. Les premiers gestes, quoi lui dire et où signaler, calmement.',
  },
  counsellors: {
    label: 'Écoutants',
    hubTitle: 'Pour les écoutants des lignes d’aide',
    description:
      'Pendant un appel ou un tchat : signaux d’alerte, questions ouvertes, suites à donner et orientations.',
  },
} satisfies Dictionary['audiences'];
