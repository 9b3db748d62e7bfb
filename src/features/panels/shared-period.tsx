import { createContext, type ReactNode, useContext, useState, useSyncExternalStore } from 'react';

/**
 * The period a reader is pointing at, shared by the panels of a page, so that hovering 2015 on one
 * chart shows 2015 on every other chart that has it (Grafana's shared crosshair, matched by period
 * rather than by index). It changes on every move of the pointer, so it lives in a small store
 * rather than in React state: only the charts' pointers, the readouts and the tables' marked rows
 * subscribe to it, not the panels.
 */
export interface SharedPeriod {
  period: string;
  /** The panel where the reader points, by indicator id. */
  origin: string;
  /** A keyboard step is read out by the panel that took it; a hover is not. */
  via: 'pointer' | 'keyboard';
}

export interface SharedPeriodStore {
  get: () => SharedPeriod | null;
  set: (next: SharedPeriod | null) => void;
  subscribe: (listener: () => void) => () => void;
  /** Whether the other panels follow; when not, each panel follows only itself. */
  linked: boolean;
}

function samePeriod(a: SharedPeriod | null, b: SharedPeriod | null): boolean {
  return (
    a === b || (!!a && !!b && a.period === b.period && a.origin === b.origin && a.via === b.via)
  );
}

function createStore(linked: boolean): SharedPeriodStore {
  let current: SharedPeriod | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set: (next) => {
      if (samePeriod(next, current)) return;
      current = next;
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    linked,
  };
}

const SharedPeriodContext = createContext<SharedPeriodStore | null>(null);

/** Shares the pointed-at period among the panels inside; `linked` false keeps each to itself. */
export function SharedPeriodProvider({
  linked,
  children,
}: {
  linked: boolean;
  children: ReactNode;
}) {
  const [stores] = useState(() => ({ on: createStore(true), off: createStore(false) }));
  return (
    <SharedPeriodContext.Provider value={linked ? stores.on : stores.off}>
      {children}
    </SharedPeriodContext.Provider>
  );
}

/**
 * The store a panel shares its period through: the page's, or, outside a provider (a panel on its
 * own, in a test), one of the panel's own. The panel reads it once and hands it to the parts that
 * subscribe, so that they all use the same store.
 */
export function useSharedPeriodStore(): SharedPeriodStore {
  const provided = useContext(SharedPeriodContext);
  const [own] = useState(() => createStore(false));
  return provided ?? own;
}

/** The shared period as the panel `origin` should show it: another panel's only when linked. */
export function periodSeenBy(store: SharedPeriodStore, origin: string): SharedPeriod | null {
  return seenBy(store, store.get(), origin);
}

function seenBy(
  store: SharedPeriodStore,
  current: SharedPeriod | null,
  origin: string,
): SharedPeriod | null {
  return current && (store.linked || current.origin === origin) ? current : null;
}

const noPeriod = () => null;

/** Subscribes to the shared period as the panel `origin` sees it. */
export function useSharedPeriod(store: SharedPeriodStore, origin: string): SharedPeriod | null {
  return seenBy(store, useSyncExternalStore(store.subscribe, store.get, noPeriod), origin);
}

/**
 * Sets the period from the panel `origin`, or clears it. Only the panel that set the period clears
 * it, so that leaving one chart for another does not wipe what the other has just set.
 */
export function setSharedPeriod(
  store: SharedPeriodStore,
  origin: string,
  period: string | null,
  via: SharedPeriod['via'] = 'pointer',
): void {
  if (period !== null) store.set({ period, origin, via });
  else if (store.get()?.origin === origin) store.set(null);
}
