import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { SignedInActor } from '../../auth/actor';
import { SessionsService } from '../../auth/sessions.service';
import { Role } from '../../auth/user.entity';
import { WriteLimitGuard } from '../../auth/write-limit.guard';
import { DomainError, ErrorCode } from '../../common/domain-error';
import { MAX_UPLOAD_BYTES } from './import-limits';
import { FileTooLarge, UnreadableFile } from './import-preview';
import { PlanImportService } from './plan-import.service';
import { readUpload, UploadKind } from './read-upload';

const KINDS: Record<string, UploadKind> = { 'application/zip': 'zip', 'application/json': 'json', 'text/csv': 'csv' };

/** `X-File-Name` is percent-encoded (a header holds ASCII only); a name that does not decode is refused. */
function decodedFileName(header: string): string {
  try {
    return decodeURIComponent(header);
  } catch {
    throw new UnreadableFile(`The file name "${header.slice(0, 100)}" is not valid percent-encoded text.`);
  }
}

const STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.RATE_LIMITED]: 429,
  [ErrorCode.BAD_USER_INPUT]: 400,
};

/**
 * `POST /data/<org>/import?dryRun=true|false[&plan=<slug>]`: the file's bytes as the body, typed
 * application/zip, application/json or text/csv (anything else is 415, which also keeps
 * cross-site forms out), named by `X-File-Name`, sent with the session cookie of one of the
 * organisation's executives. The route has a body limit of its own (MAX_UPLOAD_BYTES, 413 past
 * it), counts as a write, and never logs the file.
 */
@Injectable()
export class ImportRoute implements OnModuleInit {
  private readonly logger = new Logger('Import');

  constructor(
    private readonly adapter: HttpAdapterHost,
    private readonly sessions: SessionsService,
    private readonly writes: WriteLimitGuard,
    private readonly imports: PlanImportService,
  ) {}

  onModuleInit(): void {
    // A `tracker` command's application context has no HTTP server to route.
    if (!this.adapter.httpAdapter) return;
    const fastify = this.adapter.httpAdapter.getInstance<FastifyInstance>();
    void fastify.register(async (scope) => {
      scope.removeAllContentTypeParsers();
      scope.addContentTypeParser(
        Object.keys(KINDS),
        { parseAs: 'buffer', bodyLimit: MAX_UPLOAD_BYTES },
        (_request, body, done) => done(null, body),
      );
      scope.post('/data/:org/import', { bodyLimit: MAX_UPLOAD_BYTES }, (request, reply) => this.handle(request, reply));
    });
  }

  private async handle(request: FastifyRequest, reply: FastifyReply): Promise<unknown> {
    const { org } = request.params as { org: string };
    const query = request.query as Record<string, string | undefined>;
    try {
      const active = await this.sessions.resolve(request);
      const actor = { user: active?.user ?? null, ip: request.ip, requestId: request.id };
      if (!actor.user) throw new DomainError(ErrorCode.UNAUTHENTICATED, 'Sign in to import.');
      if (actor.user.role !== Role.EXECUTIVE)
        throw new DomainError(ErrorCode.FORBIDDEN, 'Only an executive of the organisation may import.');
      await this.writes.count(actor, reply);
      const contentType = (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
      const fileName = String(request.headers['x-file-name'] ?? `upload.${KINDS[contentType]}`);
      const upload = await readUpload(decodedFileName(fileName), request.body as Buffer, KINDS[contentType]);
      const preview = await this.imports.run(upload, {
        organisationSlug: org,
        planSlug: query.plan,
        dryRun: query.dryRun !== 'false',
        actor: actor as SignedInActor,
      });
      this.logger.log(
        `import into ${org} by ${actor.user.id}: ${preview.applied ? 'applied' : 'not applied'} ${JSON.stringify(preview.counts)}`,
      );
      return await reply.status(200).send(preview);
    } catch (error) {
      if (error instanceof FileTooLarge) return reply.status(413).send({ error: error.message });
      if (error instanceof UnreadableFile) return reply.status(400).send({ error: error.message });
      if (error instanceof DomainError) return reply.status(STATUS[error.code] ?? 400).send({ error: error.message });
      throw error;
    }
  }
}
