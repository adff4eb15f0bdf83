import { useId } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../../__generated__';
import { displayUrl, safeExternalUrl } from '../../../lib/format';
import { PlanCard } from './PlanCard';

/** An organisation with its plans, as listed on the home page. */
export const OrganisationSectionFragment = graphql(`
  fragment OrganisationSection_organisation on Organisation {
    slug
    name
    description
    website
    plans {
      slug
      ...PlanCard_plan
    }
  }
`);

export interface OrganisationSectionProps {
  organisation: FragmentType<typeof OrganisationSectionFragment>;
}

export function OrganisationSection({ organisation: organisationRef }: OrganisationSectionProps) {
  const organisation = getFragmentData(OrganisationSectionFragment, organisationRef);
  const headingId = useId();
  const website = safeExternalUrl(organisation.website);

  return (
    <section className="organisation" aria-labelledby={headingId}>
      <h2 className="organisation__name" id={headingId}>
        {organisation.name}
      </h2>
      {organisation.description ? <p className="organisation__description">{organisation.description}</p> : null}
      {website ? (
        <p className="organisation__website">
          <a href={website.href}>
            {organisation.name} website<span className="visually-hidden">:</span>{' '}
            <span className="organisation__host">{displayUrl(website)}</span>
          </a>
        </p>
      ) : null}

      {organisation.plans.length > 0 ? (
        <ul className="plan-list" aria-label={`Action plans of ${organisation.name}`}>
          {organisation.plans.map((plan) => (
            <li key={plan.slug}>
              <PlanCard organisationSlug={organisation.slug} plan={plan} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="organisation__empty">No action plan published yet.</p>
      )}
    </section>
  );
}
