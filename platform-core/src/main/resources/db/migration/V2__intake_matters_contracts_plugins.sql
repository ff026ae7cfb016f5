-- Intake: per-tenant boards, contract types and request types; portal requests and the matters and
-- contracts they become; per-tenant plugin settings; the activity log. Every table is tenant-owned (RLS).

create table matter_category (
    id         uuid primary key,
    tenant_id  uuid not null references tenant (id),
    code       text not null check (code ~ '^[A-Z][A-Z0-9_]{0,39}$'),
    name_en    text not null,
    name_fr    text not null,
    position   int  not null default 0,
    unique (tenant_id, id),
    unique (tenant_id, code)
);

create table contract_type (
    id         uuid primary key,
    tenant_id  uuid not null references tenant (id),
    code       text not null check (code ~ '^[A-Z][A-Z0-9_]{0,39}$'),
    name_en    text not null,
    name_fr    text not null,
    position   int  not null default 0,
    unique (tenant_id, id),
    unique (tenant_id, code)
);

-- fields: a JSON array of typed field definitions (code, type, required, label/help in en and fr, options).
-- default_target: a board code (MATTER) or contract type code (CONTRACT); null lets classification decide.
create table request_type (
    id             uuid primary key,
    tenant_id      uuid    not null references tenant (id),
    code           text    not null check (code ~ '^[a-z][a-z0-9-]{0,39}$'),
    kind           text    not null check (kind in ('MATTER', 'CONTRACT')),
    name_en        text    not null,
    name_fr        text    not null,
    description_en text    not null default '',
    description_fr text    not null default '',
    default_target text,
    fields         jsonb   not null default '[]' check (jsonb_typeof(fields) = 'array'),
    active         boolean not null default true,
    position       int     not null default 0,
    unique (tenant_id, id),
    unique (tenant_id, code)
);

-- Per-tenant, per-name, per-year counters for references (REQ-2026-000042). Bumped in their own short
-- transaction, so a failed submission leaves a gap rather than holding a lock.
create table reference_counter (
    tenant_id  uuid   not null references tenant (id),
    name       text   not null,
    year       int    not null,
    last_value bigint not null,
    primary key (tenant_id, name, year)
);

create table request (
    id                    uuid primary key,
    tenant_id             uuid        not null references tenant (id),
    reference             text        not null,
    type_id               uuid        not null,
    kind                  text        not null check (kind in ('MATTER', 'CONTRACT')),
    subject               text        not null check (length(subject) between 1 and 200),
    description           text        not null default '' check (length(description) <= 20000),
    field_values          jsonb       not null default '{}' check (jsonb_typeof(field_values) = 'object'),
    language              text        not null check (language in ('en', 'fr')),
    requester_id          uuid        not null,
    company_id            uuid,
    submitted_at          timestamptz not null,
    idempotency_key       text,
    classified_target     text,
    classification_reason text        not null,
    unique (tenant_id, id),
    unique (tenant_id, reference),
    unique (tenant_id, requester_id, idempotency_key),
    foreign key (tenant_id, type_id) references request_type (tenant_id, id),
    foreign key (tenant_id, requester_id) references person (tenant_id, id),
    foreign key (tenant_id, company_id) references company (tenant_id, id)
);
create index request_requester_idx on request (tenant_id, requester_id, submitted_at desc);

create table matter (
    id            uuid primary key,
    tenant_id     uuid        not null references tenant (id),
    reference     text        not null,
    title         text        not null check (length(title) between 1 and 200),
    description   text        not null default '',
    category_code text,
    status        text        not null default 'NEW',
    assignee_id   uuid,
    origin        text        not null check (origin in ('PORTAL', 'INTERNAL')),
    requester_id  uuid,
    company_id    uuid,
    request_id    uuid,
    created_at    timestamptz not null,
    unique (tenant_id, id),
    unique (tenant_id, reference),
    foreign key (tenant_id, category_code) references matter_category (tenant_id, code),
    foreign key (tenant_id, requester_id) references person (tenant_id, id),
    foreign key (tenant_id, assignee_id) references person (tenant_id, id),
    foreign key (tenant_id, company_id) references company (tenant_id, id),
    foreign key (tenant_id, request_id) references request (tenant_id, id)
);
create index matter_board_idx on matter (tenant_id, category_code, created_at desc);
create index matter_created_idx on matter (tenant_id, created_at desc);

create table contract (
    id            uuid primary key,
    tenant_id     uuid        not null references tenant (id),
    reference     text        not null,
    title         text        not null check (length(title) between 1 and 200),
    description   text        not null default '',
    contract_type text,
    parties       text        not null default '',
    value_amount  numeric(18, 2),
    currency      text,
    status        text        not null default 'NEW',
    assignee_id   uuid,
    origin        text        not null check (origin in ('PORTAL', 'INTERNAL')),
    requester_id  uuid,
    company_id    uuid,
    request_id    uuid,
    created_at    timestamptz not null,
    unique (tenant_id, id),
    unique (tenant_id, reference),
    foreign key (tenant_id, contract_type) references contract_type (tenant_id, code),
    foreign key (tenant_id, requester_id) references person (tenant_id, id),
    foreign key (tenant_id, assignee_id) references person (tenant_id, id),
    foreign key (tenant_id, company_id) references company (tenant_id, id),
    foreign key (tenant_id, request_id) references request (tenant_id, id)
);
create index contract_created_idx on contract (tenant_id, created_at desc);

create table tenant_plugin (
    tenant_id     uuid    not null references tenant (id),
    plugin_id     text    not null,
    enabled       boolean not null default true,
    position      int     not null default 0,
    configuration jsonb   not null default '{}' check (jsonb_typeof(configuration) = 'object'),
    primary key (tenant_id, plugin_id)
);

-- Who changed what, when: before/after as JSON. visible_to_portal marks the requester's timeline.
create table activity (
    id                uuid primary key,
    tenant_id         uuid        not null references tenant (id),
    record_kind       text        not null check (record_kind in ('REQUEST', 'MATTER', 'CONTRACT')),
    record_id         uuid        not null,
    actor_id          uuid,
    action            text        not null,
    before            jsonb,
    after             jsonb,
    visible_to_portal boolean     not null default false,
    at                timestamptz not null,
    foreign key (tenant_id, actor_id) references person (tenant_id, id)
);
create index activity_record_idx on activity (tenant_id, record_id, at);

do $$
declare
    t text;
begin
    foreach t in array array['matter_category', 'contract_type', 'request_type', 'reference_counter', 'request',
                             'matter', 'contract', 'tenant_plugin', 'activity'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant_isolation on %I using (tenant_id = lexdesk_current_tenant()) '
                       'with check (tenant_id = lexdesk_current_tenant())', t);
        execute format('grant select, insert, update, delete on %I to ${app_role}', t);
    end loop;
end
$$;
