import { OrganisationType } from '@ln/domain';
import { describe, expect, it } from 'vitest';
import { demoOrganisations, member, organisation, ref } from './fixtures';
import { groupOrganisations } from './groupOrganisations';

const names = (list: { name: string }[]) => list.map((item) => item.name);

describe('groupOrganisations', () => {
  it('lists only top-level organisations, with their members nested', () => {
    const groups = groupOrganisations(demoOrganisations(), 'nl-BE');

    expect(names(groups.coordinating)).toEqual(['Agentschap Binnenlands Bestuur', 'Vereniging van Vlaamse Steden en Gemeenten']);
    expect(names(groups.pilotProjects)).toEqual(['Samenwerking Kempen']);
    expect(names(groups.pilotProjects[0]!.memberOrganisations)).toEqual(['Geel', 'Mol']);
    expect(names(groups.cooperations)).toEqual(['Welzijnsregio Noord-Limburg']);
    expect(names(groups.cooperations[0]!.memberOrganisations)).toEqual(['OCMW Bocholt', 'OCMW Hamont-Achel', 'OCMW Lommel']);
    expect(groups.other).toEqual([]);
  });

  it('keeps an organisation whose parent is not in the list at the top level', () => {
    const orphan = organisation({ id: 'x', name: 'Gemeente Zonder Ouder', partOf: [ref({ id: 'hidden', name: 'Verborgen' })] });
    expect(names(groupOrganisations([orphan], 'nl-BE').other)).toEqual(['Gemeente Zonder Ouder']);
  });

  it('sorts by name in the given language, ignoring case and accents, numbers in order', () => {
    const nodes = ['Zele', 'één Gemeente', 'Aalst', 'Regio 10', 'Regio 2'].map((name, index) => organisation({ id: String(index), name }));
    expect(names(groupOrganisations(nodes, 'nl-BE').other)).toEqual(['Aalst', 'één Gemeente', 'Regio 2', 'Regio 10', 'Zele']);
  });

  it('lists a member organisation once even when the API repeats it', () => {
    const ocmw = member({ id: 'o1', name: 'OCMW Peer', type: OrganisationType.OCMW });
    const region = organisation({
      id: 'r',
      name: 'Regio',
      type: OrganisationType.WELFARE_REGION,
      memberOrganisations: [ocmw, ocmw],
    });
    expect(names(groupOrganisations([region, region], 'nl-BE').cooperations)).toEqual(['Regio']);
    expect(groupOrganisations([region], 'nl-BE').cooperations[0]!.memberOrganisations).toHaveLength(1);
  });

  it('puts a subsidised organisation with the pilot projects whatever its type', () => {
    const municipality = organisation({ id: 'g', name: 'Gemeente Pilot', subsidised: true });
    expect(names(groupOrganisations([municipality], 'nl-BE').pilotProjects)).toEqual(['Gemeente Pilot']);
  });
});
