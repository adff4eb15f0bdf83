import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../auth/decorators';
import { Commitment } from '../commitments/commitment.entity';
import { replyWithPublicAnswer } from '../public-cache/public-answer-reply';
import { PublicBytes, PublicCache } from '../public-cache/public-cache';
import { commitmentBadge, planBadge } from './badge';
import { PlanCalendars } from './calendar';
import { PlanFeeds } from './feed';
import { commitmentOf, notFoundMessage, planFile, PublicPlan, PublicPlans, referenceFile } from './public-plan';

/** Readers, calendars and the badges on other sites may keep an answer five minutes. */
export const CACHE_FOLLOW = 'public, max-age=300';

export const ATOM = 'application/atom+xml; charset=utf-8';
export const CALENDAR = 'text/calendar; charset=utf-8';
export const SVG = 'image/svg+xml; charset=utf-8';

/**
 * Other sites show the badges (`<img>`) and web feed readers fetch the feeds: the security
 * headers' `Cross-Origin-Resource-Policy: same-origin` would stop both, so these public,
 * credential-free answers may be read from any origin.
 */
const ANY_ORIGIN = { 'cross-origin-resource-policy': 'cross-origin', 'access-control-allow-origin': '*' };

/**
 * Following a published plan from elsewhere: its Atom feeds, its iCalendar file and its badges.
 * Each answer is what an anonymous reader sees, whoever asks, kept in the public cache (fresh
 * until the next write or midnight in London) and sent with its ETag, so a repeat request after
 * no write costs a lookup and a reader holding it gets 304. A draft, an unknown organisation,
 * plan or commitment all get the same short 404. No cookie is read or set.
 */
/** `/<route>/<org>/<plan>.<extension>`. */
interface PlanParams {
  organisation: string;
  file: string;
}

/** `/<route>/<org>/<plan>/<ref>.<extension>`. */
interface CommitmentParams extends PlanParams {
  plan: string;
}

@Controller()
export class FollowController {
  constructor(
    private readonly plans: PublicPlans,
    private readonly cache: PublicCache,
    private readonly feeds: PlanFeeds,
    private readonly calendars: PlanCalendars,
  ) {}

  @Public()
  @Get('feeds/:organisation/:file')
  async planFeed(
    @Param() params: PlanParams,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.plan(request, reply, params, 'atom', async (found) => ({
      body: await this.feeds.atom(found, null),
      headers: { 'content-type': ATOM },
    }));
  }

  @Public()
  @Get('feeds/:organisation/:plan/:file')
  async commitmentFeed(
    @Param() params: CommitmentParams,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.commitment(request, reply, params, 'atom', async (found, commitment) => ({
      body: await this.feeds.atom(found, commitment),
      headers: { 'content-type': ATOM },
    }));
  }

  @Public()
  @Get('calendar/:organisation/:file')
  async calendar(
    @Param() params: PlanParams,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.plan(request, reply, params, 'ics', async (found) => ({
      body: await this.calendars.ics(found),
      headers: { 'content-type': CALENDAR, 'content-disposition': `inline; filename="${found.plan.slug}.ics"` },
    }));
  }

  @Public()
  @Get('badge/:organisation/:file')
  async planBadge(
    @Param() params: PlanParams,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.plan(request, reply, params, 'svg', (found) =>
      Promise.resolve({ body: planBadge(found), headers: { 'content-type': SVG } }),
    );
  }

  @Public()
  @Get('badge/:organisation/:plan/:file')
  async commitmentBadge(
    @Param() params: CommitmentParams,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.commitment(request, reply, params, 'svg', (found, commitment) =>
      Promise.resolve({ body: commitmentBadge(found, commitment), headers: { 'content-type': SVG } }),
    );
  }

  /** A plan's own file, `<plan>.<extension>`. */
  private plan(
    request: FastifyRequest,
    reply: FastifyReply,
    params: PlanParams,
    extension: string,
    compute: (found: PublicPlan) => Promise<PublicBytes>,
  ): Promise<void> {
    return this.serve(request, reply, params.organisation, planFile(params.file, extension), null, compute);
  }

  /** A commitment's file, `<plan>/<ref>.<extension>`. */
  private commitment(
    request: FastifyRequest,
    reply: FastifyReply,
    params: CommitmentParams,
    extension: string,
    compute: (found: PublicPlan, commitment: Commitment) => Promise<PublicBytes>,
  ): Promise<void> {
    const reference = referenceFile(params.file, extension) ?? '';
    return this.serve(request, reply, params.organisation, params.plan, reference, compute);
  }

  /**
   * Answers from the public cache, or 404 in plain text. `reference` null: the plan's own file;
   * a string: the file of that commitment ('' when the file name names none).
   */
  private async serve(
    request: FastifyRequest,
    reply: FastifyReply,
    organisationSlug: string,
    planSlug: string | null,
    reference: string | null,
    compute: (found: PublicPlan, commitment: Commitment) => Promise<PublicBytes>,
  ): Promise<void> {
    const origin = this.plans.originOf(request);
    const path = request.url.split('?')[0];
    const answer =
      planSlug === null || reference === ''
        ? null
        : await this.cache.get(`follow:${origin}${path}`, async () => {
            const found = await this.plans.find(origin, organisationSlug, planSlug);
            if (!found) return null;
            const commitment = reference === null ? null : commitmentOf(found, reference);
            if (reference !== null && !commitment) return null;
            const bytes = await compute(found, commitment as Commitment);
            return { body: bytes.body, headers: { ...bytes.headers, ...ANY_ORIGIN, 'cache-control': CACHE_FOLLOW } };
          });
    if (!answer) {
      void reply
        .code(404)
        .type('text/plain; charset=utf-8')
        .header('cache-control', 'no-cache')
        .send(notFoundMessage(organisationSlug, planSlug ?? '', reference ?? undefined));
      return;
    }
    replyWithPublicAnswer(request, reply, answer);
  }
}
