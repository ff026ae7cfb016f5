-- The record core (issue 8). Matters and contracts keep their columns (one table per kind serves its list query
-- with indexes led by tenant_id) and gain what every record has: priority, due date, updated-at and a version for
-- optimistic locking. Each also gets an identity row in record (tenant_id, id, kind): the kinds' rows reference it,
-- and notes, developments, files and activity will point at a record through (tenant_id, record_id) alone.

create table record (
    id        uuid primary key,
    tenant_id uuid not null references tenant (id),
    kind      text not null check (kind in ('MATTER', 'CONTRACT')),
    unique (tenant_id, id)
);
alter table record enable row level security;
alter table record force row level security;
create policy tenant_isolation on record using (tenant_id = lexdesk_current_tenant())
    with check (tenant_id = lexdesk_current_tenant());
-- A record's identity never changes: the application inserts it (and may remove it with its kind's row).
grant select, insert, delete on record to ${app_role};

alter table matter
    add column priority   text   not null default 'NORMAL' check (priority in ('LOW', 'NORMAL', 'HIGH', 'URGENT')),
    add column due_date   date,
    add column updated_at timestamptz,
    add column version    bigint not null default 0;
alter table contract
    add column priority   text   not null default 'NORMAL' check (priority in ('LOW', 'NORMAL', 'HIGH', 'URGENT')),
    add column due_date   date,
    add column updated_at timestamptz,
    add column version    bigint not null default 0;

-- Existing records: their identity rows and updated-at, tenant by tenant because row-level security applies to the
-- owner too.
do $$
declare
    t uuid;
begin
    for t in select id from tenant loop
        perform set_config('lexdesk.tenant_id', t::text, true);
        insert into record (id, tenant_id, kind) select id, tenant_id, 'MATTER' from matter;
        insert into record (id, tenant_id, kind) select id, tenant_id, 'CONTRACT' from contract;
        update matter set updated_at = created_at;
        update contract set updated_at = created_at;
    end loop;
    perform set_config('lexdesk.tenant_id', '', true);
end
$$;

alter table matter alter column updated_at set not null;
alter table contract alter column updated_at set not null;
-- Checked at commit, so a record's identity row and its kind's row may be written in either order in one transaction.
alter table matter add constraint matter_record_fk foreign key (tenant_id, id) references record (tenant_id, id)
    deferrable initially deferred;
alter table contract add constraint contract_record_fk foreign key (tenant_id, id) references record (tenant_id, id)
    deferrable initially deferred;
