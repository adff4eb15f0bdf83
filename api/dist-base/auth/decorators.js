"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CurrentActor = exports.SignedIn = exports.Roles = exports.Public = exports.ROLES_KEY = exports.PUBLIC_KEY = void 0;
const common_1 = require("@nestjs/common");
const graphql_1 = require("@nestjs/graphql");
const user_entity_1 = require("./user.entity");
exports.PUBLIC_KEY = 'tracker:public';
exports.ROLES_KEY = 'tracker:roles';
/** Anyone may call this operation, signed in or not. */
const Public = () => (0, common_1.SetMetadata)(exports.PUBLIC_KEY, true);
exports.Public = Public;
/** Only signed-in users with one of these roles may call this operation (resource checks follow in the service). */
const Roles = (...roles) => (0, common_1.SetMetadata)(exports.ROLES_KEY, roles);
exports.Roles = Roles;
/** Any signed-in user may call this operation. */
const SignedIn = () => (0, exports.Roles)(user_entity_1.Role.EXECUTIVE, user_entity_1.Role.LIAISON);
exports.SignedIn = SignedIn;
/**
 * The actor of the request. Where the operation declares roles the guard has made sure there is
 * a user, and the parameter is typed `SignedInActor`.
 */
exports.CurrentActor = (0, common_1.createParamDecorator)((_data, context) => graphql_1.GqlExecutionContext.create(context).getContext().actor);
//# sourceMappingURL=decorators.js.map