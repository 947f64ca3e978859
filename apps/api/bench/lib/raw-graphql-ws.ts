import WebSocket from 'ws';
import { sleep } from './processes';

/**
 * Subscribes over a raw graphql-transport-ws connection, calls `trigger` until an event comes, and returns the
 * exact bytes of the `payload` of the first `next` message the server sent — what the bare baseline replays.
 */
export async function captureNextPayload(
  wsUrl: string,
  authorization: string,
  query: string,
  variables: Record<string, unknown>,
  trigger: () => Promise<void>,
  timeoutMs = 30_000,
): Promise<string> {
  const socket = new WebSocket(wsUrl, 'graphql-transport-ws');
  try {
    const raw = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`No next message from ${wsUrl} within ${timeoutMs / 1000} s`)), timeoutMs);
      socket.on('error', reject);
      socket.on('close', (code, reason) => reject(new Error(`${wsUrl} closed the connection: ${code} ${reason.toString()}`)));
      socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization } })));
      socket.on('message', (data) => {
        const text = (data as Buffer).toString(); // ws hands frames over as Buffers (binaryType 'nodebuffer')
        const message = JSON.parse(text) as { type: string };
        if (message.type === 'connection_ack') {
          socket.send(JSON.stringify({ id: 'capture', type: 'subscribe', payload: { query, variables } }));
          void (async () => {
            // Until the subscription is in place on the server, a trigger finds no subscriber: try again.
            // A function, not a narrowed field: the socket's state changes while we sleep.
            const isOpen = () => socket.readyState === WebSocket.OPEN;
            for (let attempt = 0; attempt < 10 && isOpen(); attempt += 1) {
              await sleep(500 * (attempt + 1));
              if (isOpen()) await trigger();
            }
          })().catch(reject);
        } else if (message.type === 'next') {
          clearTimeout(timer);
          resolve(text);
        } else if (message.type === 'error') {
          clearTimeout(timer);
          reject(new Error(`Subscription refused: ${text}`));
        }
      });
    });
    const payload = JSON.stringify((JSON.parse(raw) as { payload: unknown }).payload);
    if (!raw.includes(`"payload":${payload}`)) throw new Error(`The payload could not be taken over byte for byte: ${raw.slice(0, 300)}`);
    return payload;
  } finally {
    socket.removeAllListeners('close');
    socket.on('error', () => undefined);
    socket.terminate();
  }
}
