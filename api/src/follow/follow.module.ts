import { Module } from '@nestjs/common';
import { CommentsModule } from '../comments/comments.module';
import { LedgerModule } from '../ledger/ledger.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { PlansModule } from '../plans/plans.module';
import { PublicCacheModule } from '../public-cache/public-cache.module';
import { RevisionsModule } from '../revisions/revisions.module';
import { RoundtablesModule } from '../roundtables/roundtables.module';
import { PlanCalendars } from './calendar';
import { PlanFeeds } from './feed';
import { FollowController } from './follow.controller';
import { PublicPlans } from './public-plan';

/**
 * Following a plan from elsewhere (docs/architecture.md, "Feeds, calendar and badges"): Atom
 * feeds, the iCalendar file and SVG badges of published plans. It owns no table: it reads
 * through the owners' services what the anonymous public may see.
 */
@Module({
  imports: [
    OrganisationsModule,
    PlansModule,
    LedgerModule,
    RevisionsModule,
    CommentsModule,
    RoundtablesModule,
    PublicCacheModule,
  ],
  controllers: [FollowController],
  providers: [PublicPlans, PlanFeeds, PlanCalendars],
})
export class FollowModule {}
