import type { Dictionary } from '../en';

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
