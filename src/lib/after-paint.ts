/**
 * Runs `task` just after the next frame is painted: a task queued from that frame's animation-frame
 * callback, so input and drawing come first and it takes its turn with the page's other tasks. Where
 * there are no animation frames (tests outside a browser), just after the current task. Returns a
 * function that cancels it if it has not run.
 */
export function afterNextPaint(task: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  if (typeof requestAnimationFrame !== 'function') {
    timer = setTimeout(task, 0);
    return () => clearTimeout(timer);
  }
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(task, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
