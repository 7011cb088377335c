/**
 * A guide and what comes with it: its page, the counsellors' call card and its tools, the printable checklist, the
 * "more on this" links, the sources, and the copy-link buttons and offline copy that guides' readers use.
 */

/** An audience's names (from the audiences dictionary), so each language can choose which fits its sentence. */
interface AudienceNames {
  label: string;
  hubTitle: string;
}

export default {
  /** Before a young person's content note on a sensitive topic. */
  contentNote: 'About this page:',
  /** The button from a guide, and each hub's link, to the guide's checklist. */
  printableChecklist: 'Printable checklist',
  callCard: {
    /** The card's heading, for screen readers only; also the start of "Print this call card". */
    title: 'Call card',
    redFlags: 'Red flags',
    redFlagsNote: 'Any of these: follow your escalation process.',
    questions: 'Open questions',
    nextSteps: 'Next steps',
    referrals: 'Referral routes',
    /** Between a referral route's name and when to refer. */
    referralWhen: ': ',
    /** Printed under the card, so a paper copy leads back to the guide. */
    from: (url: string) => `Call card from ${url}`,
  },
  callCardTools: {
    print: 'Print this call card',
    /** Before the two links the counsellor can copy and send to the person on the call or chat. */
    sendCaller: 'Send the caller a link:',
    youngPeoplesGuide: 'Young people’s guide',
    parentsGuide: 'Parents’ guide',
    /** The rest of the line after "Alt + C (Option + C": how to come back to the card from anywhere in the guide. */
    onMac: 'on a Mac',
    backToCard: 'brings you back to the call card.',
  },
  /** What a copied link is, for screen readers and the "Copied" message: "Grooming guide for parents and carers". */
  guideLabel: (title: string, audience: AudienceNames) => `${title} guide for ${audience.label.toLowerCase()}`,
  checklistLabel: (title: string, audience: AudienceNames) => `${title} checklist for ${audience.label.toLowerCase()}`,
  checklist: {
    /** The checklist page's title (before " – " and the audience) and each sheet's heading. */
    title: (topic: string) => `Checklist: ${topic}`,
    /** The checklist page's description. */
    description: (guideTitle: string, audience: AudienceNames) =>
      `A printable checklist of what to do, from the guide “${guideTitle}” for ${audience.label.toLowerCase()}.`,
    /** The last crumb of a checklist page. */
    crumb: 'Checklist',
    print: 'Print this checklist',
    /** Printed before the guide's full address. */
    fullGuide: 'Full guide:',
    /** On screen, above the tick boxes, before the link to the guide. */
    tickNote: 'Tick each step as you go. Nothing you tick is saved.',
    readGuide: 'Read the full guide',
    /** Under the printed QR code of the guide's address. */
    scanQr: 'Scan to open the full guide',
  },
  record: {
    title: 'Keep a record',
    what: 'Each time, note the date, app, username or link, what happened and any report reference. Never copy, save or send on a nude or sexual image, even as evidence.',
    /** The printed columns to write in by hand. */
    columns: ['Date', 'App or site', 'Username or link', 'What happened', 'Report reference'],
  },
  links: {
    title: 'More on this',
    /** The heading over links to the same topic's guide for the other audiences. */
    sameTopic: (topic: string) => `${topic} for`,
    /** Each of those links' text. */
    otherAudience: (audience: AudienceNames) => audience.label,
    related: 'Related topics',
  },
  sources: {
    title: 'Where this advice comes from',
    /** Before the date the guide was last checked, which follows with a full stop. */
    checkedOn: 'Last checked against these sources on',
  },
  copyLink: {
    button: 'Copy link',
    /** The button's name for screen readers. */
    buttonLabel: (label: string) => `Copy link: ${label}`,
    /** Said after copying: `{label}` is what the link is ("Grooming guide for parents and carers"), `{url}` it. */
    copied: 'Copied the link to the {label}: {url}',
    notCopied: 'Could not copy. Select the address and copy it by hand: {url}',
  },
  /** The counsellors' hub: keeping a copy of the guides on a helpline's device (OfflineCopy.astro). */
  offline: {
    title: 'Use the guides without a connection',
    why: 'If your connection drops during a call or chat, an offline copy lets you keep opening and searching the guides on this device.',
    what: 'Switching it on stores a copy of every page and of the search on this device, in this browser only. It takes a few megabytes. When the guides change, the copy updates itself the next time you open the site with a connection.',
    /** A warning in bold, followed by `warningRest`. */
    warning: 'Anyone who uses this browser on this device could see that the site was stored.',
    warningRest:
      "It is meant for a helpline's own work device: do not switch it on for a shared or family device, or on a young person's phone.",
    remove:
      "To remove it, come back to this page and choose “Remove the offline copy from this device”. Clearing this site's data in the browser's settings also removes it.",
    unsupported:
      'An offline copy needs JavaScript and a browser that supports service workers. One of them is missing here: JavaScript may be turned off, or this may be a private window.',
    switchOn: 'Keep these guides available offline on this device',
    switchOff: 'Remove the offline copy from this device',
    /** What the status line says at each step. */
    says: {
      on: 'This device has an offline copy of the guides.',
      storing: 'Storing the guides on this device. On a slow connection this can take a minute.',
      ready: 'The offline copy is ready. This device can now open and search every guide without a connection.',
      'not-stored': 'Could not store the guides, and nothing was kept. Check the connection and try again.',
      removed: 'The offline copy has been removed from this device.',
      'not-removed': "Could not remove the offline copy. Clear this site's data in the browser's settings instead.",
    },
  },
};
