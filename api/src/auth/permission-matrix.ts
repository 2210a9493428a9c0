import { INestApplication, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import { ROLES, type Role } from '@wijkkracht/contracts';
import { IS_PUBLIC } from './public.decorator';
import { ROLES_KEY } from './roles.decorator';

export interface Permission {
  method: string;
  path: string;
  /** Roles the guard lets through; 'public' when no sign-in is needed. */
  roles: Role[] | 'public';
}

/**
 * The permission matrix as the guards enforce it, read from the routes themselves (their @Roles and
 * @Public metadata), so the documented matrix (SECURITY.md) can be checked against the code.
 */
export function permissionMatrix(app: INestApplication): Permission[] {
  const rows: Permission[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: unknown[]) => object) | null;
      if (!controller) continue;
      const base = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
      for (const name of methodNames(controller.prototype)) {
        const handler = controller.prototype[name];
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (method === undefined) continue;
        const sub = String(Reflect.getMetadata(PATH_METADATA, handler) ?? '');
        const path = `/${[base, sub].filter((p) => p && p !== '/').join('/')}`.replace(/\/:(\w+)/g, '/{$1}');
        const isPublic = Reflect.getMetadata(IS_PUBLIC, handler) ?? Reflect.getMetadata(IS_PUBLIC, controller);
        const roles: Role[] | undefined = Reflect.getMetadata(ROLES_KEY, handler) ?? Reflect.getMetadata(ROLES_KEY, controller);
        rows.push({ method: RequestMethod[method], path, roles: isPublic ? 'public' : (roles ?? [...ROLES]) });
      }
    }
  }
  return rows.sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
}

/** The matrix as a Markdown table: one row per operation, one column per role. */
export function permissionMatrixMarkdown(rows: Permission[]): string {
  const head = `| operation | ${ROLES.join(' | ')} |\n| --- |${ROLES.map(() => ' :-: |').join('')}`;
  const body = rows.map((r) => `| \`${r.method} ${r.path}\` | ${ROLES.map((role) => (r.roles === 'public' || r.roles.includes(role) ? '✓' : '')).join(' | ')} |`);
  return [head, ...body].join('\n');
}

function methodNames(prototype: object): string[] {
  const names = new Set<string>();
  for (let p = prototype; p && p !== Object.prototype; p = Object.getPrototypeOf(p)) {
    for (const name of Object.getOwnPropertyNames(p)) if (name !== 'constructor') names.add(name);
  }
  return [...names];
}
