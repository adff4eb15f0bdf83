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
exports.CreateReportInput = void 0;
const graphql_1 = require("@nestjs/graphql");
const input_fields_1 = require("../../common/input-fields");
/** A report of the signed-in executive's organisation. */
let CreateReportInput = class CreateReportInput {
    slug;
    title;
    publishedOn;
    summary;
    url;
};
exports.CreateReportInput = CreateReportInput;
__decorate([
    (0, input_fields_1.SlugField)(),
    __metadata("design:type", String)
], CreateReportInput.prototype, "slug", void 0);
__decorate([
    (0, input_fields_1.TextField)(300),
    __metadata("design:type", String)
], CreateReportInput.prototype, "title", void 0);
__decorate([
    (0, input_fields_1.DateField)(),
    __metadata("design:type", Object)
], CreateReportInput.prototype, "publishedOn", void 0);
__decorate([
    (0, input_fields_1.NullableTextField)(20000),
    __metadata("design:type", Object)
], CreateReportInput.prototype, "summary", void 0);
__decorate([
    (0, input_fields_1.HttpUrlField)({ optional: true, max: 500 }),
    __metadata("design:type", Object)
], CreateReportInput.prototype, "url", void 0);
exports.CreateReportInput = CreateReportInput = __decorate([
    (0, graphql_1.InputType)()
], CreateReportInput);
//# sourceMappingURL=create-report.input.js.map