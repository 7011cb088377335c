import type { Dictionary } from '../en';

export default {
  name: 'Guides de sécurité en ligne',
  tagline:
    'Des conseils clairs et fiables quand quelque chose tourne mal en ligne, pour les jeunes, les parents et les écoutants des lignes d’aide.',
  skipToContent: 'Aller au contenu principal',
  exitNow: 'Quitter cette page maintenant',
  mainNav: 'Menu principal',
  home: 'Accueil',
  breadcrumbs: 'Fil d’Ariane',
  languages: 'Langues',
  readIn: 'Lire cette page en',
  quickExit: {
    button: 'Quitter cette page',
    hint: 'Ou appuyez 3 fois sur Maj.',
    safety: 'Utiliser ce site en sécurité',
    leavingTitle: 'Chargement',
    pressesLeft: 'Touche Maj enfoncée. Appuyez encore {n} fois pour quitter cette page.',
    pressLeft: 'Touche Maj enfoncée. Appuyez encore 1 fois pour quitter cette page.',
    leaving: 'Vous quittez cette page.',
  },
  footer: {
    about: 'À propos de ces guides et de leurs sources',
    search: 'Rechercher',
    terms: 'Les mots que nous employons',
    background: 'Comment les jeunes utilisent le numérique',
    schools: 'Pour les écoles',
    basedOn:
      'D’après les Internet Safety Guides de la GSMA et de Child Helpline International, et les conseils de la police.',
    licenceBefore: 'Nos propres textes peuvent être réutilisés librement sous licence',
    licence: 'Creative Commons Attribution 4.0',
    leaveFast:
      'Pour partir vite, utilisez le bouton rouge « Quitter cette page » ou appuyez 3 fois sur Maj. Ce site ne dépose aucun cookie et n’utilise aucun traceur, mais votre navigateur garde un historique :',
    safety: 'utiliser ce site en sécurité',
  },
} satisfies Dictionary['site'];
