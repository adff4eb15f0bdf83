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
exports.UpdateReportInput = void 0;
const graphql_1 = require("@nestjs/graphql");
const input_fields_1 = require("../../common/input-fields");
/** Fields left out stay as they are; `null` clears the date, the summary or the link. The slug never changes. */
let UpdateReportInput = class UpdateReportInput {
    id;
    version;
    title;
    publishedOn;
    summary;
    url;
};
exports.UpdateReportInput = UpdateReportInput;
__decorate([
    (0, input_fields_1.IdField)(),
    __metadata("design:type", String)
], UpdateReportInput.prototype, "id", void 0);
__decorate([
    (0, input_fields_1.VersionField)(),
    __metadata("design:type", Number)
], UpdateReportInput.prototype, "version", void 0);
__decorate([
    (0, input_fields_1.TextField)(300, { optional: true }),
    __metadata("design:type", String)
], UpdateReportInput.prototype, "title", void 0);
__decorate([
    (0, input_fields_1.DateField)(),
    __metadata("design:type", Object)
], UpdateReportInput.prototype, "publishedOn", void 0);
__decorate([
    (0, input_fields_1.NullableTextField)(20000),
    __metadata("design:type", Object)
], UpdateReportInput.prototype, "summary", void 0);
__decorate([
    (0, input_fields_1.HttpUrlField)({ optional: true, max: 500 }),
    __metadata("design:type", Object)
], UpdateReportInput.prototype, "url", void 0);
exports.UpdateReportInput = UpdateReportInput = __decorate([
    (0, graphql_1.InputType)()
], UpdateReportInput);
//# sourceMappingURL=update-report.input.js.map