import { use, type ComponentType } from 'react';

const preloads: Array<() => Promise<void>> = [];

/**
 * A page in its own chunk, downloaded when it is first shown (it suspends until then:
 * the Layout's Suspense shows a skeleton). Once loaded it renders synchronously.
 */
export function lazyPage<M>(load: () => Promise<M>, name: keyof M & string): ComponentType {
  let Loaded: ComponentType | undefined;
  let pending: Promise<void> | undefined;
  const preload = () =>
    (pending ??= load().then((module) => {
      Loaded = module[name] as ComponentType;
    }));
  preloads.push(preload);
  function LazyPage(props: object) {
    if (!Loaded) use(preload());
    const Page = Loaded!;
    return <Page {...props} />;
  }
  LazyPage.displayName = `Lazy(${name})`;
  return LazyPage;
}

/** Loads every page's chunk (tests, so that pages render as soon as they are routed to). */
export async function preloadAllPages(): Promise<void> {
  await Promise.all(preloads.map((preload) => preload()));
}
