// A member's page (/mensen/:id), where mentions link to.
export const nlPeople = {
  people: {
    organisations: 'Organisaties',
    noOrganisations: 'Geen lid van een organisatie.',
    membersOnly: 'Wie er in het netwerk zit, zien enkel leden van het netwerk.',
    role: {
      FACILITATOR: 'Facilitator van het netwerk',
      ADMIN: 'Beheerder van het platform',
    },
  },
};
