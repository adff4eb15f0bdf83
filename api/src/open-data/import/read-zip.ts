import { Readable } from 'node:stream';
import { Entry, fromBuffer, ZipFile } from 'yauzl';
import {
  MAX_COMPRESSION_RATIO,
  MAX_UNZIPPED_BYTES,
  MAX_ZIP_ENTRIES,
  megabytes,
  RATIO_CHECK_FROM_BYTES,
} from './import-limits';
import { FileTooLarge, UnreadableFile } from './import-preview';

export interface ZippedFile {
  name: string;
  bytes: Buffer;
}

const open = (buffer: Buffer): Promise<ZipFile> =>
  new Promise((resolve, reject) => {
    fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true, strictFileNames: true }, (error, zip) =>
      error ? reject(new UnreadableFile(`This is not a zip file we can read (${error.message}).`)) : resolve(zip),
    );
  });

const entryStream = (zip: ZipFile, entry: Entry): Promise<Readable> =>
  new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => (error ? reject(error) : resolve(stream)));
  });

/** Inflates one entry, stopping as soon as it grows past what its header declared. */
async function inflate(zip: ZipFile, entry: Entry): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of await entryStream(zip, entry)) {
      size += (chunk as Buffer).length;
      if (size > entry.uncompressedSize) throw new Error('it is larger than it says');
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    throw new UnreadableFile(`${entry.fileName} in the zip is damaged (${(error as Error).message}).`);
  }
  return Buffer.concat(chunks);
}

/**
 * The files of a zip, checked before anything is inflated: at most MAX_ZIP_ENTRIES entries,
 * plain file names without folders, names `allowed` accepts, MAX_UNZIPPED_BYTES in all and no
 * entry that inflates more than MAX_COMPRESSION_RATIO times (a zip bomb). yauzl reads each
 * entry's sizes from the central directory and checks the inflated bytes against them.
 */
export async function readZip(buffer: Buffer, allowed: (name: string) => boolean): Promise<ZippedFile[]> {
  const zip = await open(buffer);
  if (zip.entryCount > MAX_ZIP_ENTRIES) {
    zip.close();
    throw new UnreadableFile(
      `The zip holds ${zip.entryCount} files; an export holds 12 and an import takes at most ${MAX_ZIP_ENTRIES}.`,
    );
  }
  const entries: Entry[] = await new Promise((resolve, reject) => {
    const found: Entry[] = [];
    zip.on('entry', (entry: Entry) => {
      found.push(entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(found));
    zip.on('error', (error: Error) => reject(new UnreadableFile(`This zip file is damaged (${error.message}).`)));
    zip.readEntry();
  });
  try {
    let total = 0;
    for (const entry of entries) {
      const name = entry.fileName;
      if (name.includes('/') || name.includes('\\'))
        throw new UnreadableFile(`The zip holds "${name}": files must be at its top level, not in folders.`);
      if (!allowed(name))
        throw new UnreadableFile(
          `The zip holds "${name}", which is not one of the files of an export (plan.csv, commitments.csv, …).`,
        );
      if (entry.isEncrypted()) throw new UnreadableFile(`${name} in the zip is encrypted; we cannot read it.`);
      total += entry.uncompressedSize;
      if (total > MAX_UNZIPPED_BYTES)
        throw new FileTooLarge(`The files in the zip come to more than ${megabytes(MAX_UNZIPPED_BYTES)} unpacked.`);
      if (
        entry.uncompressedSize > RATIO_CHECK_FROM_BYTES &&
        entry.uncompressedSize > MAX_COMPRESSION_RATIO * Math.max(1, entry.compressedSize)
      )
        throw new FileTooLarge(
          `${name} in the zip would grow more than ${MAX_COMPRESSION_RATIO} times when unpacked; that is not an export of ours.`,
        );
    }
    const files: ZippedFile[] = [];
    for (const entry of entries) files.push({ name: entry.fileName, bytes: await inflate(zip, entry) });
    return files;
  } finally {
    zip.close();
  }
}
