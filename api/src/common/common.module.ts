import { Global, Module } from '@nestjs/common';
import { Clock } from './clock';
import { Transactions } from './transactions';

/** Providers every feature uses. */
@Global()
@Module({ providers: [Clock, Transactions], exports: [Clock, Transactions] })
export class CommonModule {}
