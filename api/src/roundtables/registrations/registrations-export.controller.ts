import { Controller, Get, HttpException, HttpStatus, NotFoundException, Param, Req, Res } from '@nestjs/common';
import { stringify } from 'csv-stringify/sync';
import { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../../auth/decorators';
import { SessionsService } from '../../auth/sessions.service';
import { Role } from '../../auth/user.entity';
import { DomainError, ErrorCode } from '../../common/domain-error';
import { neutralise } from '../../open-data/spreadsheet-cells';
import { RoundtableRegistration } from '../roundtable-registration.entity';
import { RegistrationsService } from './registrations.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const COLUMNS: [header: string, cell: (row: RoundtableRegistration) => string | null][] = [
  ['status', (row) => row.status],
  ['name', (row) => row.name],
  ['email', (row) => row.email],
  ['role', (row) => row.role],
  ['access_needs', (row) => row.accessNeeds],
  ['registered_at', (row) => row.createdAt],
  ['consented_at', (row) => row.consentedAt],
  ['cancelled_at', (row) => row.cancelledAt],
  ['erased_at', (row) => row.erasedAt],
];

/**
 * The registrant list of a roundtable as CSV, `GET /export/roundtables/<id>/registrations.csv`,
 * for the signed-in executives of its organisation only (401 signed out, 403 for anyone else),
 * kept by no cache. Cells that a spreadsheet would run as formulas are neutralised, as in the
 * open-data files.
 */
@Controller('export/roundtables')
export class RegistrationsExportController {
  constructor(
    private readonly registrations: RegistrationsService,
    private readonly sessions: SessionsService,
  ) {}

  @Public()
  @Get(':id/registrations.csv')
  async download(@Param('id') id: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    void reply.header('cache-control', 'private, no-store');
    const active = await this.sessions.resolve(request);
    if (!active) {
      throw new HttpException(
        'Sign in as an executive of the roundtable’s organisation to download its registrations.',
        HttpStatus.UNAUTHORIZED,
      );
    }
    if (!UUID.test(id)) throw new NotFoundException('There is no such roundtable.');
    const actor = { user: active.user, ip: request.ip, requestId: String(request.id) };
    let rows: RoundtableRegistration[];
    try {
      if (active.user.role !== Role.EXECUTIVE) throw new DomainError(ErrorCode.FORBIDDEN, 'not an executive');
      rows = await this.registrations.listFor(actor, id);
    } catch (error) {
      if (error instanceof DomainError && error.code === ErrorCode.NOT_FOUND) {
        throw new NotFoundException('There is no such roundtable.');
      }
      if (error instanceof DomainError && error.code === ErrorCode.FORBIDDEN) {
        throw new HttpException(
          'Only the executives of the roundtable’s organisation may download its registrations.',
          HttpStatus.FORBIDDEN,
        );
      }
      throw error;
    }
    const csv = stringify(
      rows.map((row) => COLUMNS.map(([, cell]) => neutralise(cell(row) ?? ''))),
      { bom: true, header: true, columns: COLUMNS.map(([header]) => header), record_delimiter: 'windows' },
    );
    void reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="roundtable-${id}-registrations.csv"`)
      .send(csv);
  }
}
