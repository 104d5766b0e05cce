/** @jest-environment jsdom */
import { act, renderHook } from "@testing-library/react";
import { useIdleWork } from "../../../src/taskpane/hooks/useIdleWork";

describe("work done in slices between other tasks", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it("handles every item once, a slice per timer turn, none before the first turn", () => {
    const items = Array.from({ length: 1234 }, (_, index) => index);
    const seen: number[] = [];
    const work = (item: number) => seen.push(item);
    renderHook(() => useIdleWork(items, work));
    expect(seen).toHaveLength(0);
    act(() => void jest.advanceTimersToNextTimer());
    // One slice of 500 items, the first ones in order.
    expect(seen).toEqual(items.slice(0, 500));
    act(() => void jest.runAllTimers());
    expect(seen).toEqual(items);
  });

  it("stops when the list is replaced, and starts over on the new one", () => {
    const first = Array.from({ length: 2000 }, (_, index) => index);
    const second = [7, 8, 9];
    const seen: number[] = [];
    const work = (item: number) => seen.push(item);
    const { rerender } = renderHook(({ items }) => useIdleWork(items, work), { initialProps: { items: first } });
    act(() => void jest.advanceTimersToNextTimer());
    const before = seen.length;
    rerender({ items: second });
    act(() => void jest.runAllTimers());
    expect(seen.slice(before)).toEqual(second);
  });
});
