import {
  ArgumentsHost,
  BadRequestException,
  Catch,
  ExceptionFilter,
  PayloadTooLargeException,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { problem } from '../common/problem';
import { sendProblem } from '../common/problem-details.filter';

/** 5 MB holds thousands of spreadsheet rows or a large MS Project plan; more is refused before it is parsed. */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

export const UPLOAD_OPTIONS = { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10, parts: 12 } };

/** What multer (memory storage) hands over of an uploaded file. */
export interface UploadedFileData {
  buffer: Buffer;
  originalname: string;
  size: number;
}

/** The uploaded file, or a 400 naming the field when the request carried none. */
export function requireFile(file: UploadedFileData | undefined): UploadedFileData {
  if (!file?.buffer?.length) {
    throw new BadRequestException(
      problem(400, 'Er is geen bestand ontvangen. Stuur het als multipart/form-data in het veld "file".', [
        { name: 'file', reason: 'is required (multipart/form-data)' },
      ]),
    );
  }
  return file;
}

/** Multer's "File too large" in Dutch, with the limit; other errors go on to the global problem filter. */
@Catch(PayloadTooLargeException)
export class UploadTooLargeFilter implements ExceptionFilter {
  catch(_exception: PayloadTooLargeException, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const body = problem(413, `Het bestand is te groot: hoogstens ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.`, [
      { name: 'file', reason: `must be at most ${MAX_UPLOAD_BYTES} bytes` },
    ]);
    sendProblem(http.getRequest<Request>(), http.getResponse<Response>(), body);
  }
}
