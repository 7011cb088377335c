/** The three audiences, as each language names them (their ids and addresses stay the same in every language). */
export default {
  'young-people': {
    /** Short name used in navigation, breadcrumbs, filters and search results. */
    label: 'Young people',
    /** The hub's heading and the door's title on the home page. */
    hubTitle: 'For young people',
    /** One line under the door on the home page and under the hub's heading. */
    description: 'Something online has upset or worried you. Find out what you can do now.',
  },
  parents: {
    label: 'Parents and carers',
    hubTitle: 'For parents and carers',
    description: 'Your child has had a problem online. Calm first steps, what to say and where to report.',
  },
  counsellors: {
    label: 'Helpline counsellors',
    hubTitle: 'For helpline counsellors',
    description: 'On a call or chat: red flags, open questions, next steps and referral routes.',
  },
};
