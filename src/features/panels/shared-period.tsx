import { createContext, type ReactNode, useContext, useState, useSyncExternalStore } from 'react';

/**
 * The period a reader is pointing at, shared by the panels of a page, so that hovering 2015 on one
 * chart shows 2015 on every other chart that has it (Grafana's shared crosshair, matched by period
 * rather than by index). It changes on every move of the pointer, so it lives in a small store
 * rather than in React state: only the charts' pointers and the readouts listen to it, not the
 * panels.
 */
export interface SharedPeriod {
  period: string;
  /** The panel where the reader points, by indicator id. */
  origin: string;
  /** A keyboard step is read out by the panel that took it; a hover is not. */
  via: 'pointer' | 'keyboard';
}

interface SharedPeriodStore {
  get: () => SharedPeriod | null;
  set: (next: SharedPeriod | null) => void;
  subscribe: (listener: () => void) => () => void;
  /** Whether the other panels follow; when not, each panel follows only itself. */
  linked: boolean;
}

function createStore(linked: boolean): SharedPeriodStore {
  let current: SharedPeriod | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set: (next) => {
      if (
        next === current ||
        (next &&
          current &&
          next.period === current.period &&
          next.origin === current.origin &&
          next.via === current.via)
      )
        return;
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

const noPeriod = () => null;

/**
 * The shared period as one panel sees it: the period it should show (its own, or another panel's
 * when linked), and how to set it. Outside a provider (the report, an embed) a panel has a store of
 * its own.
 */
export function useSharedPeriod(origin: string): {
  shared: SharedPeriod | null;
  setPeriod: (period: string | null, via?: SharedPeriod['via']) => void;
} {
  const provided = useContext(SharedPeriodContext);
  const [own] = useState(() => createStore(false));
  const store = provided ?? own;
  const current = useSyncExternalStore(store.subscribe, store.get, noPeriod);
  const shared = current && (store.linked || current.origin === origin) ? current : null;
  return {
    shared,
    setPeriod: (period, via = 'pointer') => {
      if (period === null) {
        // Only the panel that set the period clears it, so that leaving one chart for another
        // does not wipe what the other has just set.
        if (store.get()?.origin === origin) store.set(null);
      } else store.set({ period, origin, via });
    },
  };
}
