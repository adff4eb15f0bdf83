"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.AppGraphQLModule = void 0;
const apollo_1 = require("@nestjs/apollo");
const common_1 = require("@nestjs/common");
const graphql_1 = require("@nestjs/graphql");
const app_config_1 = require("../config/app-config");
const format_error_1 = require("./format-error");
const auth_module_1 = require("../auth/auth.module");
const sessions_service_1 = require("../auth/sessions.service");
const batch_1 = require("../common/batch");
const known_operation_types_plugin_1 = require("./known-operation-types.plugin");
const nul_characters_plugin_1 = require("./nul-characters.plugin");
const limits_1 = require("./limits");
const query_cost_plugin_1 = require("./query-cost.plugin");
const request_budget_plugin_1 = require("./request-budget.plugin");
const refusals_plugin_1 = require("../logging/refusals.plugin");
/** GraphQL over Fastify at /graphql: code-first schema, no playground (it needs a CDN), CSRF prevention on. */
let AppGraphQLModule = class AppGraphQLModule {
};
exports.AppGraphQLModule = AppGraphQLModule;
exports.AppGraphQLModule = AppGraphQLModule = __decorate([
    (0, common_1.Module)({
        imports: [
            graphql_1.GraphQLModule.forRootAsync({
                driver: apollo_1.ApolloDriver,
                imports: [auth_module_1.AuthModule],
                inject: [app_config_1.AppConfig, sessions_service_1.SessionsService],
                useFactory: (config, sessions) => ({
                    path: '/graphql',
                    autoSchemaFile: true,
                    sortSchema: true,
                    playground: false,
                    graphiql: false,
                    introspection: !config.isProduction,
                    csrfPrevention: true,
                    allowBatchedHttpRequests: false,
                    persistedQueries: false,
                    validationRules: [limits_1.depthLimit, limits_1.aliasLimit],
                    parseOptions: { maxTokens: limits_1.MAX_TOKENS },
                    plugins: [
                        (0, refusals_plugin_1.refusalsLogPlugin)(),
                        known_operation_types_plugin_1.knownOperationTypes,
                        nul_characters_plugin_1.nulCharacters,
                        (0, query_cost_plugin_1.queryCostPlugin)(config.GRAPHQL_MAX_COST),
                        (0, request_budget_plugin_1.requestBudgetPlugin)({ timeLimitMs: config.GRAPHQL_TIME_LIMIT_MS, maxValues: config.GRAPHQL_MAX_VALUES }),
                    ],
                    includeStacktraceInErrorResponses: false,
                    hideSchemaDetailsFromClientErrors: true,
                    context: async (request, reply) => {
                        const active = await sessions.resolve(request);
                        return {
                            req: request,
                            reply,
                            loaders: new batch_1.LoaderCache(),
                            actor: { user: active?.user ?? null, ip: request.ip, requestId: request.id },
                            sessionId: active?.session.id ?? null,
                        };
                    },
                    formatError: (0, format_error_1.formatError)(config.NODE_ENV === 'development'),
                    buildSchemaOptions: { noDuplicatedFields: true },
                }),
            }),
        ],
    })
], AppGraphQLModule);
//# sourceMappingURL=graphql.module.js.map