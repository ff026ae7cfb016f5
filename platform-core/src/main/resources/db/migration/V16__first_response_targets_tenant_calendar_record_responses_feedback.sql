-- Issue 10, expected response and feedback: a request type's promise of a first answer within so many business
-- days, the tenant's calendar that says which days are business days, when staff first answered each record, and
-- the requester's rating of a closed record. Every table is tenant-owned (RLS in the form of V12).

-- A first answer within this many business days of submission; null: the type promises nothing.
alter table request_type add column first_response_days integer check (first_response_days between 1 and 60);

-- Which days the legal team works and when its working day ends (a submission after that counts from the next
-- business day), and its public holidays. At most one row per tenant; a tenant with none works Monday to Friday
-- until 18:00 and has no holidays (TenantCalendar.DEFAULT). Weekdays are ISO numbers (1 Monday … 7 Sunday).
create table tenant_calendar (
    id           uuid primary key,
    tenant_id    uuid       not null references tenant (id),
    working_days smallint[] not null check (cardinality(working_days) between 1 and 7
                                            and working_days <@ array[1, 2, 3, 4, 5, 6, 7]::smallint[]),
    day_ends     time       not null check (day_ends > time '00:00'),
    holidays     date[]     not null default '{}' check (cardinality(holidays) <= 200),
    unique (tenant_id)
);

-- A record's first response by staff (a shared note, a visible key development or a status change, whichever came
-- first) and, for a record opened from a request, what its requester was promised: the submission, the type's
-- target then and the business day by which an answer is expected. Written by listeners, in either order: a row may
-- hold a first response before its submission (a record staff opened, or a listener that ran first).
create table record_response (
    tenant_id           uuid        not null references tenant (id),
    record_id           uuid        not null,
    submitted_at        timestamptz,
    target_days         integer check (target_days between 1 and 60),
    expected_by         date,
    first_response_at   timestamptz,
    first_response_kind text check (first_response_kind in ('SHARED_NOTE', 'VISIBLE_DEVELOPMENT', 'STATUS_CHANGE')),
    first_response_by   uuid,
    primary key (tenant_id, record_id),
    check ((target_days is null) = (expected_by is null)),
    check ((first_response_at is null) = (first_response_kind is null)),
    foreign key (tenant_id, record_id) references record (tenant_id, id),
    foreign key (tenant_id, first_response_by) references person (tenant_id, id)
);

-- The requester's rating (1 to 5) and comment on a closed record: one per record, which its requester may change.
-- given_at is the last change, what the home's averages over the last 90 days count by (index-only).
create table record_feedback (
    tenant_id      uuid        not null references tenant (id),
    record_id      uuid        not null,
    record_kind    text        not null check (record_kind in ('MATTER', 'CONTRACT')),
    given_by       uuid        not null,
    rating         smallint    not null check (rating between 1 and 5),
    comment        text        not null default '' check (length(comment) <= 2000),
    first_given_at timestamptz not null,
    given_at       timestamptz not null,
    primary key (tenant_id, record_id),
    foreign key (tenant_id, record_id) references record (tenant_id, id),
    foreign key (tenant_id, given_by) references person (tenant_id, id)
);
create index record_feedback_given_idx on record_feedback (tenant_id, given_at) include (record_id, record_kind, rating);

do $$
declare
    t text;
begin
    foreach t in array array['tenant_calendar', 'record_response', 'record_feedback'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant_isolation on %I using (tenant_id = (select lexdesk_current_tenant())) '
                       'with check (tenant_id = (select lexdesk_current_tenant()))', t);
        execute format('grant select, insert, update on %I to ${app_role}', t);
    end loop;
end
$$;
