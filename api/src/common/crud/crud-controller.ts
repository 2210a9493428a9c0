import { Body, Controller, Delete, Get, HttpCode, Inject, Param, ParseUUIDPipe, Patch, Post, Query, Res, Type } from '@nestjs/common';
import type { Response } from 'express';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProperty,
  ApiQuery,
  ApiResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Role } from '@wijkkracht/contracts';
import { BadRequestException } from '@nestjs/common';
import { CurrentPrincipal, Principal } from '../../auth/principal';
import { Roles } from '../../auth/roles.decorator';
import { TenantOwnedEntity } from '../../database/tenant-owned.entity';
import { problem } from '../problem';
import { ReadCache, sendRenderedJson } from '../read-cache/read-cache';
import { jsonPageBody } from './json-page';
import { PageQueryDto } from './page-query.dto';
import { TenantCrudService } from './tenant-crud.service';

export interface CrudControllerOptions<E extends TenantOwnedEntity> {
  /** The resource's service, injected into the controller. */
  service: Type<TenantCrudService<E>>;
  /** Kebab-case plural path under /api/v1, e.g. `staff-members`. */
  path: string;
  tag: string;
  create: Type<object>;
  update: Type<{ version: number }>;
  query: Type<PageQueryDto>;
  response: Type<object>;
  /** Roles that may create, update and delete; every role of the organisation may read. */
  writeRoles: Role[];
  readRoles?: Role[];
}

export const uuidPipe = new ParseUUIDPipe({
  exceptionFactory: () => new BadRequestException(problem(400, 'Het id is geen geldige UUID.', [{ name: 'id', reason: 'must be a UUID' }])),
});

/** Reads carry an entity tag of their content; sending it back in If-None-Match gets 304 when unchanged. */
const ETAG_HEADER = { ETag: { description: 'Entity tag of the response content.', schema: { type: 'string' } } };
const NOT_MODIFIED = { status: 304, description: 'Not modified: the If-None-Match tag is still current.' };

/** A list response schema for OpenAPI: `{items, page, pageSize, total}`. */
export function pageOf(item: Type<object>): Type<object> {
  class PageOf {
    @ApiProperty({ type: [item] }) items: object[];
    @ApiProperty({ minimum: 1 }) page: number;
    @ApiProperty({ minimum: 1 }) pageSize: number;
    @ApiProperty({ minimum: 0 }) total: number;
  }
  Object.defineProperty(PageOf, 'name', { value: `${item.name.replace(/Dto$/, '')}Page` });
  return PageOf;
}

/**
 * The five operations every plan resource has (list, read, create, update, delete), with their
 * guards and OpenAPI description. A resource's controller extends the returned class, injects its
 * service and may add its own operations; `filter` maps the resource's query to a where-clause.
 */
export function CrudController<E extends TenantOwnedEntity>(o: CrudControllerOptions<E>) {
  const readRoles = o.readRoles;
  @ApiTags(o.tag)
  @ApiBearerAuth()
  @ApiUnauthorizedResponse({ description: 'Not signed in.' })
  @ApiForbiddenResponse({ description: 'The role may not do this.' })
  @Controller(o.path)
  abstract class CrudControllerHost {
    // Property injection: subclasses need no constructor (which would need decorator metadata of their own).
    @Inject(o.service) protected readonly service: TenantCrudService<E>;
    @Inject(ReadCache) protected readonly readCache: ReadCache;

    /** The where-clause of a list for the resource's own filters. */
    protected filter(_query: PageQueryDto): object {
      return {};
    }

    /** Maps a request body to entity fields (e.g. ISO strings stay strings; override to rename). */
    protected toEntity(body: object): Partial<E> {
      return body as Partial<E>;
    }

    @Get()
    @Roles(...(readRoles ?? ['admin', 'programme_manager', 'team_lead', 'staff', 'viewer']))
    @ApiOkResponse({ type: pageOf(o.response), headers: ETAG_HEADER })
    @ApiResponse(NOT_MODIFIED)
    @ApiBadRequestResponse({ description: 'A query parameter breaks a rule.' })
    async list(@CurrentPrincipal() principal: Principal, @Query() query: PageQueryDto, @Res() res: Response): Promise<void> {
      // The validated query holds only the resource's known parameters: it names the page.
      const render = async () => jsonPageBody(await this.service.listJson(principal, query, this.filter(query) as never));
      sendRenderedJson(res, await this.readCache.get(principal.organisationId, `${o.path}?${JSON.stringify(query)}`, render));
    }

    @Get(':id')
    @Roles(...(readRoles ?? ['admin', 'programme_manager', 'team_lead', 'staff', 'viewer']))
    @ApiOkResponse({ type: o.response, headers: ETAG_HEADER })
    @ApiResponse(NOT_MODIFIED)
    @ApiBadRequestResponse({ description: 'The id is not a UUID.' })
    @ApiNotFoundResponse({ description: 'No such resource in your organisation.' })
    async get(@CurrentPrincipal() principal: Principal, @Param('id', uuidPipe) id: string, @Res() res: Response): Promise<void> {
      const render = async () => JSON.stringify(await this.service.get(principal, id));
      sendRenderedJson(res, await this.readCache.get(principal.organisationId, `${o.path}/${id}`, render));
    }

    @Post()
    @Roles(...o.writeRoles)
    @ApiCreatedResponse({ type: o.response })
    @ApiBadRequestResponse({ description: 'A field breaks a rule; each is named in invalidParams.' })
    @ApiConflictResponse({ description: 'A unique field is taken.' })
    create(@CurrentPrincipal() principal: Principal, @Body() body: object) {
      return this.service.create(principal, this.toEntity(body));
    }

    @Patch(':id')
    @Roles(...o.writeRoles)
    @ApiOkResponse({ type: o.response })
    @ApiBadRequestResponse({ description: 'A field breaks a rule; each is named in invalidParams.' })
    @ApiNotFoundResponse({ description: 'No such resource in your organisation.' })
    @ApiConflictResponse({ description: 'The version is stale: someone changed it meanwhile; nothing was changed.' })
    update(@CurrentPrincipal() principal: Principal, @Param('id', uuidPipe) id: string, @Body() body: { version: number }) {
      const { version, ...changes } = body;
      return this.service.update(principal, id, version, this.toEntity(changes));
    }

    @Delete(':id')
    @HttpCode(204)
    @Roles(...o.writeRoles)
    @ApiQuery({ name: 'version', required: false, type: Number, description: 'Delete only if still at this version.' })
    @ApiNoContentResponse({ description: 'Deleted.' })
    @ApiBadRequestResponse({ description: 'The id is not a UUID or the version not a number.' })
    @ApiNotFoundResponse({ description: 'No such resource in your organisation.' })
    @ApiConflictResponse({ description: 'Stale version, or still in use.' })
    async remove(@CurrentPrincipal() principal: Principal, @Param('id', uuidPipe) id: string, @Query('version') version?: string) {
      if (version !== undefined && !/^[1-9]\d{0,9}$/.test(version)) {
        throw new BadRequestException(problem(400, 'Controleer version.', [{ name: 'version', reason: 'must be a whole number ≥ 1' }]));
      }
      await this.service.remove(principal, id, version === undefined ? undefined : Number(version));
    }
  }

  // The generic methods were compiled against the base types; give Nest's validation and the OpenAPI
  // document the resource's own DTO classes.
  const define = (method: string, types: unknown[]) =>
    Reflect.defineMetadata('design:paramtypes', types, CrudControllerHost.prototype, method);
  define('list', [Object, o.query, Object]);
  define('get', [Object, String, Object]);
  define('create', [Object, o.create]);
  define('update', [Object, String, o.update]);
  define('remove', [Object, String, String]);
  return CrudControllerHost;
}
