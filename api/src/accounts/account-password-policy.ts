import { Injectable } from '@nestjs/common';
import { passwordProblem } from '../auth/password-policy';
import { badInput } from '../common/domain-error';
import { OrganisationsService } from '../organisations/organisations.service';
import { PlansService } from '../plans/plans.service';

/** Who a password is for: what it must not contain comes from here. */
export interface PasswordHolder {
  email: string;
  /** An executive's organisation. */
  organisationId: string | null;
  /** A liaison's plans; their organisations count too. */
  planIds: readonly string[];
}

/** The password policy applied to one account, with its context-specific words (docs/security.md). */
@Injectable()
export class AccountPasswordPolicy {
  constructor(
    private readonly plans: PlansService,
    private readonly organisations: OrganisationsService,
  ) {}

  /** Refuses, as BAD_USER_INPUT on `field`, a password the policy does not allow for `holder`. */
  async assertAllowed(password: string, holder: PasswordHolder, field = 'password'): Promise<void> {
    const plans = holder.planIds.length > 0 ? await this.plans.findByIds(holder.planIds) : [];
    const organisationIds = [
      ...new Set([...(holder.organisationId ? [holder.organisationId] : []), ...plans.map((p) => p.organisationId)]),
    ];
    const organisations = organisationIds.length > 0 ? await this.organisations.findByIds(organisationIds) : [];
    const problem = passwordProblem(password, {
      email: holder.email,
      organisationNames: organisations.map((organisation) => organisation.name),
    });
    if (problem) throw badInput(problem, field);
  }
}
