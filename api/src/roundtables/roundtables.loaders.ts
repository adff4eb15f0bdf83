import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { LoaderContext, loaderKey, manyByKey, oneByKey } from '../common/batch';
import { AsksService } from './asks.service';
import { RoundtableAskLink } from './roundtable-ask-link.entity';
import { RoundtableAsk } from './roundtable-ask.entity';
import { Roundtable } from './roundtable.entity';
import { RegistrationCounts, RoundtablesService } from './roundtables.service';

export const ROUNDTABLES_BY_ID = loaderKey<string, Roundtable | null>('roundtables.byId');
export const ROUNDTABLES_BY_PLAN_ID = loaderKey<string, Roundtable[]>('roundtables.byPlanId');
export const REGISTRATION_COUNTS = loaderKey<string, RegistrationCounts>('roundtables.registrationCounts');
export const ASKS_BY_ID = loaderKey<string, RoundtableAsk | null>('roundtables.askById');
export const ASKS_BY_ROUNDTABLE_ID = loaderKey<string, RoundtableAsk[]>('roundtables.asksByRoundtableId');
export const ASKS_BY_PLAN_ID = loaderKey<string, RoundtableAsk[]>('roundtables.asksByPlanId');
export const LINKS_BY_ASK_ID = loaderKey<string, RoundtableAskLink[]>('roundtables.linksByAskId');
export const ASK_IDS_BY_COMMITMENT_ID = loaderKey<string, string[]>('roundtables.askIdsByCommitmentId');

@Injectable()
export class RoundtablesLoaders {
  constructor(
    private readonly service: RoundtablesService,
    private readonly asks: AsksService,
  ) {}

  byId(ctx: LoaderContext): DataLoader<string, Roundtable | null> {
    return ctx.loaders.get(ROUNDTABLES_BY_ID, async (ids) =>
      oneByKey(ids, await this.service.findByIds(ids), (r) => r.id),
    );
  }

  byPlanId(ctx: LoaderContext): DataLoader<string, Roundtable[]> {
    return ctx.loaders.get(ROUNDTABLES_BY_PLAN_ID, async (ids) =>
      manyByKey(ids, await this.service.findByPlanIds(ids), (r) => r.planId),
    );
  }

  registrationCounts(ctx: LoaderContext): DataLoader<string, RegistrationCounts> {
    return ctx.loaders.get(REGISTRATION_COUNTS, async (ids) => {
      const counts = await this.service.countRegistrations(ids);
      return ids.map((id) => counts.get(id) ?? { registered: 0, waiting: 0 });
    });
  }

  askById(ctx: LoaderContext): DataLoader<string, RoundtableAsk | null> {
    return ctx.loaders.get(ASKS_BY_ID, async (ids) => oneByKey(ids, await this.asks.findByIds(ids), (a) => a.id));
  }

  asksByRoundtableId(ctx: LoaderContext): DataLoader<string, RoundtableAsk[]> {
    return ctx.loaders.get(ASKS_BY_ROUNDTABLE_ID, async (ids) =>
      manyByKey(ids, await this.asks.findByRoundtableIds(ids), (a) => a.roundtableId),
    );
  }

  asksByPlanId(ctx: LoaderContext): DataLoader<string, RoundtableAsk[]> {
    return ctx.loaders.get(ASKS_BY_PLAN_ID, async (ids) =>
      manyByKey(ids, await this.asks.findByPlanIds(ids), (a) => a.planId),
    );
  }

  linksByAskId(ctx: LoaderContext): DataLoader<string, RoundtableAskLink[]> {
    return ctx.loaders.get(LINKS_BY_ASK_ID, async (ids) =>
      manyByKey(ids, await this.asks.findLinksByAskIds(ids), (l) => l.askId),
    );
  }

  /** The asks a commitment answers, itself or through one of its milestones. */
  askIdsByCommitmentId(ctx: LoaderContext): DataLoader<string, string[]> {
    return ctx.loaders.get(ASK_IDS_BY_COMMITMENT_ID, async (ids) =>
      manyByKey(ids, await this.asks.findLinksByCommitmentIds(ids), (l) => l.commitmentId).map((links) => [
        ...new Set(links.map((l) => l.askId)),
      ]),
    );
  }
}
