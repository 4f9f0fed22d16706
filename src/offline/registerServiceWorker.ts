import { announceUpdate } from './updateReady';

/**
 * Registers the service worker (`sw.js`, see serviceWorker.ts) that keeps the site for offline
 * use, and announces a new version once the browser has found and installed one: it finds it by
 * itself when a page of the site is opened online, and keeps it waiting until the person chooses
 * to reload, so the page on screen is never switched to other code under their feet.
 */
export async function registerServiceWorker(container: ServiceWorkerContainer, baseUri: string): Promise<void> {
  const registration = await container.register(new URL('sw.js', baseUri).href);
  const announce = (waiting: ServiceWorker) =>
    announceUpdate({
      apply: () => {
        container.addEventListener('controllerchange', () => window.location.reload(), { once: true });
        // Understood by serviceWorker.ts, which shares no module with the page.
        waiting.postMessage('partnership-atlas:skip-waiting');
      },
    });
  // A worker waiting while another is active is a new version; the first version takes over by itself.
  // One may be waiting already, installed on an earlier visit.
  if (registration.waiting && registration.active) announce(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed' && registration.active) announce(installing);
    });
  });
}

/**
 * Keeps the site for offline use where it can be: the built site (the one-file build needs no
 * worker, and the development server's files change all the time), in a browser with service
 * workers. A browser that refuses them (some private windows) runs the page online as before.
 */
export function keepForOffline(): void {
  if (!import.meta.env.PROD || import.meta.env.MODE === 'single' || !('serviceWorker' in navigator)) return;
  void registerServiceWorker(navigator.serviceWorker, document.baseURI).catch(() => undefined);
}
