import { FreshRead } from './fresh-read';

/** A read the test finishes by hand, recording when each one started. */
function controlledReads() {
  const started: { finish: (value: number) => void; fail: (error: Error) => void }[] = [];
  const read = () =>
    new Promise<number>((resolve, reject) => {
      started.push({ finish: resolve, fail: reject });
    });
  return { started, read };
}

const settled = () => new Promise((resolve) => setImmediate(resolve));

describe('FreshRead', () => {
  it('shares the read in flight only with those who called before it started; later callers get the next one', async () => {
    const { started, read } = controlledReads();
    const reads = new FreshRead(read);
    const early = reads.current();
    expect(started).toHaveLength(1);
    // These arrive once the first read has started: they wait for one that starts after them.
    const late = [reads.current(), reads.current(), reads.current()];
    expect(started).toHaveLength(1);
    started[0].finish(1);
    expect(await early).toBe(1);
    await settled();
    expect(started).toHaveLength(2);
    const later = reads.current();
    started[1].finish(2);
    expect(await Promise.all(late)).toEqual([2, 2, 2]);
    await settled();
    expect(started).toHaveLength(3);
    started[2].finish(3);
    expect(await later).toBe(3);
  });

  it('has at most one read in flight, and none when nobody waits', async () => {
    const { started, read } = controlledReads();
    const reads = new FreshRead(read);
    const all: Promise<number>[] = [];
    for (let round = 0; round < 5; round++) {
      for (let i = 0; i < 20; i++) all.push(reads.current());
      await settled();
      expect(started).toHaveLength(round + 1);
      started[round].finish(round);
      await settled();
    }
    started[5].finish(5);
    await Promise.all(all);
    await settled();
    expect(started).toHaveLength(6);
  });

  it('gives a failed read’s error to its own callers only; the next read starts afresh', async () => {
    const { started, read } = controlledReads();
    const reads = new FreshRead(read);
    const first = reads.current();
    const second = reads.current();
    started[0].fail(new Error('database gone'));
    await expect(first).rejects.toThrow('database gone');
    await settled();
    started[1].fail(new Error('database still gone'));
    await expect(second).rejects.toThrow('database still gone');
    const third = reads.current();
    expect(started).toHaveLength(3);
    started[2].finish(7);
    expect(await third).toBe(7);
  });
});
