// Notification settings on the profile page: per kind, the bell only or also e-mail (at once or as a digest).
export const nlNotificationSettings = {
  notificationSettings: {
    title: 'Meldingen',
    lead: 'Alle meldingen verschijnen bij de bel. Kies per soort of je ze ook per e-mail krijgt: meteen, of gebundeld in een dagelijks (7 uur) of wekelijks (maandag 7 uur) overzicht.',
    saved: 'Opgeslagen: {{kind}}.',
    groups: {
      discussions: 'Discussies',
      meetings: 'Ontmoetingsmomenten',
      membership: 'Lidmaatschap',
      reports: 'Rapporten van pilootprojecten',
      other: 'Andere meldingen',
    },
    kinds: {
      MENTION: 'Iemand vermeldt je',
      REPLY: 'Iemand antwoordt op je bijdrage',
      THREAD_ACTIVITY: 'Nieuwe bijdragen in discussies en thema’s die je volgt',
      MEETING_CHANGED: 'Een ontmoetingsmoment waarvoor je ingeschreven bent, wijzigt',
      MEETING_CANCELLED: 'Een ontmoetingsmoment waarvoor je ingeschreven bent, wordt geannuleerd',
      WAITLIST_PROMOTED: 'Je krijgt een plaats van de wachtlijst',
      MEMBERSHIP_APPROVED: 'Je lidmaatschap is goedgekeurd',
      MEMBERSHIP_REJECTED: 'Je lidmaatschapsaanvraag is afgewezen',
      MEMBERSHIP_ENDED: 'Je lidmaatschap is beëindigd',
      REPORT_DUE: 'Een rapport moet binnenkort ingediend worden',
      REPORT_REVIEWED: 'Een rapport is goedgekeurd',
      REPORT_SENT_BACK: 'Een rapport is teruggestuurd',
    },
    frequency: {
      NONE: 'Enkel bij de bel',
      IMMEDIATE: 'Meteen per e-mail',
      DAILY: 'Dagelijks overzicht',
      WEEKLY: 'Wekelijks overzicht',
    },
  },
};
