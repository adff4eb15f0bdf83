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
Object.defineProperty(exports, "__esModule", { value: true });
exports.ImportRoute = void 0;
const common_1 = require("@nestjs/common");
const core_1 = require("@nestjs/core");
const sessions_service_1 = require("../../auth/sessions.service");
const user_entity_1 = require("../../auth/user.entity");
const write_limit_guard_1 = require("../../auth/write-limit.guard");
const domain_error_1 = require("../../common/domain-error");
const import_limits_1 = require("./import-limits");
const import_preview_1 = require("./import-preview");
const plan_import_service_1 = require("./plan-import.service");
const read_upload_1 = require("./read-upload");
const KINDS = { 'application/zip': 'zip', 'application/json': 'json', 'text/csv': 'csv' };
/** `X-File-Name` is percent-encoded (a header holds ASCII only); a name that does not decode is refused. */
function decodedFileName(header) {
    try {
        return decodeURIComponent(header);
    }
    catch {
        throw new import_preview_1.UnreadableFile(`The file name "${header.slice(0, 100)}" is not valid percent-encoded text.`);
    }
}
const STATUS = {
    [domain_error_1.ErrorCode.UNAUTHENTICATED]: 401,
    [domain_error_1.ErrorCode.FORBIDDEN]: 403,
    [domain_error_1.ErrorCode.NOT_FOUND]: 404,
    [domain_error_1.ErrorCode.RATE_LIMITED]: 429,
    [domain_error_1.ErrorCode.BAD_USER_INPUT]: 400,
};
/**
 * `POST /data/<org>/import?dryRun=true|false[&plan=<slug>]`: the file's bytes as the body, typed
 * application/zip, application/json or text/csv (anything else is 415, which also keeps
 * cross-site forms out), named by `X-File-Name`, sent with the session cookie of one of the
 * organisation's executives. The route has a body limit of its own (MAX_UPLOAD_BYTES, 413 past
 * it), counts as a write, and never logs the file.
 */
let ImportRoute = class ImportRoute {
    adapter;
    sessions;
    writes;
    imports;
    logger = new common_1.Logger('Import');
    constructor(adapter, sessions, writes, imports) {
        this.adapter = adapter;
        this.sessions = sessions;
        this.writes = writes;
        this.imports = imports;
    }
    onModuleInit() {
        const fastify = this.adapter.httpAdapter.getInstance();
        void fastify.register(async (scope) => {
            scope.removeAllContentTypeParsers();
            scope.addContentTypeParser(Object.keys(KINDS), { parseAs: 'buffer', bodyLimit: import_limits_1.MAX_UPLOAD_BYTES }, (_request, body, done) => done(null, body));
            scope.post('/data/:org/import', { bodyLimit: import_limits_1.MAX_UPLOAD_BYTES }, (request, reply) => this.handle(request, reply));
        });
    }
    async handle(request, reply) {
        const { org } = request.params;
        const query = request.query;
        try {
            const active = await this.sessions.resolve(request);
            const actor = { user: active?.user ?? null, ip: request.ip, requestId: request.id };
            if (!actor.user)
                throw new domain_error_1.DomainError(domain_error_1.ErrorCode.UNAUTHENTICATED, 'Sign in to import.');
            if (actor.user.role !== user_entity_1.Role.EXECUTIVE)
                throw new domain_error_1.DomainError(domain_error_1.ErrorCode.FORBIDDEN, 'Only an executive of the organisation may import.');
            await this.writes.count(actor, reply);
            const contentType = (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
            const fileName = String(request.headers['x-file-name'] ?? `upload.${KINDS[contentType]}`);
            const upload = await (0, read_upload_1.readUpload)(decodedFileName(fileName), request.body, KINDS[contentType]);
            const preview = await this.imports.run(upload, {
                organisationSlug: org,
                planSlug: query.plan,
                dryRun: query.dryRun !== 'false',
                actor: actor,
            });
            this.logger.log(`import into ${org} by ${actor.user.id}: ${preview.applied ? 'applied' : 'not applied'} ${JSON.stringify(preview.counts)}`);
            return await reply.status(200).send(preview);
        }
        catch (error) {
            if (error instanceof import_preview_1.FileTooLarge)
                return reply.status(413).send({ error: error.message });
            if (error instanceof import_preview_1.UnreadableFile)
                return reply.status(400).send({ error: error.message });
            if (error instanceof domain_error_1.DomainError)
                return reply.status(STATUS[error.code] ?? 400).send({ error: error.message });
            throw error;
        }
    }
};
exports.ImportRoute = ImportRoute;
exports.ImportRoute = ImportRoute = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [core_1.HttpAdapterHost,
        sessions_service_1.SessionsService,
        write_limit_guard_1.WriteLimitGuard,
        plan_import_service_1.PlanImportService])
], ImportRoute);
//# sourceMappingURL=import-route.js.map