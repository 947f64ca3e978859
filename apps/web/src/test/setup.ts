import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';

// Testing Library only cleans up automatically when test globals are enabled.
afterEach(() => {
  cleanup();
});

// Pages are lazily loaded chunks in the app; the tests render them at once.
beforeAll(async () => {
  const { preloadAllPages } = await import('../app/lazyPage');
  await import('../app/router');
  await preloadAllPages();
});
