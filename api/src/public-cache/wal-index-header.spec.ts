import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WalIndexHeader } from './wal-index-header';

/** A -shm file's first 48 bytes, all `byte`, followed by the rest of a page. */
const header = (byte: number) => Buffer.concat([Buffer.alloc(48, byte), Buffer.alloc(4048)]);

describe('WalIndexHeader', () => {
  let folder: string;
  let path: string;
  let now: number;
  let reader: WalIndexHeader;

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'wal-index-header-'));
    path = join(folder, 'tracker.sqlite-shm');
    now = 0;
    reader = new WalIndexHeader(path, () => now);
  });

  afterEach(() => {
    reader.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('reads the header as it is at each call, through the one descriptor it keeps', () => {
    writeFileSync(path, header(1));
    expect(reader.read()).toEqual(Buffer.alloc(48, 1));
    // Written in place, as SQLite writes it through its mapping of the file.
    writeFileSync(path, header(2), { flag: 'r+' });
    expect(reader.read()).toEqual(Buffer.alloc(48, 2));
  });

  it('is null while there is no file or less than a header, and reads the file once it is there', () => {
    expect(reader.read()).toBeNull();
    writeFileSync(path, Buffer.alloc(20, 1));
    expect(reader.read()).toBeNull();
    writeFileSync(path, header(3));
    expect(reader.read()).toEqual(Buffer.alloc(48, 3));
  });

  it('opens the file now at the path once a second has passed, should it be another', () => {
    writeFileSync(path, header(1));
    expect(reader.read()).toEqual(Buffer.alloc(48, 1));
    const replacement = join(folder, 'replacement');
    writeFileSync(replacement, header(4));
    renameSync(replacement, path);
    now = 999;
    expect(reader.read()).toEqual(Buffer.alloc(48, 1));
    now = 1000;
    expect(reader.read()).toEqual(Buffer.alloc(48, 4));
  });

  it('is null once the file is gone, so the caller asks the database instead', () => {
    writeFileSync(path, header(1));
    expect(reader.read()).toEqual(Buffer.alloc(48, 1));
    rmSync(path);
    now = 1000;
    expect(reader.read()).toBeNull();
  });
});
