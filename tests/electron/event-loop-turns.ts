// How free the calling thread stays while some work runs: the number of event
// loop turns it takes until the work's promise settles. Work done on the
// calling thread is one uninterrupted stretch (a turn or two at most); work in
// a worker lets the loop turn freely meanwhile. Counts, never times.
export async function turnsWhile(work: () => Promise<unknown>): Promise<number> {
  let turns = 0;
  let done = false;
  const spin = () => {
    turns++;
    if (!done) setImmediate(spin);
  };
  setImmediate(spin);
  try {
    await work();
  } finally {
    done = true;
  }
  return turns;
}
