import { WebSocketServer, type WebSocket } from 'ws';
import { requiredEnv, sendJson, serveBare } from './bare-http';

// Baseline of the live fan-out: a bare ws server speaking graphql-transport-ws (connection_init → connection_ack,
// subscribe, complete, ping → pong). POST /trigger sends every subscription a `next` message whose payload is
// BENCH_NEXT_PAYLOAD: bytes captured from the platform. No database, no authentication, no GraphQL execution.

const PAYLOAD = requiredEnv('BENCH_NEXT_PAYLOAD');
const subscriptions = new Map<WebSocket, Set<string>>();

const server = serveBare((req, res) => {
  if (req.method !== 'POST' || req.url !== '/trigger') return sendJson(res, 404, '{"error":"not found"}');
  let sent = 0;
  for (const [socket, ids] of subscriptions) {
    for (const id of ids) {
      socket.send(`{"id":${JSON.stringify(id)},"type":"next","payload":${PAYLOAD}}`);
      sent += 1;
    }
  }
  sendJson(res, 200, JSON.stringify({ sent }));
});

const wss = new WebSocketServer({
  server,
  path: '/graphql',
  handleProtocols: (protocols) => (protocols.has('graphql-transport-ws') ? 'graphql-transport-ws' : false),
});

wss.on('connection', (socket) => {
  const ids = new Set<string>();
  let acknowledged = false;
  socket.on('message', (data) => {
    const message = JSON.parse((data as Buffer).toString()) as { type: string; id?: string };
    if (message.type === 'connection_init') {
      acknowledged = true;
      subscriptions.set(socket, ids);
      socket.send('{"type":"connection_ack"}');
    } else if (message.type === 'ping') {
      socket.send('{"type":"pong"}');
    } else if (message.type === 'subscribe' && message.id) {
      if (!acknowledged) return socket.close(4401, 'Unauthorized');
      ids.add(message.id);
    } else if (message.type === 'complete' && message.id) {
      ids.delete(message.id);
    }
  });
  socket.on('close', () => subscriptions.delete(socket));
});
