import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { PostKind } from '@ln/domain';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createCache } from '../../app/apollo';
import { createI18n } from '../../app/i18n';
import { viewerFixture } from '../../test/viewerMock';
import { Composer } from './Composer';
import { MARKDOWN_PREVIEW_QUERY } from './lookups';
import { ADD_POST_MUTATION, type NewPostInput } from './mutations';
import { postFixture } from './testPosts';

const viewer = viewerFixture();

function renderComposer(mocks: MockLink.MockedResponse[], replyTo = null as ReturnType<typeof postFixture> | null) {
  const sent: NewPostInput[] = [];
  // Every request is accepted and recorded, so the test can compare the keys sent.
  const recording = mocks.map((mock) => ({
    ...mock,
    request: {
      ...mock.request,
      variables: (variables: { input: NewPostInput }) => {
        sent.push(variables.input);
        return true;
      },
    },
  }));
  render(
    <I18nextProvider i18n={createI18n('nl')}>
      <MockedProvider cache={createCache()} mocks={recording}>
        <Composer threadId="t1" viewer={viewer} replyTo={replyTo} onCancelReply={() => {}} />
      </MockedProvider>
    </I18nextProvider>,
  );
  return sent;
}

const answer = (input: Partial<NewPostInput>) => ({
  data: { addPost: postFixture('p9', viewer.id, 9, { body: input.body ?? '', kind: input.kind ?? PostKind.COMMENT }) },
});

function write(text: string) {
  fireEvent.change(screen.getByLabelText('Je bijdrage'), { target: { value: text } });
}

async function submit() {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Bijdrage plaatsen' }));
  });
}

describe('Composer', () => {
  it('previews the text as the server renders and sanitises it, not the raw markup', async () => {
    const body = '**Vet** <img src=x onerror="alert(1)">';
    renderComposer([
      {
        request: { query: MARKDOWN_PREVIEW_QUERY, variables: { body } },
        result: { data: { markdownPreview: '<p><strong>Vet</strong> &lt;img src=x&gt;</p>' } },
      },
    ]);
    write(body);
    const toggle = screen.getByRole('button', { name: 'Voorbeeld tonen' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    const preview = screen.getByRole('region', { name: 'Voorbeeld' });
    await waitFor(() => expect(preview.querySelector('strong')?.textContent).toBe('Vet'));
    expect(preview.querySelector('img')).toBeNull();
  });

  it('refuses an empty post before sending', async () => {
    const sent = renderComposer([]);
    await submit();
    expect((await screen.findByRole('alert')).textContent).toContain('Je bijdrage: Vul dit veld in.');
    expect(sent).toEqual([]);
  });

  it('sends kind, text and a clientMutationId, then empties the form; the next post gets a new key', async () => {
    const sent = renderComposer([
      { request: { query: ADD_POST_MUTATION }, result: answer({ body: 'Een knelpunt', kind: PostKind.BOTTLENECK }) },
      { request: { query: ADD_POST_MUTATION }, result: answer({ body: 'Nog iets' }) },
    ]);
    fireEvent.change(screen.getByLabelText('Soort bijdrage'), { target: { value: PostKind.BOTTLENECK } });
    write('Een knelpunt');
    await submit();
    await waitFor(() => expect(screen.getByLabelText<HTMLTextAreaElement>('Je bijdrage').value).toBe(''));
    expect(screen.getByText('Je bijdrage is geplaatst.').getAttribute('role')).toBe('status');
    expect(sent[0]).toMatchObject({ threadId: 't1', body: 'Een knelpunt', kind: PostKind.BOTTLENECK, replyToId: null });
    expect(sent[0]!.clientMutationId).toMatch(/\S{8,}/);

    write('Nog iets');
    await submit();
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]!.clientMutationId).not.toBe(sent[0]!.clientMutationId);
  });

  it('retries a failed submit with the same clientMutationId, so the server makes one post', async () => {
    const sent = renderComposer([
      { request: { query: ADD_POST_MUTATION }, error: new Error('network down') },
      { request: { query: ADD_POST_MUTATION }, result: answer({ body: 'Handvat' }) },
    ]);
    write('Handvat');
    await submit();
    expect((await screen.findByRole('alert')).textContent).toContain('De server is niet bereikbaar');
    expect(screen.getByLabelText<HTMLTextAreaElement>('Je bijdrage').value).toBe('Handvat');
    await submit();
    await waitFor(() => expect(screen.getByLabelText<HTMLTextAreaElement>('Je bijdrage').value).toBe(''));
    expect(sent).toHaveLength(2);
    expect(sent[1]!.clientMutationId).toBe(sent[0]!.clientMutationId);
  });

  it('replies to the chosen post', async () => {
    const replyTo = postFixture('p1', 'u2', 1);
    const sent = renderComposer([{ request: { query: ADD_POST_MUTATION }, result: answer({ body: 'Eens' }) }], replyTo);
    expect(screen.getByText('Je antwoordt op Persoon u2.')).toBeTruthy();
    write('Eens');
    await submit();
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]!.replyToId).toBe('p1');
  });

  it('shows a field error from the API (BAD_USER_INPUT) next to the text', async () => {
    renderComposer([
      {
        request: { query: ADD_POST_MUTATION },
        result: {
          errors: [new GraphQLError('Te lang.', { extensions: { code: 'BAD_USER_INPUT', fields: { body: 'Maximaal 20000 tekens.' } } })],
        },
      },
    ]);
    write('x');
    await submit();
    expect((await screen.findByRole('alert')).textContent).toContain('Je bijdrage: Maximaal 20000 tekens.');
  });
});
