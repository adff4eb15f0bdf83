interface Waiting<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
}

function waiting<T>(): Waiting<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

/**
 * One read shared by many callers, never older than the call: a caller gets the value of a
 * read that started after it called. The read in flight answers only those who called before it
 * started; later callers wait together for the next read, which starts when the one in flight
 * ends. At most one read is in flight, however many callers there are.
 */
export class FreshRead<T> {
  private running: Promise<T> | null = null;
  private next: Waiting<T> | null = null;

  constructor(private readonly read: () => Promise<T>) {}

  current(): Promise<T> {
    if (!this.running) {
      this.running = this.start();
      return this.running;
    }
    this.next ??= waiting<T>();
    return this.next.promise;
  }

  private async start(): Promise<T> {
    try {
      return await this.read();
    } finally {
      const next = this.next;
      this.next = null;
      if (next) {
        this.running = this.start();
        this.running.then(next.resolve, next.reject);
      } else {
        this.running = null;
      }
    }
  }
}
