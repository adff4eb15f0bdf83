"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.printAppSchema = printAppSchema;
require("reflect-metadata");
const graphql_1 = require("@nestjs/graphql");
const node_fs_1 = require("node:fs");
const node_os_1 = require("node:os");
const node_path_1 = require("node:path");
const graphql_2 = require("graphql");
/** The schema the application serves, printed in a stable order (what api/schema.gql holds). */
async function printAppSchema() {
    const folder = (0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), 'tracker-schema-'));
    process.env.DATABASE_URL = (0, node_path_1.join)(folder, 'schema.sqlite');
    const { createApp } = await Promise.resolve().then(() => __importStar(require('../app-factory')));
    const app = await createApp({ logger: process.env.DEBUG_SCHEMA ? undefined : false });
    try {
        const { schema } = app.get(graphql_1.GraphQLSchemaHost);
        return `${(0, graphql_2.printSchema)((0, graphql_2.lexicographicSortSchema)(schema))}\n`;
    }
    finally {
        await app.close();
        (0, node_fs_1.rmSync)(folder, { recursive: true, force: true });
    }
}
if (require.main === module) {
    const target = (0, node_path_1.resolve)(process.argv[2] ?? 'schema.gql');
    printAppSchema().then((sdl) => (0, node_fs_1.writeFileSync)(target, sdl), (error) => {
        console.error(error);
        process.exit(1);
    });
}
//# sourceMappingURL=print-schema.js.map