import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';

const WAIT_FOR_HEADING_MS = 5_000;

/** Whether focus is somewhere the user chose on the new page (so we must not move it). */
function focusIsInContent(main: HTMLElement): boolean {
  const active = document.activeElement;
  return !!active && active !== document.body && active !== main && main.contains(active);
}

/**
 * After a change of page (not of query string or fragment): moves focus to the new
 * page's h1 — once it is there, the page may still be loading — and announces the
 * page's title politely, as a screen reader would on a full page load. The first
 * page load is left to the browser.
 */
export function RouteFocus({ mainId }: { mainId: string }) {
  const { pathname, hash } = useLocation();
  const first = useRef(true);
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const main = document.getElementById(mainId);
    if (!main) return;
    let done = false;
    const settle = () => {
      if (done) return;
      const heading = main.querySelector('h1');
      if (!heading) return;
      done = true;
      observer.disconnect();
      window.clearTimeout(timer);
      // A link to a fragment (#bijdrage-…) is focused by its page.
      if (!hash && !focusIsInContent(main)) {
        heading.setAttribute('tabindex', '-1');
        heading.focus({ preventScroll: true });
        window.scrollTo({ top: 0 });
      }
      // <title> is hoisted by React in the same commit as the h1.
      setAnnouncement(document.title || heading.textContent || '');
    };
    const observer = new MutationObserver(settle);
    observer.observe(main, { childList: true, subtree: true });
    const timer = window.setTimeout(() => observer.disconnect(), WAIT_FOR_HEADING_MS);
    // The old page's h1 may still be there for a moment: wait for React to commit the new one.
    const frame = window.requestAnimationFrame(settle);
    return () => {
      done = true;
      observer.disconnect();
      window.clearTimeout(timer);
      window.cancelAnimationFrame(frame);
    };
    // Only a new pathname is a new page; the fragment is read when it happens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pathname, mainId]);

  return (
    <p className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="route-announcer">
      {announcement}
    </p>
  );
}
