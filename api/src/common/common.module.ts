import { Global, Module } from '@nestjs/common';
import { Clock } from './clock';
import { SlugNamespace } from './slug-namespace';
import { Transactions } from './transactions';

/** Providers every feature uses. */
@Global()
@Module({ providers: [Clock, Transactions, SlugNamespace], exports: [Clock, Transactions, SlugNamespace] })
export class CommonModule {}
