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
exports.encodeCursor = exports.PageInfo = exports.ConnectionArgs = exports.DEFAULT_PAGE_SIZE = exports.MAX_PAGE_SIZE = void 0;
exports.Connection = Connection;
exports.decodeCursor = decodeCursor;
exports.paginate = paginate;
const graphql_1 = require("@nestjs/graphql");
const class_validator_1 = require("class-validator");
const cost_1 = require("./cost");
const domain_error_1 = require("./domain-error");
exports.MAX_PAGE_SIZE = 100;
exports.DEFAULT_PAGE_SIZE = 20;
let ConnectionArgs = class ConnectionArgs {
    first = exports.DEFAULT_PAGE_SIZE;
    after;
};
exports.ConnectionArgs = ConnectionArgs;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int, { defaultValue: exports.DEFAULT_PAGE_SIZE, description: `Page size, 1 to ${exports.MAX_PAGE_SIZE}.` }),
    (0, class_validator_1.IsInt)(),
    (0, class_validator_1.Min)(1, { message: `first must be between 1 and ${exports.MAX_PAGE_SIZE}` }),
    (0, class_validator_1.Max)(exports.MAX_PAGE_SIZE, { message: `first must be between 1 and ${exports.MAX_PAGE_SIZE}` }),
    __metadata("design:type", Number)
], ConnectionArgs.prototype, "first", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true, description: 'The endCursor of the previous page.' }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MaxLength)(200),
    __metadata("design:type", Object)
], ConnectionArgs.prototype, "after", void 0);
exports.ConnectionArgs = ConnectionArgs = __decorate([
    (0, graphql_1.ArgsType)()
], ConnectionArgs);
let PageInfo = class PageInfo {
    hasNextPage;
    endCursor;
};
exports.PageInfo = PageInfo;
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", Boolean)
], PageInfo.prototype, "hasNextPage", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], PageInfo.prototype, "endCursor", void 0);
exports.PageInfo = PageInfo = __decorate([
    (0, graphql_1.ObjectType)()
], PageInfo);
/** A Relay-style connection type named `${name}Connection` with `${name}Edge` edges. */
function Connection(node, name) {
    let EdgeType = class EdgeType {
        cursor;
        node;
    };
    __decorate([
        (0, graphql_1.Field)(),
        __metadata("design:type", String)
    ], EdgeType.prototype, "cursor", void 0);
    __decorate([
        (0, graphql_1.Field)(() => node),
        __metadata("design:type", Object)
    ], EdgeType.prototype, "node", void 0);
    EdgeType = __decorate([
        (0, graphql_1.ObjectType)(`${name}Edge`)
    ], EdgeType);
    let ConnectionType = class ConnectionType {
        edges;
        pageInfo;
        totalCount;
    };
    __decorate([
        (0, graphql_1.Field)(() => [EdgeType]),
        (0, cost_1.Cost)({ listSize: 1 }) // priced by the connection's `first`
        ,
        __metadata("design:type", Array)
    ], ConnectionType.prototype, "edges", void 0);
    __decorate([
        (0, graphql_1.Field)(() => PageInfo),
        __metadata("design:type", PageInfo)
    ], ConnectionType.prototype, "pageInfo", void 0);
    __decorate([
        (0, graphql_1.Field)(() => graphql_1.Int, { description: 'Items matching, across all pages.' }),
        __metadata("design:type", Number)
    ], ConnectionType.prototype, "totalCount", void 0);
    ConnectionType = __decorate([
        (0, graphql_1.ObjectType)(`${name}Connection`)
    ], ConnectionType);
    return ConnectionType;
}
/** Cursors are opaque to clients: base64url of the item's sort key. */
const encodeCursor = (key) => Buffer.from(key, 'utf8').toString('base64url');
exports.encodeCursor = encodeCursor;
function decodeCursor(cursor) {
    const key = /^[A-Za-z0-9_-]+$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
    if (!key || (0, exports.encodeCursor)(key) !== cursor)
        throw (0, domain_error_1.badInput)('after is not a cursor this API gave out', 'after');
    return key;
}
/**
 * One page of an ordered list. `keyOf` gives each item's unique sort key; the cursor names
 * the last item seen, so a page stays correct when items before it change.
 */
function paginate(items, args, keyOf) {
    let start = 0;
    if (args.after) {
        const key = decodeCursor(args.after);
        const index = items.findIndex((item) => keyOf(item) === key);
        if (index < 0) {
            throw (0, domain_error_1.badInput)('after names an item that is not in this list (it may have been filtered out)', 'after');
        }
        start = index + 1;
    }
    const page = items.slice(start, start + args.first);
    const edges = page.map((node) => ({ node, cursor: (0, exports.encodeCursor)(keyOf(node)) }));
    return {
        edges,
        totalCount: items.length,
        pageInfo: {
            hasNextPage: start + args.first < items.length,
            endCursor: edges.length > 0 ? edges[edges.length - 1].cursor : null,
        },
    };
}
//# sourceMappingURL=pagination.js.map