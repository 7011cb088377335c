import type { Dictionary } from '../en';

export default {
  name: 'Français',
  locale: 'fr',
  dir: 'ltr',
  firstOfMonth: '1er',
  // Météo-France: an everyday page for readers in France, Belgium, Switzerland, Canada or Africa alike.
  exitUrl: 'https://meteofrance.com/',
} satisfies Dictionary['meta'];
