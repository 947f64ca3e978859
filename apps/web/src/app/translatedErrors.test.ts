import { ApolloClient, ApolloLink, execute, InMemoryCache } from '@apollo/client';
import { parse } from 'graphql';
import { firstValueFrom, of } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { createI18n } from './i18n';
import { en } from './i18n/en';
import { translatedErrorsLink } from './translatedErrors';

// What the API answers (in Dutch: its Accept-Language was Dutch) to a refused mutation.
const refused = {
  errors: [
    {
      message: 'Controleer de gemarkeerde velden.',
      extensions: {
        code: 'BAD_USER_INPUT',
        messageKey: 'fixFields',
        fields: { title: 'Maximaal 200 tekens.', body: 'Vul dit veld in.', other: 'Iets zonder sleutel.' },
        fieldKeys: { title: { key: 'tooLong', params: { max: 200 } }, body: { key: 'required' } },
      },
    },
    { message: 'Zonder sleutel.', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
  ],
};

describe('the API’s refusals in the UI language', () => {
  it('words each message key and field key with i18next, and leaves errors without a key as they are', async () => {
    const i18n = createI18n('en', { en });
    const link = ApolloLink.from([
      translatedErrorsLink((key, params) => i18n.t(`apiMessages.${key}`, params ?? {})),
      new ApolloLink(() => of(refused)),
    ]);
    const client = new ApolloClient({ link, cache: new InMemoryCache() });
    const result = await firstValueFrom(execute(link, { query: parse('mutation { x }') }, { client }));
    expect(result.errors?.[0]?.message).toBe('Please check the marked fields.');
    expect(result.errors?.[0]?.extensions?.['fields']).toEqual({
      title: 'At most 200 characters.',
      body: 'Please fill in this field.',
      other: 'Iets zonder sleutel.',
    });
    expect(result.errors?.[1]?.message).toBe('Zonder sleutel.');
  });
});
