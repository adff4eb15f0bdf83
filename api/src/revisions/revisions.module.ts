import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { Revision } from './revision.entity';
import { RevisionsResolver } from './revisions.resolver';
import { RevisionsService } from './revisions.service';

@Module({
  imports: [TypeOrmModule.forFeature([Revision]), AuthModule],
  providers: [RevisionsService, RevisionsResolver],
  exports: [RevisionsService],
})
export class RevisionsModule {}
