import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint } from './after-paint.ts';

describe('afterNextPaint', () => {
  let frames: (() => void)[];
  beforeEach(() => {
    vi.useFakeTimers();
    frames = [];
    vi.stubGlobal('requestAnimationFrame', (cb: () => void) => frames.push(cb));
    vi.stubGlobal('cancelAnimationFrame', (id: number) => {
      frames[id - 1] = () => undefined;
    });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });
  const paint = () => frames.splice(0).forEach((cb) => cb());

  it('runs the task as a task queued in the next frame, not before', () => {
    const ran: string[] = [];
    afterNextPaint(() => ran.push('task'));
    vi.advanceTimersByTime(50);
    expect(ran).toEqual([]);
    paint();
    expect(ran).toEqual([]);
    vi.advanceTimersByTime(0);
    expect(ran).toEqual(['task']);
  });

  it('is cancelled before the frame, and after the frame before the task', () => {
    const ran: string[] = [];
    afterNextPaint(() => ran.push('before frame'))();
    const cancel = afterNextPaint(() => ran.push('after frame'));
    paint();
    cancel();
    vi.advanceTimersByTime(10);
    expect(ran).toEqual([]);
  });
});
