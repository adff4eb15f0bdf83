import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { slugTaken } from './duplicates';

/** The tables whose slugs share the namespace. Named, not imported, so their modules need not import one another. */
const SLUG_TABLES = ['organisation', 'action_plan', 'report'];

/** Organisation, plan and report slugs share one namespace across the installation (docs/domain.md). */
@Injectable()
export class SlugNamespace {
  /**
   * Refuses a slug an organisation, plan or report already has. Run it inside the write's
   * transaction, so the check and the insert see the same database.
   */
  async assertFree(manager: EntityManager, slug: string): Promise<void> {
    for (const table of SLUG_TABLES) {
      if (await manager.existsBy(table, { slug })) throw slugTaken(slug);
    }
  }
}
