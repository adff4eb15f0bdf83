"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.Clock = void 0;
exports.startClockAt = startClockAt;
exports.currentTime = currentTime;
const common_1 = require("@nestjs/common");
const rules_1 = require("@tracker/rules");
/**
 * How far the process's clock is ahead of the system's, in milliseconds: 0 unless the clock was
 * started at a chosen instant (CLOCK_START), from which it then runs at the normal pace.
 */
let offsetMs = 0;
/** Starts the process's clock at `instant`; from then on it runs like the system clock. */
function startClockAt(instant) {
    offsetMs = instant.getTime() - Date.now();
}
/** The current time by the process's clock. Every instant the tracker stores comes from here. */
function currentTime() {
    return new Date(Date.now() + offsetMs);
}
/** The current time, injectable. "Today" is the calendar date in Europe/London. */
let Clock = class Clock {
    now() {
        return currentTime();
    }
    today() {
        return (0, rules_1.londonDate)(this.now());
    }
};
exports.Clock = Clock;
exports.Clock = Clock = __decorate([
    (0, common_1.Injectable)()
], Clock);
//# sourceMappingURL=clock.js.map