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
exports.DataDictionary = exports.DATA_DICTIONARY_ROUTE = void 0;
exports.dataDictionaryFile = dataDictionaryFile;
const common_1 = require("@nestjs/common");
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const app_config_1 = require("../config/app-config");
/** Where the server serves the data dictionary (docs/open-data.md) as plain text. */
exports.DATA_DICTIONARY_ROUTE = '/data/open-data.md';
/**
 * docs/open-data.md of the repository the server runs from: three folders up from this file,
 * whether it runs as TypeScript (api/src/open-data) or built (api/dist/open-data).
 */
function dataDictionaryFile() {
    return (0, node_path_1.join)(__dirname, '..', '..', '..', 'docs', 'open-data.md');
}
/**
 * The data dictionary's text, read once when the server starts. The files point at it, so a
 * server without it does not start: it runs from a whole copy of the repository.
 */
let DataDictionary = class DataDictionary {
    config;
    text;
    constructor(config) {
        this.config = config;
        const file = dataDictionaryFile();
        if (!(0, node_fs_1.existsSync)(file))
            throw new Error(`The open-data dictionary is not at ${file}: run the tracker from a whole copy of its repository (docs/ included).`);
        this.text = (0, node_fs_1.readFileSync)(file, 'utf8');
    }
    /**
     * Its absolute address: on PUBLIC_URL when that is set (the address people use), else on the
     * origin the request came to.
     */
    urlFor(request) {
        const origin = this.config.PUBLIC_URL ? this.config.publicUrl : `${request.protocol}://${request.host}`;
        return `${origin}${exports.DATA_DICTIONARY_ROUTE}`;
    }
};
exports.DataDictionary = DataDictionary;
exports.DataDictionary = DataDictionary = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [app_config_1.AppConfig])
], DataDictionary);
//# sourceMappingURL=data-dictionary.js.map