/**
 * The three audiences every topic is written for, in the order the site shows them. Their names, in each
 * language, are in the dictionaries (src/i18n/<lang>/audiences.ts).
 */
export const AUDIENCES = ['young-people', 'parents', 'counsellors'] as const;

export type Audience = (typeof AUDIENCES)[number];
