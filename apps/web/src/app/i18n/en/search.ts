import type { Messages } from '../nl';

export const enSearch: Pick<Messages, 'search'> = {
  search: {
    title: 'Search',
    label: 'Search the Learning Network',
    placeholder: 'Search…',
    suggestions: 'Suggestions',
    suggestionCount_one: '{{count}} suggestion. Use the arrow keys.',
    suggestionCount_other: '{{count}} suggestions. Use the arrow keys.',
    allResults: 'All results for “{{query}}”',
    resultsFor: 'Search results for “{{query}}”',
    results: 'Results',
    submit: 'Search',
    enterQuery: 'Type one or more words to search practices, themes, meetings, organisations and (for members) discussions.',
    noResults: 'Nothing found for “{{query}}”. Try another word or fewer words.',
    shown_one: '{{count}} result shown.',
    shown_other: '{{count}} results shown.',
    more: 'More results',
    filterByType: 'Filter by type',
    allTypes: 'Everything',
    types: {
      THREAD: 'Discussion',
      POST: 'Post',
      THEME: 'Theme',
      MEETING: 'Meeting',
      PRACTICE: 'Good practice',
      ORGANISATION: 'Organisation',
    },
    typesPlural: {
      THREAD: 'Discussions',
      POST: 'Posts',
      THEME: 'Themes',
      MEETING: 'Meetings',
      PRACTICE: 'Good practices',
      ORGANISATION: 'Organisations',
    },
  },
};
