import type { Messages } from '../nl';

export const enPeople: Pick<Messages, 'people'> = {
  people: {
    organisations: 'Organisations',
    noOrganisations: 'Not a member of an organisation.',
    membersOnly: 'Only members of the network see who is in it.',
    role: {
      FACILITATOR: 'Facilitator of the network',
      ADMIN: 'Platform administrator',
    },
  },
};
