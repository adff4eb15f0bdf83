"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.unknownLicence = exports.LICENCE_IDS = exports.DEFAULT_LICENCE_ID = exports.LICENCES = void 0;
exports.licenceOf = licenceOf;
exports.LICENCES = [
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
exports.DEFAULT_LICENCE_ID = 'CC-BY-4.0';
exports.LICENCE_IDS = exports.LICENCES.map((licence) => licence.id);
/** The licence with this id; the default for an id that is not (or no longer) on the list. */
function licenceOf(id) {
    return exports.LICENCES.find((licence) => licence.id === id) ?? licenceOf(exports.DEFAULT_LICENCE_ID);
}
/** The message for an id that is not on the list. */
const unknownLicence = (id) => `"${id}" is not a licence this tracker knows; choose one of ${exports.LICENCE_IDS.join(', ')}.`;
exports.unknownLicence = unknownLicence;
//# sourceMappingURL=licences.js.map