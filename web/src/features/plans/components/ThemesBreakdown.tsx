import { useId } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../../__generated__';
import { filtersToSearch, NO_FILTERS } from '../../../lib/filters';
import { formatCount, formatNumber } from '../../../lib/format';
import { Link } from '../../../router';
import { commitmentsPath } from '../../../routes/paths';
import { DistributionBar } from '../../../ui/DistributionBar';
import { HowComputed } from '../../../ui/HowComputed';

export const ThemesBreakdownFragment = graphql(`
  fragment ThemesBreakdown_theme on Breakdown {
    key
    commitmentsTotal
    assessedTotal
    unassessedCount
    milestonesTotal
    milestonesComplete
    milestoneCompletionShare
    byAssessment {
      status
      count
    }
  }
`);

export interface ThemesBreakdownProps {
  organisationSlug: string;
  planSlug: string;
  themes: readonly FragmentType<typeof ThemesBreakdownFragment>[];
}

/** The same roll-up as the headline, per theme, each theme linking to its commitments. */
export function ThemesBreakdown({ organisationSlug, planSlug, themes: themeRefs }: ThemesBreakdownProps) {
  const themes = getFragmentData(ThemesBreakdownFragment, themeRefs);
  const headingId = useId();
  return (
    <section className="dashboard-section" aria-labelledby={headingId}>
      <h2 id={headingId}>By theme</h2>
      {themes.length === 0 ? (
        <p className="muted">No commitment has a theme yet.</p>
      ) : (
        <ul className="themes">
          {themes.map((theme) => (
            <li key={theme.key ?? ''} className="theme">
              <h3 className="theme__name">
                {theme.key ? (
                  <Link
                    to={commitmentsPath(
                      organisationSlug,
                      planSlug,
                      filtersToSearch({ ...NO_FILTERS, theme: theme.key }),
                    )}
                  >
                    {theme.key}
                  </Link>
                ) : (
                  'No theme'
                )}
              </h3>
              <p className="theme__figures">
                {formatCount(theme.commitmentsTotal, 'commitment')}
                {theme.milestonesTotal > 0
                  ? ` · ${formatNumber(theme.milestonesComplete)} of ${formatCount(theme.milestonesTotal, 'milestone')} complete`
                  : ''}
              </p>
              <DistributionBar
                compact
                label={`${theme.key ?? 'No theme'}: commitments by assessment`}
                counts={theme.byAssessment}
                unassessed={theme.unassessedCount}
              />
            </li>
          ))}
        </ul>
      )}
      <HowComputed>
        <p>
          Each theme is rolled up like the whole plan: its assessed commitments by latest assessment (commitments not
          yet assessed are counted beside the bar, not in it), and the share of its milestones that are complete.
        </p>
      </HowComputed>
    </section>
  );
}
