/**
 * Switching the counsellors' offline copy on and off, in the browser. src/components/OfflineCopy.astro loads this
 * only when a counsellor presses one of its buttons, so no reader's first visit pays for it. The browser's objects
 * come in as arguments, so the unit tests can hand it stand-ins.
 */

/** The service worker that keeps the copy (written by src/build/offline-worker.ts). */
export const OFFLINE_WORKER_PATH = '/offline-worker.js';

/**
 * Registers the worker for the whole site and resolves once it is active. Workbox stores every file while the
 * worker installs, and the install fails if any file fails, so an active worker means a whole copy.
 */
export async function switchOnOfflineCopy(container: ServiceWorkerContainer): Promise<void> {
  const registration = await container.register(OFFLINE_WORKER_PATH, { scope: '/' });
  await whenActive(registration);
}

/** Resolves when the registration has an active worker; rejects if the one installing fails. */
export function whenActive(registration: ServiceWorkerRegistration): Promise<void> {
  if (registration.active) return Promise.resolve();
  const worker = registration.installing ?? registration.waiting;
  if (!worker) return Promise.reject(new Error('No offline worker is installing'));
  return new Promise((resolve, reject) => {
    const settle = () => {
      if (worker.state === 'activated') resolve();
      else if (worker.state === 'redundant') reject(new Error('The offline copy could not be stored'));
    };
    worker.addEventListener('statechange', settle);
    settle();
  });
}

/**
 * Unregisters every service worker of this site and deletes every cache it holds, then checks that none is
 * left, so the page only says the copy is gone when it is.
 */
export async function removeOfflineCopy(container: ServiceWorkerContainer, cacheStorage: CacheStorage): Promise<void> {
  await Promise.all((await container.getRegistrations()).map((registration) => registration.unregister()));
  await Promise.all((await cacheStorage.keys()).map((name) => cacheStorage.delete(name)));
  const left = (await container.getRegistrations()).length + (await cacheStorage.keys()).length;
  if (left > 0) throw new Error('Part of the offline copy is still on this device');
}
