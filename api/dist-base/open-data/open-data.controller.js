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
exports.OpenDataController = exports.CACHE_DRAFT = exports.CACHE_PUBLISHED = void 0;
const common_1 = require("@nestjs/common");
const decorators_1 = require("../auth/decorators");
const sessions_service_1 = require("../auth/sessions.service");
const batch_1 = require("../common/batch");
const domain_error_1 = require("../common/domain-error");
const data_dictionary_1 = require("./data-dictionary");
const open_data_files_1 = require("./open-data-files");
const plan_document_1 = require("./plan-document");
const plan_export_service_1 = require("./plan-export.service");
/** `<plan>.json` or `<plan>.zip`. */
const DOWNLOAD = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.(json|zip)$/;
/** A published plan may be kept by browsers and shared caches for five minutes. */
exports.CACHE_PUBLISHED = 'public, max-age=300';
/** A draft, downloaded by its organisation's executive with their session, is kept by no cache. */
exports.CACHE_DRAFT = 'private, no-store';
/**
 * The open-data downloads: `GET /data/<org>/<plan>.json` (the document) and `.zip` (CSV files,
 * datapackage.json, README). Public for published plans; a draft exists only for those who may
 * see it (its organisation's executives, with their session), and is never cached. And the
 * data dictionary the files point to, `GET /data/open-data.md`.
 */
let OpenDataController = class OpenDataController {
    exports;
    sessions;
    dictionary;
    constructor(exports, sessions, dictionary) {
        this.exports = exports;
        this.sessions = sessions;
        this.dictionary = dictionary;
    }
    dataDictionary(reply) {
        void reply.type('text/plain; charset=utf-8').header('cache-control', exports.CACHE_PUBLISHED).send(this.dictionary.text);
    }
    async download(organisationSlug, file, request, reply) {
        const match = DOWNLOAD.exec(file);
        if (!match)
            throw new common_1.NotFoundException(`There is no download "${file}": ask for <plan>.json or <plan>.zip.`);
        const [, planSlug, format] = match;
        const data = await this.read(request, organisationSlug, planSlug);
        void reply.header('cache-control', data.plan.publishedAt === null ? exports.CACHE_DRAFT : exports.CACHE_PUBLISHED);
        if (format === 'json') {
            const document = (0, plan_document_1.tablesToDocument)(data.tables, data.meta);
            void reply
                .type('application/json; charset=utf-8')
                .header('content-disposition', `inline; filename="${planSlug}.json"`)
                .send(JSON.stringify(document));
            return;
        }
        const zip = await (0, open_data_files_1.zipArchive)(data.tables, data.meta);
        void reply
            .type('application/zip')
            .header('content-disposition', `attachment; filename="${planSlug}.zip"`)
            .send(zip);
    }
    async read(request, organisationSlug, planSlug) {
        const active = await this.sessions.resolve(request);
        const ctx = {
            actor: { user: active?.user ?? null, ip: request.ip, requestId: String(request.id) },
            loaders: new batch_1.LoaderCache(),
        };
        try {
            return await this.exports.export(ctx, organisationSlug, planSlug, this.dictionary.urlFor(request));
        }
        catch (error) {
            // An unknown organisation, an unknown plan, a draft the caller may not see and a plan of
            // another organisation all get the same answer.
            if (error instanceof domain_error_1.DomainError && error.code === domain_error_1.ErrorCode.NOT_FOUND)
                throw new common_1.NotFoundException(`There is no published plan "${planSlug}" of "${organisationSlug}".`);
            throw error;
        }
    }
};
exports.OpenDataController = OpenDataController;
__decorate([
    (0, decorators_1.Public)(),
    (0, common_1.Get)('open-data.md'),
    __param(0, (0, common_1.Res)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object]),
    __metadata("design:returntype", void 0)
], OpenDataController.prototype, "dataDictionary", null);
__decorate([
    (0, decorators_1.Public)(),
    (0, common_1.Get)(':organisation/:file'),
    __param(0, (0, common_1.Param)('organisation')),
    __param(1, (0, common_1.Param)('file')),
    __param(2, (0, common_1.Req)()),
    __param(3, (0, common_1.Res)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, String, Object, Object]),
    __metadata("design:returntype", Promise)
], OpenDataController.prototype, "download", null);
exports.OpenDataController = OpenDataController = __decorate([
    (0, common_1.Controller)('data'),
    __metadata("design:paramtypes", [plan_export_service_1.PlanExportService,
        sessions_service_1.SessionsService,
        data_dictionary_1.DataDictionary])
], OpenDataController);
//# sourceMappingURL=open-data.controller.js.map