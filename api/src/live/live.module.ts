import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { Comment } from '../comments/comment.entity';
import { CommitmentsModule } from '../commitments/commitments.module';
import { PlansModule } from '../plans/plans.module';
import { LiveChanges } from './live-changes.service';
import { LiveResolver, PlanChangeSequenceResolver } from './live.resolver';
import { LiveSocket } from './live.socket';

/** Live pages: GraphQL subscriptions over graphql-ws, fed by the ChangeBus (docs/architecture.md, "Live pages"). */
@Module({
  imports: [TypeOrmModule.forFeature([Comment]), AuthModule, PlansModule, CommitmentsModule],
  providers: [LiveChanges, LiveResolver, PlanChangeSequenceResolver, LiveSocket],
  exports: [LiveSocket],
})
export class LiveModule {}
