"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.SlugNamespace = void 0;
const common_1 = require("@nestjs/common");
const duplicates_1 = require("./duplicates");
/** The tables whose slugs share the namespace. Named, not imported, so their modules need not import one another. */
const SLUG_TABLES = ['organisation', 'action_plan', 'report'];
/** Organisation, plan and report slugs share one namespace across the installation (docs/domain.md). */
let SlugNamespace = class SlugNamespace {
    /**
     * Refuses a slug an organisation, plan or report already has. Run it inside the write's
     * transaction, so the check and the insert see the same database.
     */
    async assertFree(manager, slug) {
        for (const table of SLUG_TABLES) {
            if (await manager.existsBy(table, { slug }))
                throw (0, duplicates_1.slugTaken)(slug);
        }
    }
};
exports.SlugNamespace = SlugNamespace;
exports.SlugNamespace = SlugNamespace = __decorate([
    (0, common_1.Injectable)()
], SlugNamespace);
//# sourceMappingURL=slug-namespace.js.map