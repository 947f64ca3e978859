import { requestIdFrom } from './request-id';

describe('requestIdFrom', () => {
  it('keeps a well-formed id from the proxy and replaces anything else', () => {
    expect(requestIdFrom('0af7651916cd43dd8448eb211c80319c')).toBe('0af7651916cd43dd8448eb211c80319c');
    expect(requestIdFrom('bad id\nforged-log-line')).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdFrom(undefined)).toMatch(/^[0-9a-f-]{36}$/);
  });
});
