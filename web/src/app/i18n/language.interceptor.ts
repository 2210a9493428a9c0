import { HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { LanguageService } from './language.service';

/** Tells our own API the UI language, so its messages (problem details) can come back in it. */
export const languageInterceptor: HttpInterceptorFn = (request, next) =>
  request.url.startsWith('/api/')
    ? next(request.clone({ setHeaders: { 'Accept-Language': inject(LanguageService).current() } }))
    : next(request);
