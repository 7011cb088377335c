/** Switching the offline copy on and off, against stand-ins for the browser's service workers and caches. */
import { describe, expect, test } from 'vitest';
import {
  OFFLINE_WORKER_PATH,
  removeOfflineCopy,
  switchOnOfflineCopy,
  whenActive,
} from '../../src/browser/offline-copy';

class StandInWorker extends EventTarget {
  state: ServiceWorkerState = 'installing';

  moveTo(state: ServiceWorkerState): void {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

interface StandInRegistration {
  active: StandInWorker | null;
  installing: StandInWorker | null;
  waiting: StandInWorker | null;
  unregister(): Promise<boolean>;
}

/** A site's service workers and caches; `stubborn` keeps a registration that will not unregister. */
function standInSite(options: { registrations?: number; caches?: string[]; stubborn?: boolean } = {}) {
  const registrations: StandInRegistration[] = [];
  const registered: { url: string; scope?: string }[] = [];
  const addRegistration = (worker: StandInWorker, active: boolean): StandInRegistration => {
    const registration: StandInRegistration = {
      active: active ? worker : null,
      installing: active ? null : worker,
      waiting: null,
      unregister: async () => {
        if (options.stubborn) return false;
        registrations.splice(registrations.indexOf(registration), 1);
        return true;
      },
    };
    registrations.push(registration);
    return registration;
  };
  for (let count = 0; count < (options.registrations ?? 0); count += 1) addRegistration(new StandInWorker(), true);

  const installing = new StandInWorker();
  const container = {
    register: async (url: string, registerOptions?: RegistrationOptions) => {
      registered.push({ url, scope: registerOptions?.scope });
      return addRegistration(installing, false);
    },
    getRegistrations: async () => [...registrations],
  } as unknown as ServiceWorkerContainer;

  const names = new Set(options.caches ?? []);
  const cacheStorage = {
    keys: async () => [...names],
    delete: async (name: string) => names.delete(name),
  } as unknown as CacheStorage;

  return { container, cacheStorage, registrations, registered, installing, names };
}

/** Whether a promise has settled, after everything already queued has run. */
async function settled(promise: Promise<unknown>): Promise<'resolved' | 'rejected' | 'pending'> {
  const state = await Promise.race([
    promise.then(
      () => 'resolved' as const,
      () => 'rejected' as const,
    ),
    new Promise<'pending'>((resolve) => setTimeout(() => resolve('pending'), 0)),
  ]);
  return state;
}

describe('whenActive', () => {
  const registrationWith = (worker: StandInWorker, active = false) =>
    ({
      active: active ? worker : null,
      installing: active ? null : worker,
      waiting: null,
    }) as unknown as ServiceWorkerRegistration;

  test('resolves at once when the worker is already active', async () => {
    expect(await settled(whenActive(registrationWith(new StandInWorker(), true)))).toBe('resolved');
  });

  test('waits while the worker stores the files, and resolves once it is activated', async () => {
    const worker = new StandInWorker();
    const ready = whenActive(registrationWith(worker));

    worker.moveTo('installed');
    worker.moveTo('activating');
    expect(await settled(ready)).toBe('pending');

    worker.moveTo('activated');
    expect(await settled(ready)).toBe('resolved');
  });

  test('rejects when the worker could not store every file', async () => {
    const worker = new StandInWorker();
    const ready = whenActive(registrationWith(worker));

    worker.moveTo('redundant');

    expect(await settled(ready)).toBe('rejected');
  });

  test('rejects when no worker is there at all', async () => {
    const none = { active: null, installing: null, waiting: null } as unknown as ServiceWorkerRegistration;

    expect(await settled(whenActive(none))).toBe('rejected');
  });
});

describe('switchOnOfflineCopy', () => {
  test('registers the offline worker for the whole site, and resolves when it is active', async () => {
    const site = standInSite();
    const switching = switchOnOfflineCopy(site.container);
    await settled(switching);

    expect(site.registered).toEqual([{ url: OFFLINE_WORKER_PATH, scope: '/' }]);
    expect(await settled(switching)).toBe('pending');

    site.installing.moveTo('activated');
    expect(await settled(switching)).toBe('resolved');
  });
});

describe('removeOfflineCopy', () => {
  test('unregisters every worker of the site and deletes every cache', async () => {
    const site = standInSite({ registrations: 2, caches: ['online-safety-guides-precache-v2-/', 'an-older-cache'] });

    await removeOfflineCopy(site.container, site.cacheStorage);

    expect(site.registrations).toEqual([]);
    expect([...site.names]).toEqual([]);
  });

  test('fails, so the page does not say it is gone, when a worker stays registered', async () => {
    const site = standInSite({ registrations: 1, caches: ['online-safety-guides-precache-v2-/'], stubborn: true });

    await expect(removeOfflineCopy(site.container, site.cacheStorage)).rejects.toThrow(/still on this device/);
  });

  test('does nothing harmful when there is no copy', async () => {
    const site = standInSite();

    await expect(removeOfflineCopy(site.container, site.cacheStorage)).resolves.toBeUndefined();
  });
});
