import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { MAX_PAGE_SIZE, type Page } from '@wijkkracht/contracts';
import { Observable, firstValueFrom } from 'rxjs';

export const API_BASE = '/api/v1';

export type QueryParams = Record<string, string | number | boolean | null | undefined>;

function toParams(query: QueryParams): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== null && value !== undefined && value !== '') params = params.set(key, String(value));
  }
  return params;
}

/** The REST resources under /api/v1: lists of `{items, page, pageSize, total}`, PATCH with the version read. */
@Injectable({ providedIn: 'root' })
export class ApiClient {
  private readonly http = inject(HttpClient);

  list<T>(resource: string, query: QueryParams = {}): Observable<Page<T>> {
    return this.http.get<Page<T>>(`${API_BASE}/${resource}`, { params: toParams(query) });
  }

  /** Every item, page by page at the largest page size; for the small lists a page needs in full. */
  async listAll<T>(resource: string, query: QueryParams = {}): Promise<T[]> {
    const first = await firstValueFrom(this.list<T>(resource, { ...query, page: 1, pageSize: MAX_PAGE_SIZE }));
    const pages = Math.ceil(first.total / MAX_PAGE_SIZE);
    const rest = await Promise.all(
      Array.from({ length: Math.max(0, pages - 1) }, (_, index) =>
        firstValueFrom(this.list<T>(resource, { ...query, page: index + 2, pageSize: MAX_PAGE_SIZE })),
      ),
    );
    return [...first.items, ...rest.flatMap((page) => page.items)];
  }

  get<T>(path: string, query: QueryParams = {}): Observable<T> {
    return this.http.get<T>(`${API_BASE}/${path}`, { params: toParams(query) });
  }

  post<T>(path: string, body: unknown): Observable<T> {
    return this.http.post<T>(`${API_BASE}/${path}`, body);
  }

  patch<T>(path: string, body: unknown): Observable<T> {
    return this.http.patch<T>(`${API_BASE}/${path}`, body);
  }
}
