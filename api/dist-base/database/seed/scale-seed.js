"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.scaleSizes = void 0;
exports.seedScale = seedScale;
const rules_1 = require("@tracker/rules");
const user_entity_1 = require("../../auth/user.entity");
const comment_entity_1 = require("../../comments/comment.entity");
const clock_1 = require("../../common/clock");
const action_plan_entity_1 = require("../../plans/action-plan.entity");
const recommendation_entity_1 = require("../../reports/recommendation.entity");
const seed_writer_1 = require("./seed-writer");
/** The sizes of a synthetic plan at scale N. */
const scaleSizes = (n) => ({
    recommendations: 50 * n,
    commitments: 500 * n,
    milestones: 2_000 * n,
    entries: 10_000 * n,
    comments: 10_000 * n,
});
exports.scaleSizes = scaleSizes;
const THEMES = ['Complaints', 'Education', 'Representation', 'Transparency', 'Accountability'];
const OWNERS = [
    'Governance and Legal Unit',
    'Training and Development team',
    'General Secretary’s office',
    'Data and Insight team',
];
const COMMITMENT_STATUSES = Object.values(rules_1.CommitmentStatus).filter((s) => s !== rules_1.CommitmentStatus.NOT_YET_ASSESSED);
const MILESTONE_STATUSES = Object.values(rules_1.MilestoneStatus);
/** A small deterministic generator, so two runs at the same scale build the same plan. */
function random(seed) {
    let state = seed >>> 0;
    return (below) => {
        state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
        return state % below;
    };
}
/**
 * A large synthetic plan for benchmarks: its own organisation `synthetic-N`, a report, and a plan
 * `synthetic-plan-N` whose ledger follows the rules (evidence for SUBSTANTIAL/COMPLETE, reason
 * codes for setbacks). Returns the plan's slug.
 */
async function seedScale(dataSource, n, now = (0, clock_1.currentTime)()) {
    if (!Number.isInteger(n) || n < 1 || n > 100)
        throw new Error('--scale must be a whole number from 1 to 100');
    const slug = `synthetic-plan-${n}`;
    if (await dataSource.getRepository(action_plan_entity_1.ActionPlan).existsBy({ slug }))
        throw new Error(`This database already holds ${slug}; use a fresh DATABASE_URL.`);
    const sizes = (0, exports.scaleSizes)(n);
    const pick = random(n);
    const today = (0, rules_1.londonDate)(now);
    const seed = new seed_writer_1.SeedWriter(now.toISOString());
    const org = seed.organisation(`synthetic-${n}`, `Synthetic network ${n}`, 'Generated data for benchmarks.');
    const executive = seed.user(org, `executive@synthetic-${n}.example.org`, 'Synthetic executive', user_entity_1.Role.EXECUTIVE);
    const liaison = seed.user(null, `liaison@synthetic-${n}.example.org`, 'Synthetic liaison', user_entity_1.Role.LIAISON);
    const report = seed.report(org, {
        slug: `synthetic-report-${n}`,
        title: `Synthetic report ${n}`,
        summary: '',
        publishedOn: '2020-11-01',
        url: null,
        isIllustrative: true,
    });
    const recommendations = Array.from({ length: sizes.recommendations }, (_, i) => seed.recommendation(report, i + 1, {
        reference: `R${i + 1}`,
        title: `Recommendation ${i + 1}`,
        body: '',
        theme: THEMES[i % THEMES.length],
        response: recommendation_entity_1.RecommendationResponse.ACCEPTED_IN_FULL,
    }, true));
    const plan = seed.plan(org, {
        slug,
        title: `Synthetic plan ${n}`,
        counterpart: 'Labour Party',
        agreedOn: '2021-01-01',
        description: '',
        isIllustrative: true,
    }, [report]);
    seed.liaisonFor(liaison, plan);
    const commitments = Array.from({ length: sizes.commitments }, (_, i) => seed.commitment(plan, i + 1, {
        reference: `C${i + 1}`,
        title: `Commitment ${i + 1}`,
        description: 'Generated.',
        owner: i % 17 === 0 ? null : OWNERS[i % OWNERS.length],
        successCriteria: 'Generated criteria.',
        dueDate: (0, rules_1.addDays)(today, pick(1_800) - 1_200),
        theme: THEMES[i % THEMES.length],
    }, [recommendations[i % recommendations.length]]));
    const milestones = Array.from({ length: sizes.milestones }, (_, i) => {
        const commitment = commitments[i % commitments.length];
        return seed.milestone(commitment, Math.floor(i / commitments.length) + 1, `Milestone ${i + 1}`, (0, rules_1.addDays)(today, pick(1_800) - 1_200));
    });
    const commitmentById = new Map(commitments.map((c) => [c.id, c]));
    const start = Date.parse('2021-01-01T09:00:00.000Z');
    const span = now.getTime() - start;
    for (let i = 0; i < sizes.entries; i++) {
        const onMilestone = pick(2) === 0;
        const milestone = onMilestone ? milestones[pick(milestones.length)] : undefined;
        const commitment = milestone ? commitmentById.get(milestone.commitmentId) : commitments[pick(commitments.length)];
        const lens = milestone || pick(4) > 0 ? rules_1.Lens.ASSESSMENT : rules_1.Lens.PARTY_REPORTED;
        const statuses = milestone ? MILESTONE_STATUSES : COMMITMENT_STATUSES;
        const status = statuses[pick(statuses.length)];
        seed.entry({
            plan,
            commitment,
            milestone,
            lens,
            status,
            at: new Date(start + Math.floor((span * i) / sizes.entries)).toISOString(),
            narrative: `Generated entry ${i + 1}.`,
            author: lens === rules_1.Lens.ASSESSMENT ? executive : liaison,
            reasonCode: rules_1.NEEDS_REASON.has(status) ? rules_1.ReasonCode.OTHER : undefined,
            evidence: rules_1.NEEDS_EVIDENCE.has(status)
                ? [{ url: `https://example.org/synthetic/${i}`, title: `Source ${i}`, kind: rules_1.EvidenceKind.MEDIA }]
                : [],
        });
    }
    for (let i = 0; i < sizes.comments; i++) {
        const response = i % 10 === 0;
        seed.comment(commitments[pick(commitments.length)], response ? liaison : executive, `Generated comment ${i + 1}.`, new Date(start + Math.floor((span * i) / sizes.comments)).toISOString(), {
            kind: response ? comment_entity_1.CommentKind.RESPONSE : comment_entity_1.CommentKind.COMMENT,
            stance: response ? (pick(2) ? comment_entity_1.Stance.AGREE : comment_entity_1.Stance.DISAGREE) : undefined,
        });
    }
    await seed.flush(dataSource);
    return slug;
}
//# sourceMappingURL=scale-seed.js.map