import { OrganisationType } from '@ln/domain';
import type { OrganisationItemData } from './OrganisationItem';

export interface OrganisationGroups {
  /** The agencies and association that run the network. */
  coordinating: OrganisationItemData[];
  /** The subsidised pilot projects (cooperations of municipalities). */
  pilotProjects: OrganisationItemData[];
  /** Other cooperations that joined, such as a welfare region of OCMW's. */
  cooperations: OrganisationItemData[];
  other: OrganisationItemData[];
}

export const GROUP_ORDER = ['coordinating', 'pilotProjects', 'cooperations', 'other'] as const;

function groupOf(organisation: OrganisationItemData): keyof OrganisationGroups {
  if (organisation.subsidised || organisation.pilotProject) return 'pilotProjects';
  switch (organisation.type) {
    case OrganisationType.AGENCY:
    case OrganisationType.ASSOCIATION:
      return 'coordinating';
    case OrganisationType.PARTNERSHIP:
    case OrganisationType.WELFARE_REGION:
      return 'cooperations';
    default:
      return 'other';
  }
}

function uniqueById<T extends { id: string }>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.id) && seen.add(item.id));
}

/**
 * Arranges the network's organisations for display: only the top-level ones
 * (not part of another organisation in the list) are listed, each with its
 * member organisations nested; all sorted by name in the UI language.
 * An organisation whose parent is not in the list (e.g. not visible to the
 * viewer) is listed at the top level rather than lost.
 */
export function groupOrganisations(nodes: readonly OrganisationItemData[], locale: string): OrganisationGroups {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const byName = (a: { name: string }, b: { name: string }) => collator.compare(a.name, b.name);
  const listed = new Set(nodes.map((node) => node.id));

  const groups: OrganisationGroups = { coordinating: [], pilotProjects: [], cooperations: [], other: [] };
  for (const node of uniqueById(nodes)) {
    if (node.partOf.some((parent) => listed.has(parent.id))) continue;
    groups[groupOf(node)].push({
      ...node,
      memberOrganisations: uniqueById(node.memberOrganisations).sort(byName),
    });
  }
  for (const key of GROUP_ORDER) groups[key].sort(byName);
  return groups;
}
