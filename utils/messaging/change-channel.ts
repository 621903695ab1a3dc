/**
 * "Progress changed" notices from the background to open extension pages.
 * A BroadcastChannel reaches the popup whether the background is a service
 * worker (Chrome) or a page (Firefox), and costs nothing when no page listens.
 * The notice carries no data: listeners re-read the store.
 */
const CHANNEL = 'alipay-card-guide:progress';

export function notifyProgressChanged(): void {
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage('changed');
  channel.close();
}

/** Returns a function that stops listening. */
export function onProgressChanged(listener: () => void): () => void {
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = () => listener();
  return () => channel.close();
}
