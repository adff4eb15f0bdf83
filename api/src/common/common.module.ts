import { Global, Module } from '@nestjs/common';
import { ChangeBus } from './change-bus';
import { Clock } from './clock';
import { SlugNamespace } from './slug-namespace';
import { Transactions } from './transactions';

/** Providers every feature uses. */
@Global()
@Module({
  providers: [Clock, Transactions, SlugNamespace, ChangeBus],
  exports: [Clock, Transactions, SlugNamespace, ChangeBus],
})
export class CommonModule {}
