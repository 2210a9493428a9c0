import { BadRequestException, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../auth/principal';
import { problem } from '../common/problem';
import { Discipline } from '../disciplines/discipline.entity';
import { StaffMembersService } from '../staff/staff-members.service';
import { Team } from '../teams/team.entity';
import { ProcessTemplate } from '../templates/process-template.entity';
import { Wijk } from '../wijken/wijk.entity';
import { WijkenService } from '../wijken/wijken.service';
import { describeRowError, ImportRowError, mapSheetRows } from './map-sheet-rows';
import { readSheetRows } from './read-sheet-rows';
import { buildStaffRow, STAFF_IMPORT_COLUMNS } from './staff-import-rows';
import { buildWijkRow, WIJK_IMPORT_COLUMNS } from './wijk-import-rows';

export type SpreadsheetImportKind = 'staff-members' | 'wijken';

export interface ImportPreview {
  kind: SpreadsheetImportKind;
  rows: number;
  validRows: number;
  errors: ImportRowError[];
  /** What would be created, row by row (only rows without errors). */
  items: { row: number; values: Record<string, unknown> }[];
}

/**
 * Staff and wijken from CSV/XLSX: a preview that lists every error by row and column, and a commit
 * that creates all rows in one transaction or — on any error — nothing.
 */
@Injectable()
export class SpreadsheetImportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly staff: StaffMembersService,
    private readonly wijken: WijkenService,
  ) {}

  async preview(principal: Principal, kind: SpreadsheetImportKind, file: Buffer): Promise<ImportPreview> {
    return this.map(this.dataSource.manager, principal, kind, file);
  }

  async commit(
    principal: Principal,
    kind: SpreadsheetImportKind,
    file: Buffer,
    fileName: string,
  ): Promise<{ created: number; ids: string[] }> {
    return this.dataSource.transaction(async (manager) => {
      // Lookups (e.g. existing CBS codes) are read inside the transaction the rows are written in.
      const mapped = await this.map(manager, principal, kind, file);
      if (mapped.errors.length) {
        throw new BadRequestException(
          problem(
            400,
            `Er is niets geïmporteerd: ${mapped.errors.length} fout(en) in het bestand. ${mapped.errors.slice(0, 5).map(describeRowError).join('; ')}.`,
            mapped.errors.map((e) => ({
              name: `rij ${e.row}${e.column ? `: ${e.column}` : ''}`,
              reason: e.message,
            })),
          ),
        );
      }
      if (!mapped.items.length) {
        throw new BadRequestException(
          problem(400, 'Het bestand bevat geen rijen om te importeren.', [
            { name: 'file', reason: 'must contain at least one data row' },
          ]),
        );
      }
      const service = kind === 'staff-members' ? this.staff : this.wijken;
      const ids: string[] = [];
      for (const item of mapped.items) {
        const saved = await (service as StaffMembersService | WijkenService).insertIn(
          manager,
          principal,
          item.values as never,
        );
        ids.push(saved.id);
      }
      await this.audit.record(manager, {
        organisationId: principal.organisationId,
        userId: principal.userId,
        action: `import.${kind}`,
        entityType: 'import',
        after: { fileName, rows: ids.length, ids },
      });
      return { created: ids.length, ids };
    });
  }

  private async map(
    manager: EntityManager,
    principal: Principal,
    kind: SpreadsheetImportKind,
    file: Buffer,
  ): Promise<ImportPreview> {
    const sheet = await readSheetRows(file);
    const organisationId = principal.organisationId;
    let result;
    if (kind === 'staff-members') {
      const [disciplines, teams] = await Promise.all([
        manager.find(Discipline, { where: { organisationId } }),
        manager.find(Team, { where: { organisationId } }),
      ]);
      const lookups = {
        disciplines: new Map(
          disciplines.flatMap((d) => [
            [d.code.toLowerCase(), d.id] as const,
            [d.name.toLowerCase(), d.id] as const,
          ]),
        ),
        teams: new Map(teams.map((t) => [t.name.toLowerCase(), t.id])),
      };
      result = mapSheetRows(sheet, STAFF_IMPORT_COLUMNS, (row) => buildStaffRow(row, lookups));
    } else {
      const [templates, wijken] = await Promise.all([
        manager.find(ProcessTemplate, { where: { organisationId } }),
        manager.find(Wijk, { where: { organisationId }, select: { id: true, cbsCode: true } }),
      ]);
      const lookups = {
        templates: new Map(templates.map((t) => [t.name.toLowerCase(), t.id])),
        existingCbsCodes: new Set(wijken.map((w) => w.cbsCode)),
      };
      const seen = new Map<string, number>();
      result = mapSheetRows(sheet, WIJK_IMPORT_COLUMNS, (row) => buildWijkRow(row, lookups, seen));
    }
    return {
      kind,
      rows: sheet.rows.length,
      validRows: result.values.length,
      errors: result.errors,
      items: result.values.map((v) => ({ row: v.rowNumber, values: v.value as Record<string, unknown> })),
    };
  }
}
