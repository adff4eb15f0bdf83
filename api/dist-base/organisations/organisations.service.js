"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.OrganisationsService = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const typeorm_2 = require("typeorm");
const audit_service_1 = require("../audit/audit.service");
const access_policy_1 = require("../auth/access-policy");
const domain_error_1 = require("../common/domain-error");
const duplicates_1 = require("../common/duplicates");
const ids_1 = require("../common/ids");
const slug_namespace_1 = require("../common/slug-namespace");
const transactions_1 = require("../common/transactions");
const edits_service_1 = require("../revisions/edits.service");
const revision_entity_1 = require("../revisions/revision.entity");
const licences_1 = require("./licences");
const organisation_entity_1 = require("./organisation.entity");
let OrganisationsService = class OrganisationsService {
    organisations;
    access;
    audit;
    edits;
    slugs;
    transactions;
    constructor(organisations, access, audit, edits, slugs, transactions) {
        this.organisations = organisations;
        this.access = access;
        this.audit = audit;
        this.edits = edits;
        this.slugs = slugs;
        this.transactions = transactions;
    }
    findAll() {
        return this.organisations.find({ order: { name: 'ASC' } });
    }
    async getBySlug(slug) {
        const organisation = await this.organisations.findOneBy({ slug });
        if (!organisation)
            throw (0, domain_error_1.notFound)('organisation', slug);
        return organisation;
    }
    async getById(id) {
        const organisation = await this.organisations.findOneBy({ id });
        if (!organisation)
            throw (0, domain_error_1.notFound)('organisation', id);
        return organisation;
    }
    findByIds(ids) {
        return this.organisations.findBy({ id: (0, typeorm_2.In)([...ids]) });
    }
    /** Every organisation by slug, with how many plans and accounts it has. */
    async summaries() {
        const rows = await this.organisations.query(`SELECT o.slug, o.name,
              (SELECT COUNT(*) FROM action_plan p WHERE p.organisation_id = o.id) AS plans,
              (SELECT COUNT(*) FROM "user" u WHERE u.organisation_id = o.id) AS accounts
         FROM organisation o ORDER BY o.slug`);
        return rows.map((row) => ({ ...row, plans: Number(row.plans), accounts: Number(row.accounts) }));
    }
    /** A new organisation, made by whoever runs the server (`tracker org:create`): no account acts, so the audit names none. */
    async create(input) {
        return this.transactions
            .run(async (manager) => {
            await this.slugs.assertFree(manager, input.slug);
            const now = (0, ids_1.nowIso)();
            const organisation = Object.assign(new organisation_entity_1.Organisation(), {
                id: (0, ids_1.newId)(),
                slug: input.slug,
                name: input.name,
                description: input.description ?? '',
                website: input.website ?? null,
                licence: input.licence ?? licences_1.DEFAULT_LICENCE_ID,
                version: 1,
                createdAt: now,
                updatedAt: now,
            });
            await manager.insert(organisation_entity_1.Organisation, organisation);
            await this.audit.record(manager, {
                actorId: null,
                action: 'organisation.create',
                subjectType: revision_entity_1.RevisionSubject.ORGANISATION,
                subjectId: organisation.id,
            });
            return organisation;
        })
            .catch((0, duplicates_1.duplicateAs)('organisation', 'slug', () => (0, duplicates_1.slugTaken)(input.slug)));
    }
    /** Edits the organisation's profile: its own executives only, compare-and-set on the version. */
    async update(input, actor) {
        await this.getById(input.id);
        this.access.assertExecutiveOf(actor.user, input.id);
        return this.transactions.run(async (manager) => {
            const row = await manager.findOneByOrFail(organisation_entity_1.Organisation, { id: input.id });
            return this.edits.apply(manager, {
                entity: organisation_entity_1.Organisation,
                subject: revision_entity_1.RevisionSubject.ORGANISATION,
                row,
                version: input.version,
                changes: {
                    name: input.name,
                    description: input.description === null ? '' : input.description,
                    website: input.website,
                    licence: input.licence,
                },
                actor,
                commitmentId: null,
            });
        });
    }
};
exports.OrganisationsService = OrganisationsService;
exports.OrganisationsService = OrganisationsService = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectRepository)(organisation_entity_1.Organisation)),
    __metadata("design:paramtypes", [typeorm_2.Repository,
        access_policy_1.AccessPolicy,
        audit_service_1.AuditService,
        edits_service_1.EditsService,
        slug_namespace_1.SlugNamespace,
        transactions_1.Transactions])
], OrganisationsService);
//# sourceMappingURL=organisations.service.js.map