-- The record workspace's own data (issue 8): key developments, notes and people with a role on a record, each pointing
-- at a record through (tenant_id, record_id) — never through a kind string — and activity entries about matters and
-- contracts made to point at their record the same way. Visibility to the requester is a column every row states:
-- the application always writes it from an explicit choice, so none of them has a default.

-- An external contact's telephone number (people on a record: outside counsel, the other side's lawyer).
alter table person add column phone text check (phone is null or length(phone) between 1 and 40);

create table key_development (
    id                uuid primary key,
    tenant_id         uuid        not null references tenant (id),
    record_id         uuid        not null,
    occurred_on       date        not null,
    title             text        not null check (length(title) between 1 and 200),
    body              text        not null check (length(body) <= 10000),
    visible_to_portal boolean     not null,
    author_id         uuid,
    created_at        timestamptz not null,
    unique (tenant_id, id),
    foreign key (tenant_id, record_id) references record (tenant_id, id),
    foreign key (tenant_id, author_id) references person (tenant_id, id)
);
create index key_development_record_idx on key_development (tenant_id, record_id, occurred_on desc);

create table note (
    id         uuid primary key,
    tenant_id  uuid        not null references tenant (id),
    record_id  uuid        not null,
    body       text        not null check (length(body) between 1 and 10000),
    visibility text        not null check (visibility in ('INTERNAL', 'SHARED')),
    author_id  uuid,
    created_at timestamptz not null,
    unique (tenant_id, id),
    foreign key (tenant_id, record_id) references record (tenant_id, id),
    foreign key (tenant_id, author_id) references person (tenant_id, id)
);
create index note_record_idx on note (tenant_id, record_id, created_at desc);

-- A person or a company (exactly one) with a role on a record, beside its requester and company (the record's own
-- columns). The same person or company holds a role on a record at most once.
create table record_participant (
    id         uuid primary key,
    tenant_id  uuid        not null references tenant (id),
    record_id  uuid        not null,
    person_id  uuid,
    company_id uuid,
    role       text        not null check (role in ('OPPOSING_PARTY', 'OUTSIDE_COUNSEL', 'INTERNAL_STAKEHOLDER', 'OTHER')),
    added_by   uuid,
    added_at   timestamptz not null,
    check ((person_id is null) <> (company_id is null)),
    unique (tenant_id, id),
    unique (tenant_id, record_id, role, person_id),
    unique (tenant_id, record_id, role, company_id),
    foreign key (tenant_id, record_id) references record (tenant_id, id),
    foreign key (tenant_id, person_id) references person (tenant_id, id),
    foreign key (tenant_id, company_id) references company (tenant_id, id),
    foreign key (tenant_id, added_by) references person (tenant_id, id)
);
create index record_participant_person_idx on record_participant (tenant_id, person_id);
create index record_participant_company_idx on record_participant (tenant_id, company_id);

do $$
declare
    t text;
begin
    foreach t in array array['key_development', 'note', 'record_participant'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant_isolation on %I using (tenant_id = lexdesk_current_tenant()) '
                       'with check (tenant_id = lexdesk_current_tenant())', t);
    end loop;
end
$$;
-- Developments and notes are written once and never changed; people are added and removed.
grant select, insert on key_development, note to ${app_role};
grant select, insert, delete on record_participant to ${app_role};

-- Activity about a matter or contract points at its record by composite key; entries about a request (not a record)
-- have no record reference, so the key is a generated column that is null for them.
alter table activity add column record_ref uuid
    generated always as (case when record_kind in ('MATTER', 'CONTRACT') then record_id end) stored;
alter table activity add constraint activity_record_fk foreign key (tenant_id, record_ref)
    references record (tenant_id, id);
