import { z } from 'astro/zod';
import { DEFAULT_LANG, LANGS, type Lang } from '../i18n';
import { currentCode, isCountryCode } from '../lib/countries';

const https = z.url({ protocol: /^https$/, error: 'must be a full https:// address' });

/** Who a service says it is for. */
export const HELP_GROUPS = ['young-people', 'adults', 'parents', 'professionals'] as const;

/**
 * What a service does, in the order the get-help pages list them: danger first, then crisis lines for anyone
 * thinking of suicide or self-harm, someone to talk to, the police, reporting and removing images, reporting to
 * an app, and advice.
 */
export const HELP_KINDS = [
  'emergency',
  'crisis',
  'talk',
  'police',
  'report-images',
  'remove-images',
  'report-to-platform',
  'advice',
] as const;

export type HelpGroup = (typeof HELP_GROUPS)[number];
export type HelpKind = (typeof HELP_KINDS)[number];

/** Marks a service that works from any country, such as an app's reporting page. */
export const INTERNATIONAL = 'international';

const countryCode = z.string().superRefine((code, context) => {
  if (code === INTERNATIONAL || isCountryCode(code)) return;
  const suggestion = currentCode(code);
  const hint = suggestion !== code && isCountryCode(suggestion) ? `; use "${suggestion}"` : '';
  context.addIssue({ code: 'custom', message: `"${code}" is not an ISO 3166 country code${hint}` });
});

/** A telephone number's letters (1-800-THE-LOST) as the digits under them on a phone keypad. */
const KEYPAD: Record<string, string> = Object.fromEntries(
  ['ABC', 'DEF', 'GHI', 'JKL', 'MNO', 'PQRS', 'TUV', 'WXYZ'].flatMap((letters, index) =>
    [...letters].map((letter) => [letter, String(index + 2)]),
  ),
);

/** The digits a person presses to dial a number written as the service writes it. */
export const keypadDigits = (dial: string): string =>
  [...dial.toUpperCase()]
    .map((character) => KEYPAD[character] ?? character)
    .join('')
    .replace(/\D/g, '');

// Unquoted, YAML reads 08001111 as the number 8001111: the leading 0 would be lost without a word.
const quoted = z.string({
  error: (issue) =>
    issue.code === 'invalid_type' && issue.input !== undefined
      ? 'must be in quotes, e.g. "08001111", so YAML keeps it as written'
      : undefined,
});

/** A number to call or text: as the service writes it, and as a link dials it. */
const numberSchema = z
  .strictObject({
    /** The number as the service writes it, e.g. "0800 1111" or "1-800-THE-LOST". */
    dial: quoted.min(2).max(30),
    /** The same number as a `tel:` link needs it: digits, optionally starting with +, e.g. "08001111". */
    tel: quoted.regex(/^\+?[0-9]{2,15}$/, 'must be digits, optionally starting with +, as in a tel: link'),
  })
  // A typo in one of the two would send a caller to the wrong number: they must be the same digits.
  .refine((number) => !/^\+?[0-9]+$/.test(number.tel) || number.tel.replace(/^\+/, '') === keypadDigits(number.dial), {
    path: ['tel'],
    message: 'must be the digits of dial (letters count as the keypad digits under them)',
  });

/** The site's languages other than the default, which each service's `translations` must cover. */
const OTHER_LANGS = LANGS.filter((lang) => lang !== DEFAULT_LANG) as [Lang, ...Lang[]];

/** A service's words in another language; everything else (numbers, addresses, source) is the same in all. */
const translationSchema = z.strictObject({
  /** The name, only where the service uses another in that language (e.g. "Jeunesse, J'écoute"). */
  name: z.string().min(2).max(80).optional(),
  /** What it does for the reader, in our own plain words in that language. */
  summary: z.string().min(20).max(140, 'must be 140 characters or fewer'),
  /** The opening hours in that language; required when `hours` is set. */
  hours: z.string().min(3).max(120).optional(),
});

/**
 * One place to get help or report: `src/content/help-services/<id>.yaml`. The file name is its id and its
 * anchor on the get-help pages (`/get-help/gb/#childline`). Never add a detail its source page does not show.
 */
export const helpServiceSchema = z
  .strictObject({
    /** The service's name as its users know it. */
    name: z.string().min(2).max(80),
    /** Who runs it, e.g. "NSPCC". */
    organisation: z.string().min(2).max(100),
    /** Where it works: ISO 3166-1 alpha-2 codes in upper case (GB, US, AU), or only `international`. */
    countries: z
      .array(countryCode)
      .min(1, 'needs at least one country code, or international')
      .refine((codes) => !codes.includes(INTERNATIONAL) || codes.length === 1, {
        message: 'international stands alone; it cannot be listed with country codes',
      }),
    /** Who it is for, as the service says. */
    for: z
      .array(z.enum(HELP_GROUPS, { error: `must be one of ${HELP_GROUPS.join(', ')}` }))
      .min(1, 'needs at least one group'),
    /** Age limits where the service states them, in whole years: `{ max: 18 }` means 18 and under. */
    ages: z
      .strictObject({
        /** The youngest age it serves. */
        min: z.int().min(0).max(120).optional(),
        /** The oldest age it serves. */
        max: z.int().min(0).max(120).optional(),
      })
      .refine((ages) => ages.min === undefined || ages.max === undefined || ages.min <= ages.max, {
        message: 'min must not be above max',
      })
      .optional(),
    /** What it does; the first is what it is mainly for, and where the get-help pages list it. */
    does: z
      .array(z.enum(HELP_KINDS, { error: `must be one of ${HELP_KINDS.join(', ')}` }))
      .min(1, 'needs at least one thing it does'),
    /** A number to call. */
    phone: numberSchema.optional(),
    /** A number to send a text message to. */
    text: numberSchema.optional(),
    /** The page where a live chat starts. */
    chat: https.optional(),
    /** The service's own page for the people it helps, or its reporting form. */
    web: https.optional(),
    /** Opening hours as the service publishes them; omitted when it does not. */
    hours: z.string().min(3).max(120).optional(),
    /** What it does for the reader, in our own plain words. */
    summary: z.string().min(20).max(140, 'must be 140 characters or fewer'),
    /** The service's words in each of the site's other languages (`fr: { summary, hours }`). */
    translations: z.partialRecord(z.enum(OTHER_LANGS), translationSchema).default({}),
    /** The page where these details were found and checked. */
    source: https,
    /** When the details were last checked against the source (YYYY-MM-DD). */
    checked: z.coerce.date({ error: 'must be a date written as YYYY-MM-DD' }),
  })
  .refine((service) => service.phone || service.text || service.chat || service.web, {
    path: ['phone'],
    message: 'missing; a service needs at least one way to reach it: phone, text, chat or web',
  })
  .superRefine((service, context) => {
    // Every page exists in every language, so every service needs its words in each.
    for (const lang of OTHER_LANGS) {
      const words = service.translations[lang];
      if (!words) {
        context.addIssue({
          code: 'custom',
          path: ['translations', lang],
          message: 'missing; every language needs the summary',
        });
      } else if (service.hours && !words.hours) {
        context.addIssue({ code: 'custom', path: ['translations', lang, 'hours'], message: 'missing; hours is set' });
      }
    }
  });

export type HelpServiceData = z.infer<typeof helpServiceSchema>;
