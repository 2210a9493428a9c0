import type { Role } from './roles';

export interface LoginRequest {
  email: string;
  password: string;
}

export interface LoginResponse {
  accessToken: string;
  tokenType: 'Bearer';
  expiresAt: string;
  user: CurrentUser;
}

/** `POST /auth/session` (the web app): the session is an HttpOnly cookie, so no token in the body. */
export interface WebSessionResponse {
  expiresAt: string;
  user: CurrentUser;
}

export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  organisation: { id: string; name: string; cbsCode: string };
}
