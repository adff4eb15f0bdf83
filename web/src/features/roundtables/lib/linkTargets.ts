/** Something of the plan an ask can be linked to, as the value of one option of the "answered by" list. */
export interface LinkTarget {
  /** `commitment:<id>`, `milestone:<id>` or `recommendation:<id>`. */
  value: string;
  label: string;
}

export interface LinkTargetGroups {
  commitments: LinkTarget[];
  milestones: LinkTarget[];
  recommendations: LinkTarget[];
}

interface PlanTargets {
  commitments: {
    edges: readonly {
      node: {
        id: string;
        reference: string;
        title: string;
        milestones: readonly { id: string; reference: string; title: string }[];
      };
    }[];
  };
  reports: readonly { recommendations: readonly { id: string; reference: string; title: string }[] }[];
}

/** The plan's commitments, their milestones and its reports' recommendations, as options. */
export function linkTargets(plan: PlanTargets): LinkTargetGroups {
  const commitments = plan.commitments.edges.map((edge) => edge.node);
  return {
    commitments: commitments.map((c) => ({ value: `commitment:${c.id}`, label: `${c.reference} ${c.title}` })),
    milestones: commitments.flatMap((c) =>
      c.milestones.map((m) => ({ value: `milestone:${m.id}`, label: `${c.reference} ${m.reference} ${m.title}` })),
    ),
    recommendations: plan.reports.flatMap((report) =>
      report.recommendations.map((r) => ({ value: `recommendation:${r.id}`, label: `${r.reference} ${r.title}` })),
    ),
  };
}

/** An option's value as the link input of the API: `{ askId, commitmentId }` and the like. */
export function linkInput(askId: string, value: string) {
  const [kind, id] = value.split(':');
  if (kind === 'commitment') return { askId, commitmentId: id };
  if (kind === 'milestone') return { askId, milestoneId: id };
  return { askId, recommendationId: id };
}
