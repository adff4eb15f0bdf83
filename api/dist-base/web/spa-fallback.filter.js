"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.SpaFallbackFilter = void 0;
const common_1 = require("@nestjs/common");
require("@fastify/static");
const NOT_PAGES = /^\/(graphql|healthz|readyz|assets\/|data\/)|\.[a-z0-9]+$/i;
/**
 * Serves the dashboard's index.html for unknown GET paths that a browser navigates to, so the
 * client router can show the page (or its own "not found"); API paths and files keep their 404.
 */
let SpaFallbackFilter = class SpaFallbackFilter {
    catch(exception, host) {
        const http = host.switchToHttp();
        const request = http.getRequest();
        const reply = http.getResponse();
        const path = request.url.split('?')[0];
        if (request.method === 'GET' && !NOT_PAGES.test(path)) {
            void reply.sendFile('index.html');
            return;
        }
        void reply.status(404).send({ statusCode: 404, message: exception.message });
    }
};
exports.SpaFallbackFilter = SpaFallbackFilter;
exports.SpaFallbackFilter = SpaFallbackFilter = __decorate([
    (0, common_1.Catch)(common_1.NotFoundException)
], SpaFallbackFilter);
//# sourceMappingURL=spa-fallback.filter.js.map