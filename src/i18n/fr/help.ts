import type { Dictionary } from '../en';

// Le français dit « en France », « en Iran », mais « au Canada », « aux États-Unis », « à Maurice » : chaque nom
// de pays a sa préposition. « en » pour tous les autres (noms féminins, ou commençant par une voyelle). À
// compléter quand un pays qui la demande reçoit son premier service.
const AU = new Set('BF BI BJ BR CA CD CG CM DK GA GB JP LB LU MA ML MX NE PT QA RW SN TD TG VN'.split(' '));
const AUX = new Set(['AE', 'BS', 'KM', 'MV', 'NL', 'PH', 'SC', 'US']);
const A = new Set(['CU', 'CY', 'DJ', 'MC', 'MG', 'MT', 'MU', 'SG']);
const preposition = (code: string): string => (AU.has(code) ? 'au' : AUX.has(code) ? 'aux' : A.has(code) ? 'à' : 'en');

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

export default {
  whereToGetHelp: 'Où trouver de l’aide',
  // « en Belgique, au Canada et aux États-Unis » : la préposition devant chaque pays.
  inCountries: (countries, list) => list(countries.map(({ code, name }) => `${preposition(code)} ${name}`)),
  listLocale: 'fr',
  colon: ' : ',
  anywhereElse: 'Ailleurs dans le monde',
  homeCountries: ['BE', 'CA', 'CH', 'FR', 'LU', 'MA'],
  box: {
    whereYouLive: 'De l’aide dans votre pays',
    otherCountries: 'Autres pays',
    everyPlace: 'Tous les endroits où trouver de l’aide',
    everyPlaceAfter: ', avec la page où nous avons vérifié chaque numéro et chaque lien.',
  },
  checklist: {
    showHelpFor: 'Afficher l’aide pour',
    anywhere: 'Partout',
    allPlaces: 'Tous les endroits où trouver de l’aide',
    allPlacesPrinted: (url) => `Toute l’aide, avec ses sources : ${url}`,
  },
  firstLines: {
    emergencyNone: 'En cas de danger immédiat, appelez le numéro d’urgence de votre pays.',
    emergencyCall: 'En cas de danger immédiat, appelez le',
    emergencyCallLocal: 'En cas de danger immédiat, appelez le numéro d’urgence de votre pays :',
    crisis: 'Si vous pensez à mettre fin à vos jours ou à vous faire du mal,',
    crisisNone: 'parlez-en à quelqu’un tout de suite : appelez le numéro d’urgence de votre pays ou trouvez une ',
    crisisNoneLink: 'ligne d’écoute près de chez vous',
    crisisLines: 'une ligne d’écoute de crise peut vous aider tout de suite :',
    on: ' au ',
    text: ', par SMS au ',
  },
  picks: {
    apps: 'Signaler dans l’appli',
    appsAfter: ' : comment signaler et bloquer sur ',
    appsSources: 'sources',
    appsSourcesFor: ' des pages des applis',
  },
  source: {
    link: 'source',
    linkFor: (what) => ` pour ${what}`,
    checked: ', vérifiée le ',
    label: 'Source : ',
    siteFor: (what) => `, pour ${what}`,
  },
  contact: {
    call: 'Appeler le ',
    text: 'SMS au ',
    chat: 'Discuter en ligne',
    chatWith: (name) => ` avec ${name}`,
  },
  facts: {
    for: 'Pour',
    where: 'Où',
    does: 'Ce qu’il propose',
    call: 'Téléphone',
    text: 'SMS',
    chat: 'Tchat',
    web: 'Site web',
    hours: 'Horaires',
    runBy: 'Géré par',
  },
  kinds: {
    emergency: { heading: 'En cas d’urgence', label: 'urgences' },
    crisis: {
      heading: 'Si vous pensez à vous faire du mal',
      label: 'soutien si vous pensez à vous faire du mal',
    },
    talk: { heading: 'Parler à quelqu’un', label: 'écoute' },
    police: { heading: 'Prévenir la police', label: 'signalement à la police' },
    'report-images': {
      heading: 'Signaler des images sexuelles d’enfants',
      label: 'signalement d’images sexuelles d’enfants',
    },
    'remove-images': { heading: 'Faire retirer des images intimes', label: 'retrait d’images intimes' },
    'report-to-platform': { heading: 'Signaler à l’appli ou au site', label: 'signalement à une appli ou un site' },
    advice: { heading: 'Conseils et aide pour signaler', label: 'conseils' },
  },
  also: 'Aussi :',
  see: 'Voir :',
  groups: {
    'young-people': 'jeunes',
    adults: 'adultes',
    parents: 'parents',
    professionals: 'professionnels',
  },
  forAges: (who, min, max) => {
    if (min !== undefined && max !== undefined) return `${who} de ${min} à ${max} ans`;
    if (max !== undefined) return `${who} jusqu’à ${max} ans`;
    if (min !== undefined) return `${who} à partir de ${min} ans`;
    return who;
  },
  international: 'International',
  index: {
    description: (inCountries) =>
      `Numéros d’urgence, lignes d’écoute et services pour signaler les violences en ligne ${inCountries}, et services accessibles de partout.`,
    inDanger: 'En cas de danger immédiat',
    callLocal: 'Appelez le numéro d’urgence de votre pays.',
    callIn: (inCountries) => `${capitalise(inCountries)}, appelez le `,
    elsewhereCall: 'Ailleurs, appelez le numéro d’urgence de votre pays.',
    chooseWhere: 'Choisissez votre pays',
    chooseIntro:
      'La page de chaque pays donne ses lignes d’écoute, la police et les services de signalement, puis les services qui ne dépendent d’aucun pays. Ce que vous choisissez ici n’est enregistré nulle part.',
    anywhereIntro:
      'Ces services ne dépendent d’aucun pays. Pour chacun, nous donnons la page où nous avons trouvé ses coordonnées et la date de notre vérification.',
  },
  country: {
    title: (inCountry) => `Où trouver de l’aide ${inCountry}`,
    description: (inCountry) =>
      `Numéros d’urgence, lignes d’écoute et services pour signaler les violences en ligne ${inCountry}, chacun avec la page où nous l’avons vérifié.`,
    intro: (inCountry) =>
      `Sous chaque titre, les services ${inCountry} viennent d’abord, puis ceux qui ne dépendent d’aucun pays. Pour chacun, nous donnons la page où nous avons trouvé ses coordonnées et la date de notre vérification.`,
    elsewhere: 'Dans un autre pays',
  },
} satisfies Dictionary['help'];
