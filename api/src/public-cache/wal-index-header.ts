import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';

/** The first copy of SQLite's WAL-index header (its -shm file): every commit, by any process, rewrites it. */
const WAL_INDEX_HEADER_BYTES = 48;

/** How often the kept descriptor is checked to still be that of the file at the -shm path. */
const REOPEN_CHECK_MS = 1000;

/**
 * The WAL-index header of a SQLite database in WAL mode (its -shm file), read through a descriptor
 * kept open: one read per check, no open or close. SQLite updates the header as the last step of
 * every commit (it is what makes the commit visible to readers): the counter of changes, the last
 * frame and the checksums all move, so the same bytes twice mean that no write was committed in
 * between, in this process or any other.
 *
 * SQLite removes the -shm file only when the last connection to the database closes, and this
 * process holds one for as long as it serves. Should the file at the path ever be another all the
 * same, that is seen within a second (its inode differs) and the new one is opened.
 */
export class WalIndexHeader {
  private descriptor: number | null = null;
  private checkedAt = 0;
  private readonly bytes = Buffer.alloc(WAL_INDEX_HEADER_BYTES);

  constructor(
    private readonly path: string,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** The header as it is now, or null when it cannot be read; the buffer is reused by the next read. */
  read(): Buffer | null {
    try {
      const now = this.now();
      if (this.descriptor !== null && now - this.checkedAt >= REOPEN_CHECK_MS) {
        this.checkedAt = now;
        if (fstatSync(this.descriptor).ino !== statSync(this.path).ino) this.close();
      }
      if (this.descriptor === null) {
        this.descriptor = openSync(this.path, 'r');
        this.checkedAt = now;
      }
      return readSync(this.descriptor, this.bytes, 0, WAL_INDEX_HEADER_BYTES, 0) === WAL_INDEX_HEADER_BYTES
        ? this.bytes
        : null;
    } catch {
      this.close();
      return null;
    }
  }

  /** Lets the file go; the next read opens it again. */
  close(): void {
    if (this.descriptor === null) return;
    const descriptor = this.descriptor;
    this.descriptor = null;
    try {
      closeSync(descriptor);
    } catch {
      // Already closed.
    }
  }
}
