import { PlanSight } from './access-policy';
import { Role, User } from './user.entity';

const user = (role: Role, organisationId: string | null): User =>
  Object.assign(new User(), { id: `${role}-${organisationId}`, role, organisationId });

const draft = { id: 'p1', organisationId: 'lmn', publishedAt: null };
const published = { ...draft, id: 'p2', publishedAt: '2026-11-22T12:00:00.000Z' };

describe('PlanSight: who may see a plan', () => {
  it('shows a published plan to everyone, anonymous callers included', () => {
    for (const viewer of [null, user(Role.EXECUTIVE, 'bame'), user(Role.LIAISON, null)]) {
      expect(new PlanSight(viewer, new Set()).canSee(published)).toBe(true);
    }
  });

  it('shows a draft to its organisation’s executives and its liaisons only', () => {
    expect(new PlanSight(null, new Set()).canSee(draft)).toBe(false);
    expect(new PlanSight(user(Role.EXECUTIVE, 'lmn'), new Set()).canSee(draft)).toBe(true);
    expect(new PlanSight(user(Role.EXECUTIVE, 'bame'), new Set()).canSee(draft)).toBe(false);
    expect(new PlanSight(user(Role.LIAISON, null), new Set(['p1'])).canSee(draft)).toBe(true);
    expect(new PlanSight(user(Role.LIAISON, null), new Set(['p9'])).canSee(draft)).toBe(false);
    // An executive's attachments, if any, do not count: an executive sees their organisation's drafts.
    expect(new PlanSight(user(Role.EXECUTIVE, 'bame'), new Set(['p1'])).canSee(draft)).toBe(false);
  });

  it('filters a list, keeping its order', () => {
    const plans = [published, draft, { ...published, id: 'p3' }];
    expect(new PlanSight(null, new Set()).visible(plans).map((p) => p.id)).toEqual(['p2', 'p3']);
  });
});
