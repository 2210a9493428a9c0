import { InitialSchema1764028800000 } from './1764028800000-initial-schema';

/** In order of their timestamps; listed explicitly so the built app needs no file globbing. */
export const MIGRATIONS = [InitialSchema1764028800000];
