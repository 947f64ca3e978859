import type { Messages } from '../nl';

export const enShell: Pick<Messages, 'shell' | 'styleGuide'> = {
  shell: {
    menu: 'Menu',
    menuLabel: 'Menu with navigation, search, account and language',
    pageChanged: '{{title}}',
    membersOnlyTitle: 'Sign in to see this page',
    membersOnlyBody: 'This page is for members of the Lerend Netwerk only. Sign in and you will come straight back here.',
    membersOnlyLogin: 'Sign in',
    membersOnlyRegister: 'No account yet? Register',
    directoryTitle: 'Members of the network',
    directoryLead:
      'The organisations in the Lerend Netwerk, with the local authorities that together form a partnership or welfare region.',
    directoryLink_one: 'See the {{count}} organisation of the network',
    directoryLink_other: 'See all {{count}} organisations of the network',
  },
  styleGuide: {
    title: 'Style guide',
    lead: 'The building blocks of the interface, each with its variants. Only visible during development.',
    colours: 'Colours',
    type: 'Typography',
    buttons: 'Buttons',
    cards: 'Cards',
    badges: 'Badges',
    tabs: 'Tabs',
    fields: 'Fields',
    empty: 'Empty state',
    skeleton: 'Loading',
    dialog: 'Dialog',
    openDialog: 'Open the dialog',
    dialogBody: 'A dialog keeps focus until you close it (Escape works too).',
    prose: 'Formatted text',
  },
};
