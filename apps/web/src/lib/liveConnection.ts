import { createContext, useContext, useEffect, useRef } from 'react';

/**
 * Fires `reconnected` when the subscription socket is open again after it was lost.
 * graphql-ws resubscribes by itself, but what was published meanwhile is gone: live
 * views listen (`useOnReconnect`) and fetch what they missed.
 */
export class LiveConnection extends EventTarget {
  private lost = false;

  /** The socket closed (network gone, server restarted, last subscription ended …). */
  markLost(): void {
    this.lost = true;
  }

  /** The server acknowledged a connection; after a retry or a loss it is a reconnect. */
  markConnected(wasRetry: boolean): void {
    const reconnect = wasRetry || this.lost;
    this.lost = false;
    if (reconnect) this.dispatchEvent(new Event('reconnected'));
  }
}

/** The app's connection (main.tsx provides it); without a provider, one that never fires. */
export const LiveConnectionContext = createContext<LiveConnection>(new LiveConnection());

/**
 * Calls `onReconnect` after a lost connection: when the socket is back, and when the
 * browser says it is online again (the socket may not have noticed it was gone).
 */
export function useOnReconnect(onReconnect: () => void): void {
  const connection = useContext(LiveConnectionContext);
  const latest = useRef(onReconnect);
  useEffect(() => {
    latest.current = onReconnect;
  });
  useEffect(() => {
    const listener = () => latest.current();
    connection.addEventListener('reconnected', listener);
    window.addEventListener('online', listener);
    return () => {
      connection.removeEventListener('reconnected', listener);
      window.removeEventListener('online', listener);
    };
  }, [connection]);
}
