// Child process of restart-many-clients.test.ts: N graphql-ws clients like the web app's, each subscribed to one
// thread's postAdded, reconnecting with graphql-ws's own backoff and catching up by cursor after every reconnect.
// Plain Node (fork): the parent sends { type: 'missing', ids } and gets back how many clients miss any of them.
const { createClient } = require('graphql-ws');
const WebSocket = require('ws');

const { URL: BASE, WS_URL, TOKEN, THREAD_ID, CLIENTS } = process.env;
const POSTS = `query($id: ID!, $after: String) { thread(id: $id) { posts(first: 100, after: $after) { nodes { id } pageInfo { endCursor hasNextPage } } } }`;
const SUBSCRIPTION = `subscription($t: ID!) { postAdded(threadId: $t) { id } }`;

async function fetchPosts(state) {
  for (;;) {
    const res = await fetch(`${BASE}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ query: POSTS, variables: { id: THREAD_ID, after: state.cursor } }),
    });
    const body = await res.json();
    const page = body.data.thread.posts;
    for (const node of page.nodes) state.seen.add(node.id);
    if (page.pageInfo.endCursor) state.cursor = page.pageInfo.endCursor;
    if (!page.pageInfo.hasNextPage) return;
  }
}

/** Like the web app: after a failed catch-up (SERVICE_UNAVAILABLE while hundreds catch up at once) try again later. */
async function catchUp(state) {
  for (let attempt = 0; attempt < 20; attempt++) {
    try {
      return await fetchPosts(state);
    } catch {
      state.catchUpRetries = (state.catchUpRetries ?? 0) + 1;
      await new Promise((resolve) => setTimeout(resolve, 500 + Math.random() * 1500));
    }
  }
}

function startClient() {
  const state = { seen: new Set(), cursor: null, connects: 0, closedAt: 0, reconnectMs: [] };
  state.client = createClient({
    url: WS_URL,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${TOKEN}` },
    retryAttempts: 30,
    // graphql-ws's default retryWait: randomised exponential backoff (1 s, 2 s, 4 s … plus 0.3–3 s).
    shouldRetry: () => true,
    on: {
      closed: () => {
        if (!state.closedAt) state.closedAt = Date.now();
      },
      connected: () => {
        state.connects += 1;
        if (state.connects > 1) {
          state.reconnectMs.push(Date.now() - state.closedAt);
          state.closedAt = 0;
          state.catchingUp = catchUp(state);
        }
      },
    },
  });
  return state;
}

async function main() {
  const states = [];
  for (let i = 0; i < Number(CLIENTS); i++) {
    const state = startClient();
    await fetchPosts(state);
    await new Promise((resolve, reject) => {
      state.client.subscribe(
        { query: SUBSCRIPTION, variables: { t: THREAD_ID } },
        {
          next: (value) => value.data && state.seen.add(value.data.postAdded.id),
          error: reject,
          complete: () => undefined,
        },
      );
      const check = () => (state.connects > 0 ? resolve() : setTimeout(check, 5));
      check();
    });
    states.push(state);
  }
  process.on('message', async (message) => {
    if (message.type === 'missing') {
      await Promise.all(states.map((state) => state.catchingUp));
      const missing = states.filter((state) => message.ids.some((id) => !state.seen.has(id))).length;
      const reconnected = states.filter((state) => state.connects > 1).length;
      const times = states.flatMap((state) => state.reconnectMs).sort((a, b) => a - b);
      const retries = states.reduce((sum, state) => sum + (state.catchUpRetries ?? 0), 0);
      process.send({
        type: 'missing',
        missing,
        reconnected,
        catchUpRetries: retries,
        maxReconnectMs: times.at(-1) ?? 0,
        medianReconnectMs: times[Math.floor(times.length / 2)] ?? 0,
      });
    }
    if (message.type === 'stop') {
      await Promise.all(states.map((state) => state.client.dispose()));
      process.exit(0);
    }
  });
  process.send({ type: 'ready' });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
