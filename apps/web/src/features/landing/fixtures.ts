import { OrganisationType, ProjectFocus, Visibility } from '@ln/domain';
import type {
  LandingPageQuery,
  MeetingItem_MeetingFragment,
  MembersPageQuery,
  OrganisationItem_OrganisationFragment,
} from '../../gql/graphql';

type OrganisationItemData = OrganisationItem_OrganisationFragment;
type MeetingItemData = MeetingItem_MeetingFragment;
type OrganisationRef = OrganisationItemData['partOf'][number];
type MemberOrganisation = OrganisationItemData['memberOrganisations'][number];

// Small factories for the landing page's data, shaped like the API's responses
// (with __typename, as Apollo Client's cache expects from a server).

export function organisation(fields: Partial<OrganisationItemData> & Pick<OrganisationItemData, 'id' | 'name'>): OrganisationItemData {
  return {
    __typename: 'Organisation',
    type: OrganisationType.MUNICIPALITY,
    region: null,
    subsidised: false,
    memberOrganisations: [],
    partOf: [],
    pilotProject: null,
    ...fields,
  };
}

export function ref({ id, name }: Omit<OrganisationRef, '__typename'>): OrganisationRef {
  return { __typename: 'Organisation', id, name };
}

export function member({ id, name, type }: Omit<MemberOrganisation, '__typename'>): MemberOrganisation {
  return { __typename: 'Organisation', id, name, type };
}

export function meeting(fields: Partial<MeetingItemData> & Pick<MeetingItemData, 'id' | 'title'>): MeetingItemData {
  return {
    __typename: 'Meeting',
    startsAt: '2026-03-29T08:00:00Z',
    endsAt: '2026-03-29T10:30:00Z',
    location: null,
    onlineUrl: null,
    visibility: Visibility.PUBLIC,
    ...fields,
  };
}

/** A miniature demo network: coordinating bodies, a pilot project, a welfare region. */
export function demoOrganisations(): OrganisationItemData[] {
  const region = { id: 'wr', name: 'Welzijnsregio Noord-Limburg' };
  const ocmws = ['Bocholt', 'Hamont-Achel', 'Lommel'].map((town, index) =>
    member({ id: `ocmw-${index}`, name: `OCMW ${town}`, type: OrganisationType.OCMW }),
  );
  const partnership = { id: 'p1', name: 'Samenwerking Kempen' };
  const municipalities = ['Geel', 'Mol'].map((town, index) =>
    member({ id: `m-${index}`, name: town, type: OrganisationType.MUNICIPALITY }),
  );
  const nodes = [
    organisation({ id: 'abb', name: 'Agentschap Binnenlands Bestuur', type: OrganisationType.AGENCY }),
    organisation({ id: 'vvsg', name: 'Vereniging van Vlaamse Steden en Gemeenten', type: OrganisationType.ASSOCIATION }),
    organisation({
      ...region,
      type: OrganisationType.WELFARE_REGION,
      region: 'Limburg',
      memberOrganisations: ocmws,
    }),
    ...ocmws.map((ocmw) => organisation({ ...ocmw, partOf: [ref(region)] })),
    organisation({
      ...partnership,
      type: OrganisationType.PARTNERSHIP,
      region: 'Antwerpen',
      subsidised: true,
      memberOrganisations: municipalities,
      pilotProject: { __typename: 'PilotProject', id: 'pp1', title: 'Samen onthalen in de Kempen', focus: ProjectFocus.RECEPTION },
    }),
    ...municipalities.map((municipality) => organisation({ ...municipality, partOf: [ref(partnership)] })),
  ];
  return nodes;
}

/** The members page's data: the miniature demo network. */
export function demoMembers(): MembersPageQuery {
  const nodes = demoOrganisations();
  return { organisations: { __typename: 'OrganisationConnection', totalCount: nodes.length, nodes } };
}

/** The landing page's data: the network's size and its next two meetings. */
export function demoNetwork(): LandingPageQuery {
  return {
    organisations: { __typename: 'OrganisationConnection', totalCount: 42 },
    meetings: {
      __typename: 'MeetingConnection',
      nodes: [
        meeting({ id: 'mt1', title: 'Tweede bijeenkomst Lerend Netwerk', location: 'Brussel, Havenlaan 88' }),
        meeting({
          id: 'mt2',
          title: 'Webinar draagvlak',
          onlineUrl: 'https://example.org/webinar',
          startsAt: '2026-04-02T12:00:00Z',
          endsAt: '2026-04-02T13:00:00Z',
        }),
      ],
    },
  };
}
