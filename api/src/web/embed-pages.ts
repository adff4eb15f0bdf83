import { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { Logger } from '@nestjs/common';
import { DomainError, ErrorCode } from '../common/domain-error';
import { embedOriginList } from '../organisations/embed-origins';
import { OrganisationsService } from '../organisations/organisations.service';
import { replyWithPublicAnswer } from '../public-cache/public-answer-reply';
import { PublicCache } from '../public-cache/public-cache';
import { graphqlThrough, serverEntryPath } from './page-rendering';

/** What the web's server entry (web/src/features/embed/renderEmbed.tsx) exports for embeds. */
interface EmbedEntry {
  renderEmbed(options: {
    organisationSlug: string;
    planSlug: string;
    reference: string | null;
    size: string | null;
    fetch: typeof fetch;
    signal?: AbortSignal;
  }): Promise<{ status: 200 | 400 | 404; html: string; css: string }>;
}

interface EmbedParams {
  organisation: string;
  plan: string;
  reference?: string;
}

const HTML = 'text/html; charset=utf-8';
/** The longest an embed's render may take. */
const RENDER_TIME_LIMIT_MS = 10_000;

/**
 * The embed's own Content-Security-Policy: nothing may be fetched or run (`default-src 'none'`),
 * its one `<style>` element is allowed by its hash, and it may be framed by any site or only by
 * the organisation's allow-list (`Organisation.embedOrigins`) and the tracker itself.
 */
export function embedPolicy(css: string, ancestors: readonly string[]): string {
  const hash = createHash('sha256').update(css).digest('base64');
  return [
    "default-src 'none'",
    `style-src 'sha256-${hash}'`,
    "base-uri 'none'",
    "form-action 'none'",
    // The tracker itself stays allowed: "Embed or share" previews the embed in a frame of its own pages.
    `frame-ancestors ${ancestors.length > 0 ? ["'self'", ...ancestors].join(' ') : '*'}`,
  ].join('; ');
}

/**
 * `GET /embed/<org>/<plan>` and `GET /embed/<org>/<plan>/<ref>` (`?size=320x400|600x400`, else
 * responsive): the compact views an organisation frames on its own website
 * (docs/for-organisations.md), rendered by the web's server entry as whole documents with their
 * styles inline and no script. Always the anonymous view (the page's GraphQL requests carry no
 * cookie), never a cookie set, no `X-Frame-Options`, and a policy of their own (`embedPolicy`).
 * An embed is kept in the public cache like the public pages (fresh until the next write or
 * midnight in London), sent with an ETag and `Cache-Control: no-cache`; "not found" and an
 * unknown size are rendered each time and never kept.
 */
export class EmbedPages {
  private readonly logger = new Logger('Embeds');
  private loaded: EmbedEntry | null = null;

  constructor(
    private readonly entryPath: string,
    private readonly cache: PublicCache,
    private readonly organisations: OrganisationsService,
  ) {}

  /** The routes, when the web was built with its server entry; none otherwise. */
  static register(server: FastifyInstance, webDist: string, cache: PublicCache, organisations: OrganisationsService) {
    const entryPath = serverEntryPath(webDist);
    if (!existsSync(entryPath)) return;
    const embeds = new EmbedPages(entryPath, cache, organisations);
    const handler = (request: FastifyRequest<{ Params: EmbedParams }>, reply: FastifyReply) => {
      void embeds.answer(request, reply);
    };
    server.get('/embed/:organisation/:plan', handler);
    server.get('/embed/:organisation/:plan/:reference', handler);
  }

  private get entry(): EmbedEntry {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    this.loaded ??= require(this.entryPath) as EmbedEntry;
    return this.loaded;
  }

  /** The sites that may frame the organisation's embeds; empty (any site) for an unknown one, whose embed is "not found". */
  private async ancestorsOf(organisationSlug: string): Promise<string[]> {
    try {
      return embedOriginList((await this.organisations.getBySlug(organisationSlug)).embedOrigins);
    } catch (error) {
      if (error instanceof DomainError && error.code === ErrorCode.NOT_FOUND) return [];
      throw error;
    }
  }

  private async render(request: FastifyRequest<{ Params: EmbedParams }>) {
    const { organisation, plan, reference } = request.params;
    const query = request.query as Record<string, unknown>;
    const size = typeof query['size'] === 'string' ? query['size'] : null;
    const embed = await this.entry.renderEmbed({
      organisationSlug: organisation,
      planSlug: plan,
      reference: reference ?? null,
      size,
      fetch: graphqlThrough(request.server),
      signal: AbortSignal.timeout(RENDER_TIME_LIMIT_MS),
    });
    const headers = {
      'content-type': HTML,
      'content-security-policy': embedPolicy(embed.css, await this.ancestorsOf(organisation)),
    };
    return { ...embed, headers };
  }

  /** Sends the embed; never awaits or returns the reply itself. */
  async answer(request: FastifyRequest<{ Params: EmbedParams }>, reply: FastifyReply): Promise<void> {
    // The main site's refusal to be framed (security-headers.ts) is replaced by the embed's own policy.
    reply.raw.removeHeader('x-frame-options');
    void reply.header('cross-origin-resource-policy', 'cross-origin').header('cache-control', 'no-cache');
    const { organisation, plan, reference } = request.params;
    const query = request.query as Record<string, unknown>;
    const key = `embed:${JSON.stringify([organisation, plan, reference ?? null, query['size'] ?? null])}`;
    let rendered: Awaited<ReturnType<EmbedPages['render']>> | undefined;
    try {
      const kept = await this.cache.get(key, async () => {
        rendered = await this.render(request);
        return rendered.status === 200 ? { body: rendered.html, headers: rendered.headers } : null;
      });
      if (kept) {
        replyWithPublicAnswer(request, reply, kept);
        return;
      }
      rendered ??= await this.render(request);
    } catch (error) {
      this.logger.error(
        `An embed could not be rendered: ${error instanceof Error ? error.message : String(error)}`,
        error instanceof Error ? error.stack : undefined,
      );
      void reply
        .code(503)
        .header('content-security-policy', "default-src 'none'; frame-ancestors *")
        .type('text/plain; charset=utf-8')
        .send('The embed could not be shown just now; try again in a minute.');
      return;
    }
    void reply.code(rendered.status).headers(rendered.headers).send(rendered.html);
  }
}
