import type { Dictionary } from '../en';
import { forWhom } from './audiences';

export default {
  contentNote: 'À propos de cette page :',
  printableChecklist: 'Liste à cocher à imprimer',
  callCard: {
    title: 'Fiche d’appel',
    redFlags: 'Signaux d’alerte',
    redFlagsNote: 'Au moindre de ces signaux : suivez la procédure d’alerte de votre ligne.',
    questions: 'Questions ouvertes',
    nextSteps: 'Suites à donner',
    referrals: 'Vers qui orienter',
    referralWhen: ' : ',
    from: (url) => `Fiche d’appel tirée de ${url}`,
  },
  callCardTools: {
    print: 'Imprimer cette fiche d’appel',
    sendCaller: 'Envoyer un lien à la personne qui appelle :',
    youngPeoplesGuide: 'Guide pour les jeunes',
    parentsGuide: 'Guide pour les parents',
    onMac: 'sur Mac',
    backToCard: 'vous ramène à la fiche d’appel.',
  },
  guideLabel: (title, audience) => `Guide « ${title} » ${forWhom(audience)}`,
  checklistLabel: (title, audience) => `Liste à cocher « ${title} » ${forWhom(audience)}`,
  checklist: {
    title: (topic) => `Liste à cocher : ${topic}`,
    description: (guideTitle, audience) =>
      `Une liste à cocher à imprimer, avec ce qu’il faut faire, tirée du guide « ${guideTitle} » ${forWhom(audience)}.`,
    crumb: 'Liste à cocher',
    print: 'Imprimer cette liste',
    fullGuide: 'Guide complet :',
    tickNote: 'Cochez chaque étape au fur et à mesure. Rien de ce que vous cochez n’est enregistré.',
    readGuide: 'Lire le guide complet',
    scanQr: 'Scanner pour ouvrir le guide complet',
  },
  record: {
    title: 'Garder une trace',
    what: 'À chaque fois, notez la date, l’appli, le pseudo ou le lien, ce qui s’est passé et le numéro de signalement s’il y en a un. Ne copiez, n’enregistrez et ne transférez jamais une image nue ou sexuelle, même comme preuve.',
    columns: ['Date', 'Appli, site', 'Pseudo, lien', 'Les faits', 'N° de signalement'],
  },
  links: {
    title: 'Pour aller plus loin',
    sameTopic: (topic) => `${topic} : les autres guides`,
    otherAudience: (audience) => audience.hubTitle,
    related: 'Sujets proches',
  },
  sources: {
    title: 'D’où viennent ces conseils',
    checkedOn: 'Dernière vérification d’après ces sources : le',
  },
  copyLink: {
    button: 'Copier le lien',
    buttonLabel: (label) => `Copier le lien : ${label}`,
    copied: 'Lien copié ({label}) : {url}',
    notCopied: 'Impossible de copier. Sélectionnez l’adresse et copiez-la à la main : {url}',
  },
  offline: {
    title: 'Utiliser les guides sans connexion',
    why: 'Si votre connexion coupe pendant un appel ou un tchat, une copie hors ligne vous permet de continuer à ouvrir les guides et à y chercher sur cet appareil.',
    what: 'L’activer enregistre une copie de chaque page et de la recherche sur cet appareil, dans ce navigateur seulement. Elle occupe quelques mégaoctets. Quand les guides changent, la copie se met à jour d’elle-même la prochaine fois que vous ouvrez le site avec une connexion.',
    warning: 'Toute personne qui utilise ce navigateur sur cet appareil pourrait voir que le site y a été enregistré.',
    warningRest:
      'Elle est prévue pour l’appareil de travail d’une ligne d’aide : ne l’activez pas sur un appareil partagé ou familial, ni sur le téléphone d’un jeune.',
    remove:
      'Pour la supprimer, revenez sur cette page et choisissez « Supprimer la copie hors ligne de cet appareil ». Effacer les données de ce site dans les réglages du navigateur la supprime aussi.',
    unsupported:
      'Une copie hors ligne a besoin de JavaScript et d’un navigateur qui prend en charge les service workers. L’un des deux manque ici : JavaScript est peut-être désactivé, ou il s’agit peut-être d’une fenêtre de navigation privée.',
    switchOn: 'Garder ces guides disponibles hors ligne sur cet appareil',
    switchOff: 'Supprimer la copie hors ligne de cet appareil',
    says: {
      on: 'Cet appareil a une copie hors ligne des guides.',
      storing: 'Enregistrement des guides sur cet appareil. Avec une connexion lente, cela peut prendre une minute.',
      ready:
        'La copie hors ligne est prête. Cet appareil peut maintenant ouvrir chaque guide et y chercher sans connexion.',
      'not-stored': 'Impossible d’enregistrer les guides, et rien n’a été gardé. Vérifiez la connexion et réessayez.',
      removed: 'La copie hors ligne a été supprimée de cet appareil.',
      'not-removed':
        'Impossible de supprimer la copie hors ligne. Effacez plutôt les données de ce site dans les réglages du navigateur.',
    },
  },
} satisfies Dictionary['guide'];
