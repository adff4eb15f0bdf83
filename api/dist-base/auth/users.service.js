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
exports.UsersService = exports.normaliseEmail = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const typeorm_2 = require("typeorm");
const clock_1 = require("../common/clock");
const ids_1 = require("../common/ids");
const liaison_plan_entity_1 = require("./liaison-plan.entity");
const user_entity_1 = require("./user.entity");
const normaliseEmail = (email) => email.trim().toLowerCase();
exports.normaliseEmail = normaliseEmail;
/**
 * The accounts and the plans each liaison speaks for: the `user` and `liaison_plan` tables. Other
 * modules read and write them through here; writes run in the caller's transaction.
 */
let UsersService = class UsersService {
    users;
    liaisonPlans;
    clock;
    constructor(users, liaisonPlans, clock) {
        this.users = users;
        this.liaisonPlans = liaisonPlans;
        this.clock = clock;
    }
    findByIds(ids) {
        return this.users.findBy({ id: (0, typeorm_2.In)([...ids]) });
    }
    findById(id) {
        return this.users.findOneBy({ id });
    }
    findByEmail(email) {
        return this.users.findOneBy({ email: (0, exports.normaliseEmail)(email) });
    }
    /** The ids of the plans a liaison speaks for. */
    async planIdsOf(userId) {
        return (await this.liaisonPlans.findBy({ userId })).map((link) => link.planId);
    }
    emailTaken(manager, email) {
        return manager.existsBy(user_entity_1.User, { email: (0, exports.normaliseEmail)(email) });
    }
    /** Creates an account and, for a liaison, attaches it to its plan. */
    async create(manager, account, passwordHash) {
        const now = this.clock.now().toISOString();
        const user = {
            id: (0, ids_1.newId)(),
            organisationId: account.role === user_entity_1.Role.EXECUTIVE ? account.organisationId : null,
            email: (0, exports.normaliseEmail)(account.email),
            displayName: account.displayName,
            role: account.role,
            passwordHash,
            disabledAt: null,
            version: 1,
            createdAt: now,
            updatedAt: now,
        };
        await manager.insert(user_entity_1.User, user);
        if (account.role === user_entity_1.Role.LIAISON && account.planId) {
            await manager.insert(liaison_plan_entity_1.LiaisonPlan, { userId: user.id, planId: account.planId });
        }
        return user;
    }
    async setPasswordHash(manager, userId, passwordHash) {
        await manager.update(user_entity_1.User, { id: userId }, { passwordHash });
    }
    /** Disables (an instant) or enables (null) an account. */
    async setDisabledAt(manager, userId, disabledAt) {
        await manager.update(user_entity_1.User, { id: userId }, { disabledAt, updatedAt: this.clock.now().toISOString() });
    }
    /** Reads an account inside the caller's transaction, as it is now. */
    findByIdIn(manager, id) {
        return manager.findOneBy(user_entity_1.User, { id });
    }
    /** How many enabled executives the organisation has besides `exceptId`. */
    countOtherEnabledExecutives(manager, organisationId, exceptId) {
        return manager.countBy(user_entity_1.User, {
            organisationId,
            role: user_entity_1.Role.EXECUTIVE,
            disabledAt: (0, typeorm_2.IsNull)(),
            id: (0, typeorm_2.Not)(exceptId),
        });
    }
    /**
     * The accounts of an organisation: its executives, and the liaisons of `planIds` (its plans)
     * with the links that attach them, ordered by name.
     */
    async findOrganisationAccounts(organisationId, planIds) {
        const links = planIds.length > 0 ? await this.liaisonPlans.findBy({ planId: (0, typeorm_2.In)([...planIds]) }) : [];
        const users = await this.users.find({
            where: [
                { organisationId, role: user_entity_1.Role.EXECUTIVE },
                ...(links.length > 0 ? [{ id: (0, typeorm_2.In)(links.map((link) => link.userId)), role: user_entity_1.Role.LIAISON }] : []),
            ],
            order: { displayName: 'ASC', email: 'ASC' },
        });
        return { users, links };
    }
};
exports.UsersService = UsersService;
exports.UsersService = UsersService = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectRepository)(user_entity_1.User)),
    __param(1, (0, typeorm_1.InjectRepository)(liaison_plan_entity_1.LiaisonPlan)),
    __metadata("design:paramtypes", [typeorm_2.Repository,
        typeorm_2.Repository,
        clock_1.Clock])
], UsersService);
//# sourceMappingURL=users.service.js.map