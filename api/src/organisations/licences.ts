/**
 * The licences an organisation may publish its data under (`Organisation.licence`), by their
 * SPDX-style ids. The one list: the GraphQL input, `tracker org:create --licence`, the exports
 * and the migration's default all read it.
 */
export interface Licence {
  readonly id: string;
  readonly title: string;
  readonly url: string;
}

export const LICENCES: readonly Licence[] = [
  {
    id: 'CC-BY-4.0',
    title: 'Creative Commons Attribution 4.0 International',
    url: 'https://creativecommons.org/licenses/by/4.0/',
  },
  {
    id: 'CC-BY-SA-4.0',
    title: 'Creative Commons Attribution-ShareAlike 4.0 International',
    url: 'https://creativecommons.org/licenses/by-sa/4.0/',
  },
  {
    id: 'CC0-1.0',
    title: 'Creative Commons Zero v1.0 Universal (public domain dedication)',
    url: 'https://creativecommons.org/publicdomain/zero/1.0/',
  },
  {
    id: 'ODbL-1.0',
    title: 'Open Data Commons Open Database License v1.0',
    url: 'https://opendatacommons.org/licenses/odbl/1-0/',
  },
  {
    id: 'OGL-UK-3.0',
    title: 'Open Government Licence v3.0',
    url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
  },
];

export const DEFAULT_LICENCE_ID = 'CC-BY-4.0';
export const LICENCE_IDS: readonly string[] = LICENCES.map((licence) => licence.id);

/** The licence with this id; the default for an id that is not (or no longer) on the list. */
export function licenceOf(id: string): Licence {
  return LICENCES.find((licence) => licence.id === id) ?? licenceOf(DEFAULT_LICENCE_ID);
}

/** The message for an id that is not on the list. */
export const unknownLicence = (id: string): string =>
  `"${id}" is not a licence this tracker knows; choose one of ${LICENCE_IDS.join(', ')}.`;
