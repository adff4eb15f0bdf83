import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AccessPolicy } from '../auth/access-policy';
import { Actor, SignedInActor } from '../auth/actor';
import { DomainError, ErrorCode, notFound } from '../common/domain-error';
import { duplicateAs, slugTaken } from '../common/duplicates';
import { newId, nowIso } from '../common/ids';
import { SlugNamespace } from '../common/slug-namespace';
import { Transactions } from '../common/transactions';
import { EditsService } from '../revisions/edits.service';
import { RevisionSubject } from '../revisions/revision.entity';
import { CreateOrganisationInput } from './dto/create-organisation.input';
import { UpdateEmbedOriginsInput } from './dto/update-embed-origins.input';
import { UpdateOrganisationInput } from './dto/update-organisation.input';
import { embedOriginList, normaliseEmbedOrigins } from './embed-origins';
import { DEFAULT_LICENCE_ID } from './licences';
import { Organisation } from './organisation.entity';

/** One line of `tracker org:list`. */
export interface OrganisationSummary {
  slug: string;
  name: string;
  plans: number;
  accounts: number;
}

@Injectable()
export class OrganisationsService {
  constructor(
    @InjectRepository(Organisation) private readonly organisations: Repository<Organisation>,
    private readonly access: AccessPolicy,
    private readonly audit: AuditService,
    private readonly edits: EditsService,
    private readonly slugs: SlugNamespace,
    private readonly transactions: Transactions,
  ) {}

  findAll(): Promise<Organisation[]> {
    return this.organisations.find({ order: { name: 'ASC' } });
  }

  async getBySlug(slug: string): Promise<Organisation> {
    const organisation = await this.organisations.findOneBy({ slug });
    if (!organisation) throw notFound('organisation', slug);
    return organisation;
  }

  async getById(id: string): Promise<Organisation> {
    const organisation = await this.organisations.findOneBy({ id });
    if (!organisation) throw notFound('organisation', id);
    return organisation;
  }

  findByIds(ids: readonly string[]): Promise<Organisation[]> {
    return this.organisations.findBy({ id: In([...ids]) });
  }

  /** Every organisation by slug, with how many plans and accounts it has. */
  async summaries(): Promise<OrganisationSummary[]> {
    const rows: { slug: string; name: string; plans: number; accounts: number }[] = await this.organisations.query(
      `SELECT o.slug, o.name,
              (SELECT COUNT(*) FROM action_plan p WHERE p.organisation_id = o.id) AS plans,
              (SELECT COUNT(*) FROM "user" u WHERE u.organisation_id = o.id) AS accounts
         FROM organisation o ORDER BY o.slug`,
    );
    return rows.map((row) => ({ ...row, plans: Number(row.plans), accounts: Number(row.accounts) }));
  }

  /** A new organisation, made by whoever runs the server (`tracker org:create`): no account acts, so the audit names none. */
  async create(input: CreateOrganisationInput): Promise<Organisation> {
    return this.transactions
      .run(async (manager) => {
        await this.slugs.assertFree(manager, input.slug);
        const now = nowIso();
        const organisation = Object.assign(new Organisation(), {
          id: newId(),
          slug: input.slug,
          name: input.name,
          description: input.description ?? '',
          website: input.website ?? null,
          licence: input.licence ?? DEFAULT_LICENCE_ID,
          embedOrigins: '',
          version: 1,
          createdAt: now,
          updatedAt: now,
        });
        await manager.insert(Organisation, organisation);
        await this.audit.record(manager, {
          actorId: null,
          action: 'organisation.create',
          subjectType: RevisionSubject.ORGANISATION,
          subjectId: organisation.id,
        });
        return organisation;
      })
      .catch(duplicateAs('organisation', 'slug', () => slugTaken(input.slug)));
  }

  /** Edits the organisation's profile: its own executives only, compare-and-set on the version. */
  async update(input: UpdateOrganisationInput, actor: SignedInActor): Promise<Organisation> {
    await this.getById(input.id);
    this.access.assertExecutiveOf(actor.user, input.id);
    return this.edit(input, actor, {
      name: input.name,
      description: input.description === null ? '' : input.description,
      website: input.website,
      licence: input.licence,
    });
  }

  /** The sites allowed to frame its embeds (empty: any site): its own executives only. */
  embedOriginsOf(organisation: Organisation, actor: Actor): string[] {
    if (!actor.user || !this.access.isExecutiveOf(actor.user, organisation.id)) {
      throw new DomainError(
        ErrorCode.FORBIDDEN,
        'Only the organisation’s executives can see which sites may embed its plans.',
      );
    }
    return embedOriginList(organisation.embedOrigins);
  }

  /**
   * Sets the sites allowed to frame its embeds: its own executives only, each entry an https
   * origin, compare-and-set on the version; recorded in its history and the audit log.
   */
  async updateEmbedOrigins(input: UpdateEmbedOriginsInput, actor: SignedInActor): Promise<Organisation> {
    await this.getById(input.id);
    this.access.assertExecutiveOf(actor.user, input.id);
    const origins = normaliseEmbedOrigins(input.origins);
    return this.edit(input, actor, { embedOrigins: origins.join(' ') }, 'organisation.embed_origins');
  }

  /** One versioned edit of the organisation, with its revision and audit event; the caller has checked who may. */
  private edit(
    target: { id: string; version: number },
    actor: SignedInActor,
    changes: Partial<Organisation>,
    action?: string,
  ): Promise<Organisation> {
    return this.transactions.run(async (manager) => {
      const row = await manager.findOneByOrFail(Organisation, { id: target.id });
      return this.edits.apply(manager, {
        entity: Organisation,
        subject: RevisionSubject.ORGANISATION,
        row,
        version: target.version,
        changes,
        actor,
        commitmentId: null,
        ...(action ? { action } : {}),
      });
    });
  }
}
