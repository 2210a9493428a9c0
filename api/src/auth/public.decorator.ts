import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'wijkkracht:isPublic';

/** Marks an endpoint that needs no sign-in (health, sign-in itself, the OpenAPI document). */
export const Public = () => SetMetadata(IS_PUBLIC, true);
