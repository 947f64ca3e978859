import { useQuery, useSubscription } from '@apollo/client/react';
import { useState } from 'react';
import { useOnReconnect } from '../../lib/liveConnection';
import { getFragmentData } from '../../gql';
import {
  THEME_CHANGED_SUBSCRIPTION,
  THEME_FIELDS,
  THEMES_QUERY,
  themeOf,
  type ThemeData,
  type ThemeFilter,
  type ThemeOrder,
} from './queries';
import { applyThemeChange } from './themeList';

const PAGE_SIZE = 100;

/**
 * A live list of themes: `themeChanged` puts new proposals, support counts and status changes into the cached list
 * (in order, without duplicates); after a lost connection the list is fetched again. `lastChange` is the latest live
 * change, for an announcement to screen readers.
 */
export function useThemes(filter: ThemeFilter, order: ThemeOrder) {
  const variables = { filter, orderBy: order, first: PAGE_SIZE };
  const query = useQuery(THEMES_QUERY, { variables });
  const [lastChange, setLastChange] = useState<{ theme: ThemeData; isNew: boolean }>();
  useSubscription(THEME_CHANGED_SUBSCRIPTION, {
    variables: { meetingId: filter.meetingId ?? null },
    onData: ({ client, data }) => {
      const change = data.data?.themeChanged;
      if (!change) return;
      const changed = themeOf(change);
      let isNew = false;
      client.cache.updateQuery({ query: THEMES_QUERY, variables }, (current) => {
        if (!current) return current;
        const nodes = applyThemeChange(getFragmentData(THEME_FIELDS, current.themes.nodes), changed, filter, order);
        const before = current.themes.nodes.length;
        isNew = !current.themes.nodes.some((theme) => themeOf(theme).id === changed.id) && nodes.length > before;
        return { themes: { ...current.themes, nodes, totalCount: current.themes.totalCount + (nodes.length - before) } };
      });
      setLastChange({ theme: changed, isNew });
    },
  });
  useOnReconnect(() => void query.refetch());
  // The list's themes, unmasked.
  const themes = query.data && getFragmentData(THEME_FIELDS, query.data.themes.nodes);
  return { ...query, themes, lastChange };
}
