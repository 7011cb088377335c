/** The three audiences every topic is written for, in the order the site shows them. */
export const AUDIENCES = ['young-people', 'parents', 'counsellors'] as const;

export type Audience = (typeof AUDIENCES)[number];

interface AudienceInfo {
  /** Short name used in navigation, breadcrumbs, filters and search results. */
  label: string;
  /** The hub's heading and the door's title on the home page. */
  hubTitle: string;
  /** One line under the door on the home page and under the hub's heading. */
  description: string;
}

export const AUDIENCE_INFO: Record<Audience, AudienceInfo> = {
  'young-people': {
    label: 'Young people',
    hubTitle: 'For young people',
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
