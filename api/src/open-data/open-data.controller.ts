import { Controller, Get, NotFoundException, Param, Req, Res } from '@nestjs/common';
import { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../auth/decorators';
import { SessionsService } from '../auth/sessions.service';
import { LoaderCache } from '../common/batch';
import { DomainError, ErrorCode } from '../common/domain-error';
import { DataDictionary } from './data-dictionary';
import { zipArchive } from './open-data-files';
import { tablesToDocument } from './plan-document';
import { PlanExport, PlanExportService } from './plan-export.service';

/** `<plan>.json` or `<plan>.zip`. */
const DOWNLOAD = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.(json|zip)$/;

/** A published plan may be kept by browsers and shared caches for five minutes. */
export const CACHE_PUBLISHED = 'public, max-age=300';
/** A draft, downloaded by its organisation's executive with their session, is kept by no cache. */
export const CACHE_DRAFT = 'private, no-store';

/**
 * The open-data downloads: `GET /data/<org>/<plan>.json` (the document) and `.zip` (CSV files,
 * datapackage.json, README). Public for published plans; a draft exists only for those who may
 * see it (its organisation's executives, with their session), and is never cached. And the
 * data dictionary the files point to, `GET /data/open-data.md`.
 */
@Controller('data')
export class OpenDataController {
  constructor(
    private readonly exports: PlanExportService,
    private readonly sessions: SessionsService,
    private readonly dictionary: DataDictionary,
  ) {}

  @Public()
  @Get('open-data.md')
  dataDictionary(@Res() reply: FastifyReply): void {
    void reply.type('text/plain; charset=utf-8').header('cache-control', CACHE_PUBLISHED).send(this.dictionary.text);
  }

  @Public()
  @Get(':organisation/:file')
  async download(
    @Param('organisation') organisationSlug: string,
    @Param('file') file: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const match = DOWNLOAD.exec(file);
    if (!match) throw new NotFoundException(`There is no download "${file}": ask for <plan>.json or <plan>.zip.`);
    const [, planSlug, format] = match;
    const data = await this.read(request, organisationSlug, planSlug);
    void reply.header('cache-control', data.plan.publishedAt === null ? CACHE_DRAFT : CACHE_PUBLISHED);
    if (format === 'json') {
      const document = tablesToDocument(data.tables, data.meta);
      void reply
        .type('application/json; charset=utf-8')
        .header('content-disposition', `inline; filename="${planSlug}.json"`)
        .send(JSON.stringify(document));
      return;
    }
    const zip = await zipArchive(data.tables, data.meta);
    void reply
      .type('application/zip')
      .header('content-disposition', `attachment; filename="${planSlug}.zip"`)
      .send(zip);
  }

  private async read(request: FastifyRequest, organisationSlug: string, planSlug: string): Promise<PlanExport> {
    const active = await this.sessions.resolve(request);
    const ctx = {
      actor: { user: active?.user ?? null, ip: request.ip, requestId: String(request.id) },
      loaders: new LoaderCache(),
    };
    try {
      return await this.exports.export(ctx, organisationSlug, planSlug, this.dictionary.urlFor(request));
    } catch (error) {
      // An unknown organisation, an unknown plan, a draft the caller may not see and a plan of
      // another organisation all get the same answer.
      if (error instanceof DomainError && error.code === ErrorCode.NOT_FOUND)
        throw new NotFoundException(`There is no published plan "${planSlug}" of "${organisationSlug}".`);
      throw error;
    }
  }
}
