import { Injectable } from '@nestjs/common';
import { FastifyRequest } from 'fastify';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppConfig } from '../config/app-config';

/** Where the server serves the data dictionary (docs/open-data.md) as plain text. */
export const DATA_DICTIONARY_ROUTE = '/data/open-data.md';

/**
 * docs/open-data.md of the repository the server runs from: three folders up from this file,
 * whether it runs as TypeScript (api/src/open-data) or built (api/dist/open-data).
 */
export function dataDictionaryFile(): string {
  return join(__dirname, '..', '..', '..', 'docs', 'open-data.md');
}

/**
 * The data dictionary's text, read once when the server starts. The files point at it, so a
 * server without it does not start: it runs from a whole copy of the repository.
 */
@Injectable()
export class DataDictionary {
  readonly text: string;

  constructor(private readonly config: AppConfig) {
    const file = dataDictionaryFile();
    if (!existsSync(file))
      throw new Error(
        `The open-data dictionary is not at ${file}: run the tracker from a whole copy of its repository (docs/ included).`,
      );
    this.text = readFileSync(file, 'utf8');
  }

  /**
   * Its absolute address: on PUBLIC_URL when that is set (the address people use), else on the
   * origin the request came to.
   */
  urlFor(request: FastifyRequest): string {
    const origin = this.config.PUBLIC_URL ? this.config.publicUrl : `${request.protocol}://${request.host}`;
    return `${origin}${DATA_DICTIONARY_ROUTE}`;
  }
}
