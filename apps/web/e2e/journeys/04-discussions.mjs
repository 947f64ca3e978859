import { check, waitOrExplain } from '../support.mjs';
import { post, postsWith, twoMembersOnOneThread } from './discussion-helpers.mjs';

export const journeys = [
  {
    name: 'two members on one thread: one posts, the other sees it arrive live behind the new-posts bar, announced politely',
    async run(context, baseUrl, browser) {
      await twoMembersOnOneThread(context, baseUrl, browser, async (first, second, _otherContext, unique) => {
        const text = `Bij ons werkt één gezamenlijk loket ${unique}`;
        await post(first, text);
        check((await postsWith(first, text).count()) === 1, 'the author does not see their own post exactly once');

        const bar = second.getByRole('button', { name: '1 nieuwe bijdrage' });
        await waitOrExplain(second, bar, "the new-posts bar in the other member's page");
        check((await postsWith(second, text).count()) === 0, 'the new post was inserted before the bar was pressed');
        const live = second.locator('[aria-live="polite"]').filter({ hasText: '1 nieuwe bijdrage' });
        check((await live.count()) === 1, 'the polite live region does not announce the new post');
        check(new URL(second.url()).pathname.startsWith('/discussies/'), 'the page was reloaded or left');

        await bar.click();
        await postsWith(second, text).waitFor();
        check((await postsWith(second, text).count()) === 1, 'the revealed post is not shown exactly once');
        check((await bar.count()) === 0, 'the bar is still shown after revealing');
      });
    },
  },
  {
    name: 'a member who was offline sees the post they missed exactly once after coming back online',
    async run(context, baseUrl, browser) {
      await twoMembersOnOneThread(context, baseUrl, browser, async (first, second, otherContext, unique) => {
        const text = `Gemist terwijl offline ${unique}`;
        // After coming back, the page asks for the posts after its last cursor.
        const catchUps = [];
        second.on('request', (request) => {
          const body = request.postData() ?? '';
          if (request.url().endsWith('/graphql') && body.includes('ThreadPage') && /"after":"[^"]+"/.test(body)) catchUps.push(body);
        });
        await otherContext.setOffline(true);
        await second.waitForTimeout(1_000);
        await post(first, text);
        await second.waitForTimeout(1_000);
        await otherContext.setOffline(false);

        const bar = second.getByRole('button', { name: '1 nieuwe bijdrage' });
        await waitOrExplain(second, bar, 'the missed post behind the new-posts bar after coming back online');
        await bar.click();
        await postsWith(second, text).waitFor();
        // Give a late live event or a second catch-up the time to (wrongly) add it again.
        await second.waitForTimeout(2_000);
        check((await postsWith(second, text).count()) === 1, `the missed post is shown ${await postsWith(second, text).count()} times`);
        check(
          (await second.getByRole('button', { name: /nieuwe bijdrage/ }).count()) === 0,
          'a new-posts bar is back: the post came twice',
        );
        check(catchUps.length > 0, 'no catch-up request (posts after the last cursor) was sent after coming back online');
      });
    },
  },
];
