import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Single sign-on per organisation (OpenID Connect): one configuration per organisation (the client
 * secret only encrypted, AES-256-GCM bound to the organisation) and the provider identities
 * (issuer + subject) linked to users, so a second sign-in finds the same account even when the
 * e-mail address changed at the provider.
 */
export class SingleSignOn1764094200000 implements MigrationInterface {
  name = 'SingleSignOn1764094200000';

  async up(q: QueryRunner): Promise<void> {
    // Lets sso_identities reference a user of its own organisation only (as every other tenant table does).
    await q.query(`ALTER TABLE users ADD CONSTRAINT users_organisation_id_id_key UNIQUE (organisation_id, id)`);
    await q.query(`CREATE TABLE organisation_sso_configs (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      organisation_id uuid NOT NULL UNIQUE REFERENCES organisations(id) ON DELETE CASCADE,
      enabled boolean NOT NULL DEFAULT false,
      issuer_url text NOT NULL CHECK (issuer_url ~ '^https?://' AND length(issuer_url) <= 500),
      client_id text NOT NULL CHECK (length(client_id) BETWEEN 1 AND 300),
      client_secret_encrypted text,
      scopes text[] NOT NULL DEFAULT '{openid,email,profile}' CHECK ('openid' = ANY(scopes)),
      role_claim text NOT NULL DEFAULT 'groups' CHECK (length(role_claim) BETWEEN 1 AND 100),
      role_mapping jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(role_mapping) = 'array'),
      default_role text CHECK (default_role IN ('admin','programme_manager','team_lead','staff','viewer')),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1)`);
    await q.query(`CREATE TABLE sso_identities (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
      user_id uuid NOT NULL,
      issuer text NOT NULL CHECK (length(issuer) <= 500),
      subject text NOT NULL CHECK (length(subject) BETWEEN 1 AND 255),
      last_sign_in_at timestamptz NOT NULL DEFAULT now(),
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (issuer, subject),
      FOREIGN KEY (organisation_id, user_id) REFERENCES users(organisation_id, id) ON DELETE CASCADE)`);
    await q.query(`CREATE INDEX sso_identities_user_idx ON sso_identities(user_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE sso_identities`);
    await q.query(`DROP TABLE organisation_sso_configs`);
    await q.query(`ALTER TABLE users DROP CONSTRAINT users_organisation_id_id_key`);
  }
}
