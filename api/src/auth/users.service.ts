import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, IsNull, Not, Repository } from 'typeorm';
import { Clock } from '../common/clock';
import { newId } from '../common/ids';
import { LiaisonPlan } from './liaison-plan.entity';
import { Role, User } from './user.entity';

export const normaliseEmail = (email: string): string => email.trim().toLowerCase();

export interface NewAccount {
  email: string;
  displayName: string;
  role: Role;
  organisationId: string | null;
  planId: string | null;
}

/**
 * The accounts and the plans each liaison speaks for: the `user` and `liaison_plan` tables. Other
 * modules read and write them through here; writes run in the caller's transaction.
 */
@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(LiaisonPlan) private readonly liaisonPlans: Repository<LiaisonPlan>,
    private readonly clock: Clock,
  ) {}

  findByIds(ids: readonly string[]): Promise<User[]> {
    return this.users.findBy({ id: In([...ids]) });
  }

  findById(id: string): Promise<User | null> {
    return this.users.findOneBy({ id });
  }

  findByEmail(email: string): Promise<User | null> {
    return this.users.findOneBy({ email: normaliseEmail(email) });
  }

  /** The ids of the plans a liaison speaks for. */
  async planIdsOf(userId: string): Promise<string[]> {
    return (await this.liaisonPlans.findBy({ userId })).map((link) => link.planId);
  }

  emailTaken(manager: EntityManager, email: string): Promise<boolean> {
    return manager.existsBy(User, { email: normaliseEmail(email) });
  }

  /** Creates an account and, for a liaison, attaches it to its plan. */
  async create(manager: EntityManager, account: NewAccount, passwordHash: string): Promise<User> {
    const now = this.clock.now().toISOString();
    const user: User = {
      id: newId(),
      organisationId: account.role === Role.EXECUTIVE ? account.organisationId : null,
      email: normaliseEmail(account.email),
      displayName: account.displayName,
      role: account.role,
      passwordHash,
      disabledAt: null,
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
    await manager.insert(User, user);
    if (account.role === Role.LIAISON && account.planId) {
      await manager.insert(LiaisonPlan, { userId: user.id, planId: account.planId });
    }
    return user;
  }

  async setPasswordHash(manager: EntityManager, userId: string, passwordHash: string): Promise<void> {
    await manager.update(User, { id: userId }, { passwordHash });
  }

  /** Disables (an instant) or enables (null) an account. */
  async setDisabledAt(manager: EntityManager, userId: string, disabledAt: string | null): Promise<void> {
    await manager.update(User, { id: userId }, { disabledAt, updatedAt: this.clock.now().toISOString() });
  }

  /** Reads an account inside the caller's transaction, as it is now. */
  findByIdIn(manager: EntityManager, id: string): Promise<User | null> {
    return manager.findOneBy(User, { id });
  }

  /** How many enabled executives the organisation has besides `exceptId`. */
  countOtherEnabledExecutives(manager: EntityManager, organisationId: string, exceptId: string): Promise<number> {
    return manager.countBy(User, {
      organisationId,
      role: Role.EXECUTIVE,
      disabledAt: IsNull(),
      id: Not(exceptId),
    });
  }

  /**
   * The accounts of an organisation: its executives, and the liaisons of `planIds` (its plans)
   * with the links that attach them, ordered by name.
   */
  async findOrganisationAccounts(
    organisationId: string,
    planIds: readonly string[],
  ): Promise<{ users: User[]; links: LiaisonPlan[] }> {
    const links = planIds.length > 0 ? await this.liaisonPlans.findBy({ planId: In([...planIds]) }) : [];
    const users = await this.users.find({
      where: [
        { organisationId, role: Role.EXECUTIVE },
        ...(links.length > 0 ? [{ id: In(links.map((link) => link.userId)), role: Role.LIAISON }] : []),
      ],
      order: { displayName: 'ASC', email: 'ASC' },
    });
    return { users, links };
  }
}
