import type { Dictionary } from '../en';

// Guillemets hold no-break spaces (\u00a0), so that a line never breaks inside them.

export default {
  title: 'Rechercher dans les guides',
  button: 'Rechercher',
  page: {
    description: 'Cherchez dans tous les guides avec vos propres mots, et choisissez à qui ils s’adressent.',
    breadcrumb: 'Recherche',
    intro:
      'Tapez les mots que vous emploieriez, par exemple «\u00a0chantage\u00a0», «\u00a0inconnu\u00a0» ou «\u00a0nudes\u00a0». Les résultats s’affichent pendant que vous tapez.',
    noScript:
      'La recherche a besoin de JavaScript, qui est désactivé dans ce navigateur. Vous pouvez quand même accéder à tous les guides : choisissez ci-dessous qui vous êtes.',
    showFor: 'Afficher les guides pour',
    everyone: 'Tout le monde',
    showingOnly: {
      'young-people': 'Seuls les guides pour les jeunes sont affichés.',
      parents: 'Seuls les guides pour les parents sont affichés.',
      counsellors: 'Seuls les guides pour les écoutants sont affichés.',
    },
    keys: [
      { key: '↑' },
      ' ',
      { key: '↓' },
      ' pour choisir, ',
      { key: 'Entrée' },
      ' pour ouvrir, ',
      { key: 'Ctrl' },
      '+',
      { key: 'Entrée' },
      ' pour ouvrir dans un nouvel onglet.',
    ],
  },
  glossary: {
    quote: (word: string) => `«\u00a0${word}\u00a0»`,
    also: (words: string) => `On dit aussi ${words}.`,
    insteadOf: (words: string) => `Nous employons ce terme plutôt que ${words}.`,
  },
  browser: {
    close: 'Fermer',
    closeWhat: 'la recherche',
    placeholder: 'Par exemple : chantage, inconnu',
    counsellorPlaceholder: 'Tapez les mots de la personne qui appelle',
    counsellorsOnly: 'Guides pour les écoutants uniquement',
    counsellorsOnlyNote: 'Seuls les guides pour les écoutants sont affichés.',
    results: 'Guides trouvés',
    keys: [
      { key: '↑' },
      ' ',
      { key: '↓' },
      ' pour choisir, ',
      { key: 'Entrée' },
      ' pour ouvrir (',
      { key: 'Ctrl' },
      '+',
      { key: 'Entrée' },
      ' dans un nouvel onglet), ',
      { key: 'Échap' },
      ' pour fermer.',
    ],
    scopeKey: [
      'Avec «\u00a0Guides pour les écoutants uniquement\u00a0» activé, ',
      { key: 'Retour arrière' },
      ' dans le champ vide le désactive.',
    ],
    more: 'Tous les résultats, avec des filtres',
    found: { one: '{n} guide trouvé pour «\u00a0{q}\u00a0».', other: '{n} guides trouvés pour «\u00a0{q}\u00a0».' },
    weak: {
      one: 'Aucun guide ne correspond vraiment à «\u00a0{q}\u00a0». Voici le plus proche, et où parler à quelqu’un tout de suite.',
      other:
        'Aucun guide ne correspond vraiment à «\u00a0{q}\u00a0». Voici les {n} plus proches, et où parler à quelqu’un tout de suite.',
    },
    redFlags: 'Signaux d’alerte',
    guideLabel: '{guide}, {audience}',
    sectionLabel: '{section} : {guide}',
    audienceFor: {
      'young-people': 'pour les jeunes',
      parents: 'pour les parents',
      counsellors: 'pour les écoutants',
    },
    help: {
      title: 'Parler à quelqu’un maintenant',
      summary: 'Lignes d’aide, lignes d’écoute de crise et police près de chez vous',
      label: 'Parler à quelqu’un maintenant : lignes d’aide, lignes d’écoute de crise et police près de chez vous',
    },
  },
} satisfies Dictionary['search'];
