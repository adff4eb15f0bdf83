"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PostgresDoubleValues1764600000000 = void 0;
/**
 * A finding's value is a `real`: on SQLite an 8-byte float, on PostgreSQL a 4-byte one, which
 * keeps only six or seven digits (1,234,567.8 would read back as 1,234,570). PostgreSQL's column
 * becomes `double precision`, the same 8 bytes as SQLite's; SQLite has nothing to change.
 */
class PostgresDoubleValues1764600000000 {
    name = 'PostgresDoubleValues1764600000000';
    async up(queryRunner) {
        if (queryRunner.connection.options.type !== 'postgres')
            return;
        await queryRunner.query('ALTER TABLE "finding" ALTER COLUMN "value" TYPE double precision');
    }
    async down(queryRunner) {
        if (queryRunner.connection.options.type !== 'postgres')
            return;
        await queryRunner.query('ALTER TABLE "finding" ALTER COLUMN "value" TYPE real');
    }
}
exports.PostgresDoubleValues1764600000000 = PostgresDoubleValues1764600000000;
//# sourceMappingURL=1764600000000-postgres-double-values.js.map