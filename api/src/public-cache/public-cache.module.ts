import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { GenerationCheck } from './generation-check';
import { GraphQLFastPath } from './graphql-fast-path';
import { PublicCache } from './public-cache';

/**
 * What anonymous readers get, computed once per data generation and London date and kept in
 * memory: the GraphQL fast path, and `PublicCache` for any other public bytes.
 */
@Module({
  imports: [AuthModule],
  providers: [GenerationCheck, PublicCache, GraphQLFastPath],
  exports: [PublicCache, GraphQLFastPath],
})
export class PublicCacheModule {}
