import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { EditsService } from './edits.service';
import { Revision } from './revision.entity';
import { RevisionsResolver } from './revisions.resolver';
import { RevisionsService } from './revisions.service';

@Module({
  imports: [TypeOrmModule.forFeature([Revision]), AuthModule],
  providers: [RevisionsService, EditsService, RevisionsResolver],
  exports: [RevisionsService, EditsService],
})
export class RevisionsModule {}
