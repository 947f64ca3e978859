// A second, tiny entry that runs before the app's own: it starts downloading the chunk of
// the page being opened at once, beside the app's JavaScript, instead of after the app has
// started and routed (a round trip and more saved on a slow connection). The router's
// lazy pages then find the module already there. Only the pages people open directly
// (links in e-mails and feeds, bookmarks) are listed; any other page loads as usual.
const EARLY: Array<[RegExp, () => Promise<unknown>]> = [
  [/^\/praktijken\/?$/, () => import('../features/practices/PracticesPage')],
  [/^\/praktijken\/(?!nieuw)[^/]+$/, () => import('../features/practices/PracticePage')],
  [/^\/discussies\/(?!nieuw)[^/]+$/, () => import('../features/discussions/ThreadPage')],
  [/^\/ontmoetingsmomenten\/?$/, () => import('../features/meetings/MeetingsPage')],
  [/^\/ontmoetingsmomenten\/[0-9a-f-]{36}$/, () => import('../features/meetings/MeetingPage')],
  [/^\/themas\/?$/, () => import('../features/themes/ThemesPage')],
];

const match = EARLY.find(([pattern]) => pattern.test(window.location.pathname));
if (match) void match[1]().catch(() => undefined); // the router retries and reports
