import { Global, Module } from '@nestjs/common';
import { Clock } from './clock';

/** Providers every feature uses. */
@Global()
@Module({ providers: [Clock], exports: [Clock] })
export class CommonModule {}
