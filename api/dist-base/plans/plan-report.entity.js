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
exports.PlanReport = void 0;
const typeorm_1 = require("typeorm");
/** A plan answers one or more reports; a report may be answered by several plans. */
let PlanReport = class PlanReport {
    planId;
    reportId;
};
exports.PlanReport = PlanReport;
__decorate([
    (0, typeorm_1.PrimaryColumn)({ type: 'varchar', length: 36, name: 'plan_id' }),
    __metadata("design:type", String)
], PlanReport.prototype, "planId", void 0);
__decorate([
    (0, typeorm_1.Index)(),
    (0, typeorm_1.PrimaryColumn)({ type: 'varchar', length: 36, name: 'report_id' }),
    __metadata("design:type", String)
], PlanReport.prototype, "reportId", void 0);
exports.PlanReport = PlanReport = __decorate([
    (0, typeorm_1.Entity)('plan_report')
], PlanReport);
//# sourceMappingURL=plan-report.entity.js.map