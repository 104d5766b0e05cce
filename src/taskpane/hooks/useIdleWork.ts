import { useEffect } from "react";

/** Items handled per slice: small enough that a slice stays far below a 50 ms task. */
const SLICE = 500;

/**
 * Runs `work` on every item in small slices between the browser's other tasks, once per list, so
 * that what a later click needs (search text, grouped actions) is ready without one long freeze.
 */
export function useIdleWork<T>(items: readonly T[], work: (item: T) => void): void {
  useEffect(() => {
    let next = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const slice = () => {
      const end = Math.min(items.length, next + SLICE);
      for (; next < end; next++) work(items[next]!);
      if (next < items.length) timer = setTimeout(slice, 0);
    };
    timer = setTimeout(slice, 0);
    return () => clearTimeout(timer);
  }, [items, work]);
}
