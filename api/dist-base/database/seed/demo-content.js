"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LMN_RECOMMENDATIONS = exports.LMN_FINDINGS = void 0;
const recommendation_entity_1 = require("../../reports/recommendation.entity");
/** The report's key findings: percent of respondents (docs/domain.md). Real figures. */
exports.LMN_FINDINGS = [
    ['directly experienced Islamophobia within the party', 29],
    ['directly witnessed Islamophobia within the party', 37],
    ['do not believe the party takes Islamophobia seriously', 44],
    ['no confidence in the complaints procedure to deal with Islamophobia', 48],
    ['do not feel well represented by the party leadership', 59],
    ['do not trust the leadership to tackle Islamophobia effectively', 55],
    ['do not think the shadow cabinet represents the Muslim community effectively', 56],
];
/** Illustrative recommendations, flagged so in the data, until the network enters the report's own. */
exports.LMN_RECOMMENDATIONS = [
    {
        reference: 'R1',
        title: 'Adopt a definition of Islamophobia and apply it in disciplinary cases',
        body: 'The party should adopt a definition and use it in its code of conduct and complaints handling.',
        theme: 'Complaints',
        response: recommendation_entity_1.RecommendationResponse.ACCEPTED_IN_FULL,
    },
    {
        reference: 'R2',
        title: 'Make the handling of Islamophobia complaints independent',
        body: 'Complaints should be investigated by people independent of the party machinery.',
        theme: 'Complaints',
        response: recommendation_entity_1.RecommendationResponse.ACCEPTED_IN_FULL,
    },
    {
        reference: 'R3',
        title: 'Train staff in recognising and responding to Islamophobia',
        body: 'Training should be designed with Muslim members and be mandatory.',
        theme: 'Education',
        response: recommendation_entity_1.RecommendationResponse.ACCEPTED_IN_FULL,
    },
    {
        reference: 'R4',
        title: 'Train candidates, councillors and representatives',
        body: 'Training should be part of selection and of ongoing development.',
        theme: 'Education',
        response: recommendation_entity_1.RecommendationResponse.ACCEPTED_IN_FULL,
    },
    {
        reference: 'R5',
        title: 'Improve Muslim representation in party structures',
        body: 'Set and report on targets for representation.',
        theme: 'Representation',
        response: recommendation_entity_1.RecommendationResponse.ACCEPTED_IN_FULL,
    },
    {
        reference: 'R6',
        title: 'Publish data on Islamophobia complaints and on representation',
        body: 'Regular, anonymised publication so members can see progress.',
        theme: 'Transparency',
        response: recommendation_entity_1.RecommendationResponse.ACCEPTED_IN_FULL,
    },
    {
        reference: 'R7',
        title: 'Report to members on the action plan every year',
        body: 'An annual report, debated at conference.',
        theme: 'Accountability',
        response: recommendation_entity_1.RecommendationResponse.ACCEPTED_IN_FULL,
    },
    {
        reference: 'R8',
        title: 'Involve members in shaping the action plan',
        body: 'Roundtables open to members, councillors, MPs and affiliates.',
        theme: 'Accountability',
        response: recommendation_entity_1.RecommendationResponse.ACCEPTED_IN_FULL,
    },
    {
        reference: 'R9',
        title: 'Support Muslim members who have experienced Islamophobia',
        body: 'A support route for complainants while cases are handled.',
        theme: 'Complaints',
        response: recommendation_entity_1.RecommendationResponse.ACCEPTED_IN_FULL,
    },
    {
        reference: 'R10',
        title: 'Review the party’s engagement with Muslim communities',
        body: 'An independent review of how the party engages with Muslim communities and organisations.',
        theme: 'Representation',
        response: recommendation_entity_1.RecommendationResponse.ACCEPTED_IN_PART,
    },
];
//# sourceMappingURL=demo-content.js.map