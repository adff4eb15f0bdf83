import { INestApplicationContext, Module, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AuditModule } from '../audit/audit.module';
import { startClockAt } from '../common/clock';
import { CommonModule } from '../common/common.module';
import { loadConfig } from '../config/app-config';
import { ConfigModule } from '../config/config.module';
import { DatabaseModule } from '../database/database.module';

/** A `tracker` command that works through the application's services. */
export interface Command {
  /** The feature modules whose services it uses; the configuration, the database and the common services come with each. */
  modules: Type[];
  run(app: INestApplicationContext, args: string[]): Promise<string>;
}

/**
 * The services of a command's modules on the migrated database named by DATABASE_URL, with the
 * process clock set as the server sets it: no HTTP server, no GraphQL schema, no dashboard, so a
 * command starts in a fraction of the time the whole application takes to build.
 */
export async function openCommandContext(command: Command): Promise<INestApplicationContext> {
  const config = loadConfig();
  if (config.CLOCK_START) startClockAt(new Date(config.CLOCK_START));
  @Module({ imports: [ConfigModule, CommonModule, AuditModule, DatabaseModule, ...command.modules] })
  class CommandModule {}
  return NestFactory.createApplicationContext(CommandModule, { logger: false, abortOnError: false });
}
