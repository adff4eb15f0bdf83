import { EntryStatus, EvidenceKind, Lens } from '@tracker/rules';
import { DataSource } from 'typeorm';
import { Role } from '../../../src/auth/user.entity';
import { RecommendationResponse } from '../../../src/reports/recommendation.entity';
import { SeedWriter } from '../../../src/database/seed/seed-writer';

/** A plan of exactly `size` commitments, each with milestones, ledger entries, evidence and a recommendation. */
export async function seedSizedPlan(dataSource: DataSource, slug: string, size: number): Promise<void> {
  const seed = new SeedWriter('2024-01-01T00:00:00.000Z');
  const org = seed.organisation(`${slug}-org`, `Organisation of ${slug}`, '');
  const author = seed.user(org, `${slug}@example.org`, 'Test executive', Role.EXECUTIVE);
  const report = seed.report(org, {
    slug: `${slug}-report`,
    title: 'Report',
    summary: '',
    publishedOn: '2020-11-01',
    url: null,
    isIllustrative: true,
  });
  seed.finding(report, 1, 'A finding', 50, '%');
  const plan = seed.plan(
    org,
    {
      slug,
      title: `Plan ${slug}`,
      counterpart: 'Party',
      agreedOn: '2021-01-01',
      description: '',
      isIllustrative: true,
    },
    [report],
  );
  for (let i = 1; i <= size; i++) {
    const recommendation = seed.recommendation(
      report,
      i,
      {
        reference: `R${i}`,
        title: `R${i}`,
        body: '',
        theme: `Theme ${i % 3}`,
        response: RecommendationResponse.ACCEPTED_IN_FULL,
      },
      true,
    );
    const commitment = seed.commitment(
      plan,
      i,
      {
        reference: `C${i}`,
        title: `C${i}`,
        description: '',
        owner: `Owner ${i % 4}`,
        successCriteria: 'x',
        dueDate: '2030-01-01',
        theme: `Theme ${i % 3}`,
      },
      [recommendation],
    );
    for (let m = 1; m <= 3; m++) {
      const milestone = seed.milestone(commitment, m, `M${m}`, '2029-01-01');
      seed.entry({
        plan,
        commitment,
        milestone,
        status: EntryStatus.IN_PROGRESS,
        at: '2023-01-01T10:00:00.000Z',
        author,
      });
    }
    const evidence = [{ url: 'https://example.org/e', title: 'E', kind: EvidenceKind.MEDIA }];
    seed.entry({ plan, commitment, status: EntryStatus.SUBSTANTIAL, at: '2023-02-01T10:00:00.000Z', author, evidence });
    seed.entry({
      plan,
      commitment,
      lens: Lens.PARTY_REPORTED,
      status: EntryStatus.COMPLETE,
      at: '2023-03-01T10:00:00.000Z',
      author,
      evidence,
    });
  }
  await seed.flush(dataSource);
}
