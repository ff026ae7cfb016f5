-- Tenancy foundation. Flyway runs as the schema owner; the application connects as ${app_role}, which owns
-- nothing and has no BYPASSRLS, so row-level security below always applies to it.

-- The tenant of the current transaction, set by the application with set_config('lexdesk.tenant_id', …, true).
-- Unset or empty means "no tenant": every tenant table then reads as empty.
create function lexdesk_current_tenant() returns uuid
    language sql stable parallel safe
as $$ select nullif(current_setting('lexdesk.tenant_id', true), '')::uuid $$;

-- Platform table: no RLS; reached only by platform code (tenant resolution, tenant admin).
create table tenant (
    id             uuid primary key,
    slug           text        not null unique check (slug ~ '^[a-z][a-z0-9-]{1,62}$'),
    name           text        not null check (length(name) between 1 and 200),
    issuer         text        not null,
    organization   text        not null,
    status         text        not null default 'ACTIVE' check (status in ('ACTIVE', 'SUSPENDED')),
    default_locale text        not null default 'en' check (default_locale in ('en', 'fr')),
    created_at     timestamptz not null default now(),
    unique (issuer, organization)
);

create table company (
    id         uuid primary key,
    tenant_id  uuid        not null references tenant (id),
    name       text        not null check (length(name) between 1 and 200),
    created_at timestamptz not null default now(),
    unique (tenant_id, id),
    unique (tenant_id, name)
);

create table person (
    id         uuid primary key,
    tenant_id  uuid        not null references tenant (id),
    company_id uuid,
    email      text check (email is null or email = lower(email)),
    first_name text        not null,
    last_name  text        not null,
    created_at timestamptz not null default now(),
    unique (tenant_id, id),
    unique (tenant_id, email),
    -- Composite keys: a person can only belong to a company of the same tenant.
    foreign key (tenant_id, company_id) references company (tenant_id, id)
);
create index person_company_idx on person (tenant_id, company_id);

-- A person's access to a tenant: the login (Keycloak subject, bound at first login by verified email) and
-- the tenant's roles for it. One person may hold memberships in several tenants with different roles.
create table membership (
    id            uuid primary key,
    tenant_id     uuid        not null references tenant (id),
    person_id     uuid        not null,
    subject       text,
    email         text        not null check (email = lower(email)),
    display_name  text        not null,
    roles         text[]      not null check (cardinality(roles) > 0 and roles <@ array['tenant-admin', 'legal-staff', 'contract-manager', 'portal-user']),
    active        boolean     not null default true,
    created_at    timestamptz not null default now(),
    last_login_at timestamptz,
    unique (tenant_id, person_id),
    unique (tenant_id, subject),
    unique (tenant_id, email),
    foreign key (tenant_id, person_id) references person (tenant_id, id)
);

do $$
declare
    t text;
begin
    foreach t in array array['company', 'person', 'membership'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant_isolation on %I using (tenant_id = lexdesk_current_tenant()) '
                       'with check (tenant_id = lexdesk_current_tenant())', t);
    end loop;
end
$$;

grant usage on schema public to ${app_role};
grant execute on function lexdesk_current_tenant() to ${app_role};
grant select, insert, update on tenant to ${app_role};
grant select, insert, update, delete on company, person, membership to ${app_role};
