import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createCache } from '../../app/apollo';
import { createI18n } from '../../app/i18n';
import { MinutesEditor } from './MinutesEditor';
import { RECORD_MINUTES_MUTATION } from './mutations';

function renderEditor(mocks: unknown[]) {
  render(
    <I18nextProvider i18n={createI18n('nl')}>
      <MockedProvider cache={createCache()} mocks={mocks as never}>
        <MinutesEditor meetingId="m1" minutes="Eerste versie" version={3} />
      </MockedProvider>
    </I18nextProvider>,
  );
}

describe('MinutesEditor', () => {
  it('sends the version it was loaded with and says so clearly on a conflict, keeping the text', async () => {
    renderEditor([
      {
        request: {
          query: RECORD_MINUTES_MUTATION,
          variables: { meetingId: 'm1', minutes: 'Mijn aanvulling', expectedVersion: 3, files: [] },
        },
        result: { errors: [new GraphQLError('Verouderd', { extensions: { code: 'CONFLICT' } })] },
      },
    ]);
    fireEvent.change(screen.getByLabelText('Verslag bijhouden'), { target: { value: 'Mijn aanvulling' } });
    fireEvent.click(screen.getByRole('button', { name: 'Verslag opslaan' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Iemand anders heeft dit ontmoetingsmoment intussen gewijzigd');
    expect(screen.getByLabelText<HTMLTextAreaElement>('Verslag bijhouden').value).toBe('Mijn aanvulling');
  });

  it('saves, then sends the new version with the next save', async () => {
    renderEditor([
      {
        request: {
          query: RECORD_MINUTES_MUTATION,
          variables: { meetingId: 'm1', minutes: 'Tweede versie', expectedVersion: 3, files: [] },
        },
        result: {
          data: {
            recordMinutes: {
              __typename: 'Meeting',
              id: 'm1',
              version: 4,
              minutes: 'Tweede versie',
              minutesHtml: '<p>Tweede versie</p>',
              files: [],
            },
          },
        },
      },
      {
        request: { query: RECORD_MINUTES_MUTATION, variables: { meetingId: 'm1', minutes: 'Derde versie', expectedVersion: 4, files: [] } },
        result: {
          data: {
            recordMinutes: {
              __typename: 'Meeting',
              id: 'm1',
              version: 5,
              minutes: 'Derde versie',
              minutesHtml: '<p>Derde versie</p>',
              files: [],
            },
          },
        },
      },
    ]);
    fireEvent.change(screen.getByLabelText('Verslag bijhouden'), { target: { value: 'Tweede versie' } });
    fireEvent.click(screen.getByRole('button', { name: 'Verslag opslaan' }));
    expect((await screen.findByText('Het verslag is opgeslagen.')).getAttribute('role')).toBe('status');
    fireEvent.change(screen.getByLabelText('Verslag bijhouden'), { target: { value: 'Derde versie' } });
    fireEvent.click(screen.getByRole('button', { name: 'Verslag opslaan' }));
    expect(await screen.findByText('Het verslag is opgeslagen.')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
