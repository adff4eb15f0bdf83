import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app-config';
import { dataSourceOptions, openDatabase } from './data-source';

/** The one DataSource: opened with the durability pragmas and migrated before anything else starts. */
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({ ...dataSourceOptions(config), retryAttempts: 0 }),
      dataSourceFactory: async (options) => openDatabase(options!),
    }),
  ],
})
export class DatabaseModule {}
