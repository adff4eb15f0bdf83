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
exports.GenerationCheck = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("typeorm");
const data_generation_1 = require("../common/data-generation");
function waiting() {
    let resolve;
    let reject;
    const promise = new Promise((yes, no) => {
        resolve = yes;
        reject = no;
    });
    return { promise, resolve, reject };
}
/**
 * The database's data generation (common/data-generation.ts), read for many requests at once.
 *
 * A caller gets the token read by a query that started after it called: the read in flight
 * answers only those who called before it started; the others wait for the next one, which starts
 * when it ends. So at most one read is in flight however many requests arrive, and no caller sees
 * a generation older than its own call: a write committed, in any process, before a request
 * arrived is always seen by it.
 */
let GenerationCheck = class GenerationCheck {
    dataSource;
    running = null;
    next = null;
    constructor(dataSource) {
        this.dataSource = dataSource;
    }
    current() {
        if (!this.running) {
            this.running = this.read();
            return this.running;
        }
        this.next ??= waiting();
        return this.next.promise;
    }
    async read() {
        try {
            return await (0, data_generation_1.readDataGeneration)(this.dataSource);
        }
        finally {
            const next = this.next;
            this.next = null;
            if (next) {
                this.running = this.read();
                this.running.then(next.resolve, next.reject);
            }
            else {
                this.running = null;
            }
        }
    }
};
exports.GenerationCheck = GenerationCheck;
exports.GenerationCheck = GenerationCheck = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [typeorm_1.DataSource])
], GenerationCheck);
//# sourceMappingURL=generation-check.js.map