import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who may see what. API users and their municipality grants (schema auth), the audit log of every
 * API request (schema audit), and row-level security so that a request, run as the NOLOGIN role
 * kanalindsigt_reader with its user's granted municipalities in the setting
 * kanalindsigt.municipalities, can only ever read those municipalities' rows (and write only their
 * annotations and targets), whatever SQL a resolver sends. The owner (migrations, ETL, the API outside a request) bypasses RLS because it
 * is not FORCEd, so loads pay nothing for it.
 *
 * The reader role is cluster-wide and shared by every database on the server (test databases
 * too), so it is created only when missing and never dropped by `down`.
 */
export class UsersAuditAndRowLevelSecurity1795392000012 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE SCHEMA auth;
      CREATE SCHEMA audit;

      -- Grain: one row per person who may sign in to the API.
      CREATE TABLE auth.user_account (
        user_id       integer     GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        username      text        NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9][a-z0-9._@-]{1,63}$'),
        display_name  text        NOT NULL,
        password_hash text        NOT NULL CHECK (password_hash LIKE '$argon2id$%'),
        role          text        NOT NULL
          CHECK (role IN ('director', 'finance', 'centre_manager', 'council', 'admin')),
        is_disabled   boolean     NOT NULL DEFAULT false,
        created_at    timestamptz NOT NULL DEFAULT now()
      );

      -- Grain: one row per user and municipality the user may see.
      CREATE TABLE auth.user_municipality (
        user_id           integer NOT NULL REFERENCES auth.user_account (user_id) ON DELETE CASCADE,
        municipality_code char(4) NOT NULL REFERENCES dw.dim_municipality (municipality_code),
        PRIMARY KEY (user_id, municipality_code)
      );

      -- Grain: one row per GraphQL request. Who is copied, not referenced, so the log outlives
      -- the account; variables are stored with secrets (passwords, tokens) removed.
      CREATE TABLE audit.api_request (
        api_request_id     bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        request_id         text        NOT NULL,
        occurred_at        timestamptz NOT NULL,
        user_id            integer,
        username           text,
        role               text,
        operation_name     text,
        operation_type     text,
        variables          jsonb       NOT NULL DEFAULT '{}',
        municipality_codes text[]      NOT NULL DEFAULT '{}',
        outcome            text        NOT NULL,
        duration_ms        integer     NOT NULL CHECK (duration_ms >= 0)
      );
      CREATE INDEX api_request_by_time ON audit.api_request USING brin (occurred_at);
      CREATE INDEX api_request_by_user ON audit.api_request (user_id, occurred_at);

      DO $$
      BEGIN
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'kanalindsigt_reader') THEN
          CREATE ROLE kanalindsigt_reader NOLOGIN;
        END IF;
      EXCEPTION
        -- Another database on the same server created it between the check and the CREATE.
        WHEN duplicate_object OR unique_violation THEN NULL;
      END
      $$;

      GRANT USAGE ON SCHEMA dw, mart, etl TO kanalindsigt_reader;
      GRANT SELECT ON ALL TABLES IN SCHEMA dw, mart, etl TO kanalindsigt_reader;
      -- Tables later migrations create in these schemas are readable too (they still need RLS:
      -- see auth.enable_municipality_rls and the test that every such table has it).
      ALTER DEFAULT PRIVILEGES IN SCHEMA dw, mart, etl GRANT SELECT ON TABLES TO kanalindsigt_reader;

      -- Turns on tenant isolation for one table (or view) with a municipality_code column. Later
      -- migrations call it for each new one: SELECT auth.enable_municipality_rls('mart.some_rollup');
      -- Rows with a NULL municipality_code (national annotations, shared label maps) stay visible.
      -- The granted codes are read in a sub-select so PostgreSQL evaluates them once per query
      -- (an InitPlan) instead of once per row, and compared as char(4) so the condition can use
      -- the tables' (municipality_code, …) indexes. A view would read its tables with its owner's
      -- rights and so past their policies; security_invoker makes it read them as the reader. A
      -- materialized view cannot carry a policy at all, so it is refused here.
      CREATE FUNCTION auth.enable_municipality_rls(target regclass) RETURNS void
      LANGUAGE plpgsql AS $fn$
      DECLARE
        kind "char";
        nullable boolean;
      BEGIN
        SELECT c.relkind, NOT a.attnotnull INTO kind, nullable
        FROM pg_class c
        JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'municipality_code' AND NOT a.attisdropped
        WHERE c.oid = target;
        IF kind IS NULL THEN
          RAISE EXCEPTION '% has no municipality_code column', target;
        ELSIF kind = 'v' THEN
          EXECUTE format('ALTER VIEW %s SET (security_invoker = true)', target);
          RETURN;
        ELSIF kind NOT IN ('r', 'p') THEN
          RAISE EXCEPTION '% cannot carry row-level security: use a table or a view, or revoke SELECT from kanalindsigt_reader', target;
        END IF;
        EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', target);
        EXECUTE format('DROP POLICY IF EXISTS municipality_isolation ON %s', target);
        EXECUTE format(
          'CREATE POLICY municipality_isolation ON %s FOR SELECT TO kanalindsigt_reader USING (%s'
          || 'municipality_code = ANY ((SELECT string_to_array(current_setting(''kanalindsigt.municipalities'', true), '',''))::char(4)[]))',
          target,
          CASE WHEN nullable THEN 'municipality_code IS NULL OR ' ELSE '' END
        );
      END
      $fn$;

      -- Editable business data (annotations, targets): the API's admin mutations write it as the
      -- request role too, and these policies keep the writes to the user's municipalities (a
      -- national annotation, municipality_code NULL, is readable but not writable).
      CREATE FUNCTION auth.enable_municipality_writes(target regclass) RETURNS void
      LANGUAGE plpgsql AS $fn$
      DECLARE
        granted constant text :=
          'municipality_code = ANY ((SELECT string_to_array(current_setting(''kanalindsigt.municipalities'', true), '',''))::char(4)[])';
      BEGIN
        EXECUTE format('GRANT INSERT, UPDATE, DELETE ON %s TO kanalindsigt_reader', target);
        EXECUTE format('DROP POLICY IF EXISTS municipality_insert ON %s', target);
        EXECUTE format('DROP POLICY IF EXISTS municipality_update ON %s', target);
        EXECUTE format('DROP POLICY IF EXISTS municipality_delete ON %s', target);
        EXECUTE format('CREATE POLICY municipality_insert ON %s FOR INSERT TO kanalindsigt_reader WITH CHECK (%s)', target, granted);
        EXECUTE format('CREATE POLICY municipality_update ON %s FOR UPDATE TO kanalindsigt_reader USING (%s) WITH CHECK (%s)', target, granted, granted);
        EXECUTE format('CREATE POLICY municipality_delete ON %s FOR DELETE TO kanalindsigt_reader USING (%s)', target, granted);
      END
      $fn$;

      SELECT auth.enable_municipality_rls(c.oid)
      FROM pg_class c
      JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'municipality_code' AND NOT a.attisdropped
      WHERE n.nspname IN ('dw', 'mart', 'etl') AND c.relkind IN ('r', 'p', 'v')
      ORDER BY n.nspname, c.relname;

      SELECT auth.enable_municipality_writes('dw.annotation'), auth.enable_municipality_writes('dw.target');
      -- Their identity columns draw from these sequences.
      GRANT USAGE ON SEQUENCE dw.annotation_annotation_id_seq, dw.target_target_id_seq TO kanalindsigt_reader;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DO $$
      DECLARE
        t record;
      BEGIN
        FOR t IN
          SELECT schemaname, tablename, policyname FROM pg_policies
          WHERE policyname IN ('municipality_isolation', 'municipality_insert', 'municipality_update', 'municipality_delete')
        LOOP
          EXECUTE format('DROP POLICY %I ON %I.%I', t.policyname, t.schemaname, t.tablename);
          EXECUTE format('ALTER TABLE %I.%I DISABLE ROW LEVEL SECURITY', t.schemaname, t.tablename);
        END LOOP;
      END
      $$;
      ALTER DEFAULT PRIVILEGES IN SCHEMA dw, mart, etl REVOKE SELECT ON TABLES FROM kanalindsigt_reader;
      REVOKE ALL ON ALL TABLES IN SCHEMA dw, mart, etl FROM kanalindsigt_reader;
      REVOKE USAGE ON SEQUENCE dw.annotation_annotation_id_seq, dw.target_target_id_seq FROM kanalindsigt_reader;
      REVOKE USAGE ON SCHEMA dw, mart, etl FROM kanalindsigt_reader;
      DROP SCHEMA audit CASCADE;
      DROP SCHEMA auth CASCADE;
    `);
  }
}
