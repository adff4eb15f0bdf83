import { useFeedLink } from '../hooks/useFeedLink';
import { calendarPath, feedPath } from '../lib/followPaths';
import '../follow.css';

export interface FollowPlanProps {
  organisationSlug: string;
  planSlug: string;
  /** The plan's title, or the commitment's reference and title: what the feed is named after. */
  title: string;
  /** A commitment's page: its own feed instead of the plan's. */
  reference?: string;
  /** A draft has no feed or calendar: nothing is shown. */
  published: boolean;
}

/**
 * "Follow this plan": the Atom feed (of the plan, or of the commitment on its page) and the
 * plan's calendar of due dates and roundtables, with a line on what to do with them; and the
 * feed named in the page's head, for browsers and feed readers to discover.
 */
export function FollowPlan({ organisationSlug, planSlug, title, reference, published }: FollowPlanProps) {
  const feed = feedPath(organisationSlug, planSlug, reference);
  useFeedLink(published ? feed : null, `${title} – updates (Atom feed)`);
  if (!published) return null;
  return (
    <p className="follow-plan">
      <span className="follow-plan__label">Follow this {reference === undefined ? 'plan' : 'commitment'}:</span>{' '}
      <a href={feed} type="application/atom+xml">
        Atom feed
      </a>
      <span aria-hidden="true"> · </span>
      <a href={calendarPath(organisationSlug, planSlug)} type="text/calendar">
        Calendar of due dates (.ics)
      </a>
      <span className="follow-plan__hint">
        {' '}
        Add the feed to a feed reader to see each update, or subscribe to the calendar to see due dates and roundtables
        in yours.
      </span>
    </p>
  );
}
