import { Injectable } from '@nestjs/common';
import { FastifyRequest } from 'fastify';
import { Actor } from '../auth/actor';
import { LoaderCache } from '../common/batch';
import { DomainError, ErrorCode } from '../common/domain-error';
import { Commitment } from '../commitments/commitment.entity';
import { AppConfig } from '../config/app-config';
import { LedgerLoaders, PlanState } from '../ledger/ledger.loaders';
import { Organisation } from '../organisations/organisation.entity';
import { OrganisationsService } from '../organisations/organisations.service';
import { ActionPlan } from '../plans/action-plan.entity';
import { PlanVisibility } from '../plans/plan-visibility';

/** A slug as the app makes them: lower-case words joined by hyphens. */
const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';
/** A commitment's reference as written (C3, C12a). */
const REFERENCE = '[A-Za-z0-9]+(?:[-.][A-Za-z0-9]+)*';

/** The plan's slug of `<plan>.<extension>`, or null for any other file name. */
export function planFile(file: string, extension: string): string | null {
  return new RegExp(`^(${SLUG})\\.${extension}$`).exec(file)?.[1] ?? null;
}

/** The commitment's reference of `<ref>.<extension>`, or null for any other file name. */
export function referenceFile(file: string, extension: string): string | null {
  return new RegExp(`^(${REFERENCE})\\.${extension}$`).exec(file)?.[1] ?? null;
}

/** A published plan as the anonymous public sees it: its organisation and its state from the ledger. */
export interface PublicPlan {
  organisation: Organisation;
  plan: ActionPlan;
  state: PlanState;
  /** The address of the public pages: PUBLIC_URL, or the origin the request came to. */
  origin: string;
}

/** The links to a plan's public pages, absolute. */
export class PublicLinks {
  constructor(private readonly found: PublicPlan) {}

  get plan(): string {
    const { origin, organisation, plan } = this.found;
    return `${origin}/${encodeURIComponent(organisation.slug)}/${encodeURIComponent(plan.slug)}`;
  }

  commitment(reference: string): string {
    return `${this.plan}/commitments/${encodeURIComponent(reference)}`;
  }

  roundtable(id: string): string {
    return `${this.plan}/roundtables/${encodeURIComponent(id)}`;
  }

  /** A route of the follow feature (`feeds`, `calendar`, `badge`) for this plan, with its extension. */
  follow(route: string, file: string): string {
    const { origin, organisation } = this.found;
    return `${origin}/${route}/${encodeURIComponent(organisation.slug)}/${file}`;
  }
}

/** No one: what feeds, calendars and badges are computed as, whoever asks. */
const ANONYMOUS: Actor = { user: null, ip: '', requestId: 'follow' };

/**
 * Loads a plan for the feeds, the calendar and the badges exactly as an anonymous reader sees it,
 * whoever asks (a signed-in executive gets the same bytes): a draft, an unknown slug and a plan of
 * another organisation are all "not found" (null), so a draft looks exactly like a missing plan.
 */
@Injectable()
export class PublicPlans {
  constructor(
    private readonly visibility: PlanVisibility,
    private readonly organisations: OrganisationsService,
    private readonly ledgerLoaders: LedgerLoaders,
    private readonly config: AppConfig,
  ) {}

  /** PUBLIC_URL when it is set (the address people use), else the origin the request came to. */
  originOf(request: FastifyRequest): string {
    return this.config.PUBLIC_URL ? this.config.publicUrl : `${request.protocol}://${request.host}`;
  }

  async find(origin: string, organisationSlug: string, planSlug: string): Promise<PublicPlan | null> {
    const ctx = { actor: ANONYMOUS, loaders: new LoaderCache() };
    try {
      const organisation = await this.organisations.getBySlug(organisationSlug);
      const plan = await this.visibility.getBySlug(ctx, planSlug);
      if (plan.organisationId !== organisation.id || plan.publishedAt === null) return null;
      const state = await this.ledgerLoaders.planState(ctx).load(plan.id);
      return { organisation, plan, state, origin };
    } catch (error) {
      if (error instanceof DomainError && error.code === ErrorCode.NOT_FOUND) return null;
      throw error;
    }
  }
}

/** The commitment of a public plan with this reference (case as written), or null. */
export function commitmentOf(found: PublicPlan, reference: string): Commitment | null {
  return found.state.commitments.find((commitment) => commitment.reference === reference) ?? null;
}

/** "There is no published plan …": the one answer to a draft, an unknown plan or organisation. */
export function notFoundMessage(organisationSlug: string, planSlug: string, reference?: string): string {
  const plan = `There is no published plan "${planSlug}" of "${organisationSlug}"`;
  return reference === undefined ? `${plan}.\n` : `${plan} with a commitment "${reference}".\n`;
}
