import type { Dictionary } from '../en';
import { forWhom } from './audiences';

export default {
  searchGuides: 'Chercher dans les guides',
  chooseAdvice: 'Choisissez les conseils écrits pour vous',
  home: {
    title: 'De l’aide quand quelque chose tourne mal en ligne',
    placeholder: 'Par exemple : chantage, inconnu, nudes',
    covers: 'Les sujets des guides',
    topicSep: ' : ',
    readFor: 'À lire',
    readForAudience: forWhom,
  },
  hub: {
    description: (audienceLine) =>
      `${audienceLine} Des guides sur chaque sujet, chacun avec sa liste à cocher à imprimer.`,
    checklistOf: (guideTitle) => ` du guide « ${guideTitle} »`,
  },
  schools: {
    title: 'Pour les écoles',
    description:
      'Chaque guide et chaque liste à cocher à imprimer, avec un lien qui ne changera pas, prêt à partager avec les élèves et les familles.',
    lead: (siteName) =>
      `Tous les guides et toutes les listes à cocher du site ${siteName}, avec leur adresse. Ces adresses ne changeront pas : vous pouvez les mettre sans crainte dans vos courriers, vos lettres d’information et vos séquences de cours.`,
    intro:
      'Envoyez aux élèves le guide pour les jeunes, et aux familles le guide pour les parents. Chaque guide a une liste à cocher qui tient sur une page imprimée. Vous pouvez aussi imprimer d’un coup toutes les listes à cocher d’un même public.',
    // « les 10 listes », but « la liste » when there is only one.
    printAll: (n, audience) =>
      n > 1
        ? `Imprimer les ${n} listes à cocher ${forWhom(audience)}`
        : `Imprimer la liste à cocher ${forWhom(audience)}`,
    guide: 'Guide :',
    checklist: 'Liste à cocher :',
  },
  pack: {
    title: (audience) => `Toutes les listes à cocher ${forWhom(audience)}`,
    description: (audience) =>
      `Chaque liste à cocher à imprimer ${forWhom(audience)}, un sujet par page, pour tout imprimer d’un coup.`,
    crumb: (audience) => `Listes à cocher ${forWhom(audience)}`,
    lead: (n) =>
      n > 1
        ? `${n} listes à cocher, une par sujet. Chacune s’imprime sur sa propre page.`
        : `${n} liste à cocher, qui s’imprime sur sa propre page.`,
    print: (n) => (n > 1 ? `Imprimer les ${n} listes` : 'Imprimer la liste'),
  },
  notFound: {
    title: 'Page introuvable',
    description:
      'Il n’y a pas de page à cette adresse. Cherchez dans les guides ou choisissez les conseils écrits pour vous.',
    lead: 'Il n’y a pas de page à cette adresse.',
    help: 'Si vous avez tapé l’adresse, vérifiez son orthographe. Si vous avez suivi un lien, la page a peut-être changé de place : cherchez-la ci-dessous, ou dites-nous qui vous êtes.',
    placeholder: 'Par exemple : chantage, inconnu',
  },
} satisfies Dictionary['pages'];
