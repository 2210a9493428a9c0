import { BadRequestException, Inject, Injectable, NotFoundException, Optional } from '@nestjs/common';
import { PlanChanges } from '../../plan-changes/plan-changes';
import type { Page } from '@wijkkracht/contracts';
import { DataSource, EntityManager, EntityTarget, FindOptionsOrder, FindOptionsWhere } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import type { Principal } from '../../auth/principal';
import { TenantOwnedEntity } from '../../database/tenant-owned.entity';
import { problem } from '../problem';
import { findJsonPage, JsonPage, rowJsonSql } from './json-page';
import { VersionConflict } from './version-conflict';
import type { PageQueryDto } from './page-query.dto';

/**
 * Reads and writes of one kind of tenant-owned row: every query is scoped to the caller's
 * organisation, every write runs in one transaction with its audit event, and an update or delete
 * based on a stale version changes nothing (409).
 */
// Decorated so its constructor's parameter types are recorded: subclasses without a constructor of
// their own inherit them and Nest injects the data source and audit service.
@Injectable()
export abstract class TenantCrudService<E extends TenantOwnedEntity> {
  protected abstract readonly entity: EntityTarget<E>;
  /** Name in audit events and messages, e.g. `wijk`. */
  protected abstract readonly entityType: string;
  /** Fields a list may be sorted by; the first is the default. */
  protected abstract readonly sortable: readonly (keyof E & string)[];
  /** Whether a change of this resource changes the plan of record (and so calls for a re-forecast). */
  protected readonly affectsPlan: boolean = true;
  /** Fields the entity's `toJSON` adds, as SQL on the row alias `t` (for `listJson`). */
  protected readonly jsonExtras: Record<string, string> = {};
  private rowJson?: string | null;

  // Optional: the worker process has no HTTP features and reports no plan changes.
  @Optional() @Inject(PlanChanges) protected readonly planChanges?: PlanChanges;

  constructor(
    protected readonly dataSource: DataSource,
    protected readonly audit: AuditService,
  ) {}

  /** `where` may be a list of alternatives (OR); each is scoped to the caller's organisation. */
  async list(principal: Principal, query: PageQueryDto, where: FindOptionsWhere<E> | FindOptionsWhere<E>[] = {}): Promise<Page<E>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 50;
    const repository = this.dataSource.getRepository(this.entity);
    const scoped = this.scopedWhere(principal, where);
    // A plain COUNT(*): findAndCount would count DISTINCT ids, and a window count reads every row.
    const [items, counted] = await Promise.all([
      repository.find({ where: scoped, order: this.order(query.sort), skip: (page - 1) * pageSize, take: pageSize }),
      repository.createQueryBuilder().setFindOptions({ where: scoped }).select('COUNT(*)', 'n').getRawOne<{ n: string }>(),
    ]);
    const total = Number(counted?.n ?? 0);
    return { items, page, pageSize, total };
  }

  /**
   * The same page as `list`, rendered as JSON by PostgreSQL in one round trip (see json-page.ts):
   * what the list endpoints answer, at a fraction of the cost of loading entities.
   */
  async listJson(principal: Principal, query: PageQueryDto, where: FindOptionsWhere<E> | FindOptionsWhere<E>[] = {}): Promise<JsonPage> {
    const repository = this.dataSource.getRepository(this.entity);
    this.rowJson ??= rowJsonSql(repository.metadata, this.jsonExtras);
    if (this.rowJson === null) {
      const { items, ...rest } = await this.list(principal, query, where);
      return { itemsJson: JSON.stringify(items), ...rest };
    }
    const scoped = this.scopedWhere(principal, where);
    return findJsonPage(repository, this.rowJson, scoped, this.sortOf(query.sort), query.page ?? 1, query.pageSize ?? 50);
  }

  async get(principal: Principal, id: string, manager: EntityManager = this.dataSource.manager): Promise<E> {
    const found = await manager.findOne(this.entity, { where: this.scoped(principal, id) });
    if (!found) throw this.notFound(id);
    return found;
  }

  async create(principal: Principal, values: Partial<E>): Promise<E> {
    const created = await this.dataSource.transaction((manager) => this.insertIn(manager, principal, values));
    this.planChanged(principal);
    return created;
  }

  async update(principal: Principal, id: string, version: number, changes: Partial<E>): Promise<E> {
    const updated = await this.dataSource.transaction(async (manager) => {
      const current = await this.lockForChange(manager, principal, id, version);
      const before = { ...current };
      await this.beforeWrite(manager, principal, { ...current, ...changes } as E, current);
      const saved = await manager.save(this.entity, manager.merge(this.entity, current, changes as never));
      await this.audit.record(manager, {
        organisationId: principal.organisationId,
        userId: principal.userId,
        action: `${this.entityType}.updated`,
        entityType: this.entityType,
        entityId: id,
        before: this.auditView(before as E),
        after: this.auditView(saved),
      });
      await this.afterUpdate(manager, principal, before as E, saved, changes);
      return saved;
    });
    this.planChanged(principal);
    return updated;
  }

  async remove(principal: Principal, id: string, version?: number): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const current = await this.lockForChange(manager, principal, id, version);
      await manager.delete(this.entity, { id: current.id } as FindOptionsWhere<E>);
      await this.audit.record(manager, {
        organisationId: principal.organisationId,
        userId: principal.userId,
        action: `${this.entityType}.deleted`,
        entityType: this.entityType,
        entityId: id,
        before: this.auditView(current),
      });
    });
    this.planChanged(principal);
  }

  /** After a committed change of the plan of record: a debounced re-forecast follows. */
  protected planChanged(principal: Principal): void {
    if (this.affectsPlan) this.planChanges?.changed(principal.organisationId);
  }

  /** Inserts within the caller's transaction (used by services that create several rows at once). */
  async insertIn(manager: EntityManager, principal: Principal, values: Partial<E>): Promise<E> {
    const candidate = manager.create(this.entity, { ...values, organisationId: principal.organisationId } as never) as E;
    await this.beforeWrite(manager, principal, candidate);
    const inserted = await manager.save(this.entity, candidate);
    // Read back, so the answer holds what the database filled in (defaults such as status).
    const saved = await manager.findOneByOrFail(this.entity, { id: inserted.id } as FindOptionsWhere<E>);
    await this.audit.record(manager, {
      organisationId: principal.organisationId,
      userId: principal.userId,
      action: `${this.entityType}.created`,
      entityType: this.entityType,
      entityId: saved.id,
      after: this.auditView(saved),
    });
    return saved;
  }

  /** Rules that need the database (e.g. a reference into the same organisation); throw a 4xx problem. */
  protected async beforeWrite(_manager: EntityManager, _principal: Principal, _next: E, _current?: E): Promise<void> {}

  /** Within an update's transaction, after its audit event: e.g. further audit events for what the change means. */
  protected async afterUpdate(_manager: EntityManager, _principal: Principal, _before: E, _saved: E, _changes: Partial<E>): Promise<void> {}

  /** What the audit log keeps of a row (override to leave out secrets). */
  protected auditView(row: E): Record<string, unknown> {
    return { ...row } as unknown as Record<string, unknown>;
  }

  /** A list's where-clause (or each of its alternatives) limited to the caller's organisation. */
  private scopedWhere(principal: Principal, where: FindOptionsWhere<E> | FindOptionsWhere<E>[]): FindOptionsWhere<E> | FindOptionsWhere<E>[] {
    const scope = (w: FindOptionsWhere<E>) => ({ ...w, organisationId: principal.organisationId }) as FindOptionsWhere<E>;
    return Array.isArray(where) ? where.map(scope) : scope(where);
  }

  protected scoped(principal: Principal, id: string): FindOptionsWhere<E> {
    return { id, organisationId: principal.organisationId } as FindOptionsWhere<E>;
  }

  protected notFound(id: string): NotFoundException {
    return new NotFoundException(problem(404, `Geen ${this.entityType} met id ${id} in uw organisatie.`));
  }

  private async lockForChange(manager: EntityManager, principal: Principal, id: string, version?: number): Promise<E> {
    const current = await manager.findOne(this.entity, { where: this.scoped(principal, id), lock: { mode: 'pessimistic_write' } });
    if (!current) throw this.notFound(id);
    VersionConflict.assert(this.entityType, current.version, version);
    return current;
  }

  private order(sort: string | undefined): FindOptionsOrder<E> {
    const { property, descending } = this.sortOf(sort);
    return { [property]: descending ? 'DESC' : 'ASC', id: 'ASC' } as FindOptionsOrder<E>;
  }

  private sortOf(sort: string | undefined): { property: string; descending: boolean } {
    const property = sort?.replace(/^-/, '') ?? this.sortable[0];
    if (!(this.sortable as readonly string[]).includes(property)) {
      throw new BadRequestException(
        problem(400, `Sorteren kan op ${this.sortable.join(', ')}.`, [{ name: 'sort', reason: `must be one of ${this.sortable.join(', ')}, optionally prefixed with -` }]),
      );
    }
    return { property, descending: sort?.startsWith('-') ?? false };
  }
}

/**
 * A reference must point into the caller's organisation. Composite foreign keys guarantee it in the
 * database; this check answers earlier and names the field, e.g. for references to users.
 */
export async function assertInOrganisation(
  manager: EntityManager,
  principal: Principal,
  entity: EntityTarget<{ id: string; organisationId: string }>,
  id: string | null | undefined,
  field: string,
): Promise<void> {
  if (!id) return;
  const found = await manager.exists(entity, { where: { id, organisationId: principal.organisationId } });
  if (!found) {
    throw new BadRequestException(
      problem(400, `Controleer ${field}: die bestaat niet in uw organisatie.`, [
        { name: field, reason: 'must refer to an existing record of your organisation' },
      ]),
    );
  }
}
