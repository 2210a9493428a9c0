import { BadRequestException, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { hashPassword } from '../auth/password-hasher';
import type { Principal } from '../auth/principal';
import { TokenService } from '../auth/token.service';
import { TenantCrudService } from '../common/crud/tenant-crud.service';
import { problem } from '../common/problem';
import { User } from './user.entity';

type UserInput = Partial<User> & { password?: string };

/** Accounts of the organisation, managed by its admins. Passwords are hashed here and never leave. */
@Injectable()
export class UsersService extends TenantCrudService<User> {
  protected readonly entity = User;
  protected readonly entityType = 'user';
  protected override readonly affectsPlan = false;
  protected readonly sortable = ['name', 'email', 'role', 'createdAt'] as const;

  constructor(
    dataSource: DataSource,
    audit: AuditService,
    private readonly tokens: TokenService,
  ) {
    super(dataSource, audit);
  }

  override async create(principal: Principal, values: UserInput): Promise<User> {
    return super.create(principal, await this.withHash(values));
  }

  override async update(principal: Principal, id: string, version: number, changes: UserInput): Promise<User> {
    if (id === principal.userId && ((changes.role && changes.role !== principal.role) || changes.active === false)) {
      throw new BadRequestException(problem(400, 'U kunt uw eigen rol niet wijzigen en uzelf niet blokkeren.', [{ name: 'role', reason: 'must not change your own role or access' }]));
    }
    const saved = await super.update(principal, id, version, await this.withHash(changes));
    this.tokens.forgetUser(id); // a new role or a block applies to this instance's next request
    return stripHash(saved);
  }

  override async remove(principal: Principal, id: string, version?: number): Promise<void> {
    if (id === principal.userId) {
      throw new BadRequestException(problem(400, 'U kunt uw eigen account niet verwijderen.', [{ name: 'id', reason: 'must not be your own account' }]));
    }
    return super.remove(principal, id, version);
  }

  /**
   * Permission changes get events of their own besides `user.updated`, so an admin can filter on them:
   * `user.role_changed`, `user.deactivated` / `user.activated` and `user.password_changed` (never the password).
   */
  protected override async afterUpdate(manager: EntityManager, principal: Principal, before: User, saved: User, changes: Partial<User>): Promise<void> {
    const event = (action: string, from: Record<string, unknown> | null, to: Record<string, unknown> | null) =>
      this.audit.record(manager, {
        organisationId: principal.organisationId,
        userId: principal.userId,
        action,
        entityType: 'user',
        entityId: saved.id,
        before: from && { email: saved.email, ...from },
        after: to && { email: saved.email, ...to },
      });
    if (saved.role !== before.role) await event('user.role_changed', { role: before.role }, { role: saved.role });
    if (saved.active !== before.active) {
      await event(saved.active ? 'user.activated' : 'user.deactivated', { active: before.active }, { active: saved.active });
    }
    if (changes.passwordHash !== undefined) await event('user.password_changed', null, { passwordChanged: true });
  }

  protected override auditView(user: User): Record<string, unknown> {
    return stripHash(user) as unknown as Record<string, unknown>;
  }

  private async withHash({ password, email, ...rest }: UserInput): Promise<Partial<User>> {
    return {
      ...rest,
      ...(email !== undefined && { email: email.trim().toLowerCase() }),
      ...(password !== undefined && { passwordHash: await hashPassword(password) }),
    };
  }
}

function stripHash(user: User): User {
  const { passwordHash: _, ...rest } = user;
  return rest as User;
}
