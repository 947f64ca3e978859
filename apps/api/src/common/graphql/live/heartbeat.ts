import type { WebSocket, WebSocketServer } from 'ws';

/**
 * Pings every socket each interval and ends those that did not answer the previous ping (a peer gone without a
 * close, behind a proxy). One timer for the whole server and one shared pong handler, where graphql-ws's own
 * keep-alive keeps two timers and a new closure per socket.
 */
export function startHeartbeat(wss: WebSocketServer, intervalMs: number): NodeJS.Timeout {
  let unanswered = new Set<WebSocket>();
  function answered(this: WebSocket): void {
    unanswered.delete(this);
  }
  wss.on('connection', (socket: WebSocket) => socket.on('pong', answered));
  const timer = setInterval(() => {
    for (const socket of unanswered) socket.terminate();
    unanswered = new Set();
    for (const socket of wss.clients) {
      if (socket.readyState !== socket.OPEN) continue;
      unanswered.add(socket);
      socket.ping();
    }
  }, intervalMs);
  timer.unref();
  return timer;
}
