-- Workflows (issue 8): per tenant and record kind, the statuses a record can be in (EN/FR name, EN/FR portal label,
-- category, initial, final, position) and the moves allowed between them. Records keep their status as the status'
-- code; a status in use cannot be deleted (the application checks it, as records are in the kinds' tables).
-- Records also gain who changed them last (updated_by, for "changed by … at … — reload"), and contracts their
-- terms: parties with roles, start, end, renewal and notice dates (value and currency exist since V2).

create table workflow_status (
    id              uuid primary key,
    tenant_id       uuid    not null references tenant (id),
    record_kind     text    not null check (record_kind in ('MATTER', 'CONTRACT')),
    code            text    not null check (code ~ '^[A-Z][A-Z0-9_]{0,39}$'),
    name_en         text    not null check (length(name_en) between 1 and 80),
    name_fr         text    not null check (length(name_fr) between 1 and 80),
    portal_label_en text    not null check (length(portal_label_en) between 1 and 80),
    portal_label_fr text    not null check (length(portal_label_fr) between 1 and 80),
    category        text    not null check (category in ('OPEN', 'WAITING', 'CLOSED')),
    initial         boolean not null default false,
    final           boolean not null default false,
    position        int     not null default 0,
    unique (tenant_id, id),
    unique (tenant_id, record_kind, code)
);
-- One initial status per kind: where every new record starts.
create unique index workflow_status_initial_uq on workflow_status (tenant_id, record_kind) where initial;

create table workflow_transition (
    id             uuid primary key,
    tenant_id      uuid not null references tenant (id),
    from_status_id uuid not null,
    to_status_id   uuid not null,
    check (from_status_id <> to_status_id),
    unique (tenant_id, from_status_id, to_status_id),
    foreign key (tenant_id, from_status_id) references workflow_status (tenant_id, id) on delete cascade,
    foreign key (tenant_id, to_status_id) references workflow_status (tenant_id, id) on delete cascade
);

do $$
declare
    t text;
begin
    foreach t in array array['workflow_status', 'workflow_transition'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant_isolation on %I using (tenant_id = lexdesk_current_tenant()) '
                       'with check (tenant_id = lexdesk_current_tenant())', t);
        execute format('grant select, insert, update, delete on %I to ${app_role}', t);
    end loop;
end
$$;

alter table matter add column updated_by uuid;
alter table matter add constraint matter_updated_by_fk foreign key (tenant_id, updated_by)
    references person (tenant_id, id);
alter table contract add column updated_by uuid;
alter table contract add constraint contract_updated_by_fk foreign key (tenant_id, updated_by)
    references person (tenant_id, id);
-- Every record takes its workflow's initial status from the application; no default status of its own any more.
alter table matter alter column status drop default;
alter table contract alter column status drop default;

-- party_roles: a JSON array of {name, role}; parties keeps their names as one searchable text.
alter table contract
    add column party_roles  jsonb not null default '[]' check (jsonb_typeof(party_roles) = 'array'),
    add column start_date   date,
    add column end_date     date,
    add column renewal_date date,
    add column notice_date  date,
    add constraint contract_currency_iso check (currency is null or currency ~ '^[A-Z]{3}$'),
    add constraint contract_value_currency check (value_amount is null or currency is not null),
    add constraint contract_end_after_start check (end_date is null or start_date is null or end_date >= start_date);
-- "Ends within 90 days" and the end date column sort on it.
create index contract_end_date_idx on contract (tenant_id, end_date);

-- The default workflows (the same as provisioning's TenantDefaults) for the tenants that exist, and their records'
-- statuses mapped onto them: every record was opened as NEW, which is the matters' initial status and becomes the
-- contracts' (REQUESTED). Tenant by tenant, because row-level security applies to the owner too.
do $$
declare
    t uuid;
begin
    for t in select id from tenant loop
        perform set_config('lexdesk.tenant_id', t::text, true);
        insert into workflow_status (id, tenant_id, record_kind, code, name_en, name_fr, portal_label_en,
                                     portal_label_fr, category, initial, final, position)
        select gen_random_uuid(), t, s.* from (values
            ('MATTER', 'NEW', 'New', 'Nouveau', 'Received', 'Reçue', 'OPEN', true, false, 0),
            ('MATTER', 'IN_REVIEW', 'In review', 'En examen', 'In review', 'En cours d’examen', 'OPEN', false, false,
             1),
            ('MATTER', 'IN_PROGRESS', 'In progress', 'En cours', 'In progress', 'En cours de traitement', 'OPEN',
             false, false, 2),
            ('MATTER', 'ON_HOLD', 'On hold', 'En attente', 'On hold', 'En attente', 'WAITING', false, false, 3),
            ('MATTER', 'CLOSED', 'Closed', 'Clos', 'Closed', 'Clôturée', 'CLOSED', false, true, 4),
            ('CONTRACT', 'REQUESTED', 'Requested', 'Demandé', 'Received', 'Reçue', 'OPEN', true, false, 0),
            ('CONTRACT', 'DRAFTING', 'Drafting', 'Rédaction', 'Being drafted', 'En rédaction', 'OPEN', false, false,
             1),
            ('CONTRACT', 'NEGOTIATION', 'Negotiation', 'Négociation', 'In negotiation', 'En négociation', 'WAITING',
             false, false, 2),
            ('CONTRACT', 'SIGNATURE', 'Signature', 'Signature', 'Out for signature', 'En signature', 'WAITING',
             false, false, 3),
            ('CONTRACT', 'ACTIVE', 'Active', 'En vigueur', 'Signed and in force', 'Signé et en vigueur', 'OPEN',
             false, false, 4),
            ('CONTRACT', 'EXPIRED', 'Expired', 'Expiré', 'Expired', 'Expiré', 'CLOSED', false, true, 5),
            ('CONTRACT', 'TERMINATED', 'Terminated', 'Résilié', 'Terminated', 'Résilié', 'CLOSED', false, true, 6)
        ) as s (record_kind, code, name_en, name_fr, portal_label_en, portal_label_fr, category, initial, final,
                position);
        insert into workflow_transition (id, tenant_id, from_status_id, to_status_id)
        select gen_random_uuid(), t, f.id, x.id from (values
            ('MATTER', 'NEW', 'IN_REVIEW'), ('MATTER', 'IN_REVIEW', 'IN_PROGRESS'),
            ('MATTER', 'IN_PROGRESS', 'ON_HOLD'), ('MATTER', 'ON_HOLD', 'IN_PROGRESS'),
            ('MATTER', 'IN_PROGRESS', 'CLOSED'), ('MATTER', 'ON_HOLD', 'CLOSED'),
            ('CONTRACT', 'REQUESTED', 'DRAFTING'), ('CONTRACT', 'DRAFTING', 'NEGOTIATION'),
            ('CONTRACT', 'NEGOTIATION', 'SIGNATURE'), ('CONTRACT', 'SIGNATURE', 'ACTIVE'),
            ('CONTRACT', 'ACTIVE', 'EXPIRED'), ('CONTRACT', 'ACTIVE', 'TERMINATED')
        ) as m (record_kind, from_code, to_code)
        join workflow_status f on f.record_kind = m.record_kind and f.code = m.from_code
        join workflow_status x on x.record_kind = m.record_kind and x.code = m.to_code;
        update matter set status = 'NEW'
            where status not in (select code from workflow_status where record_kind = 'MATTER');
        update contract set status = 'REQUESTED'
            where status not in (select code from workflow_status where record_kind = 'CONTRACT');
        update contract set party_roles = jsonb_build_array(jsonb_build_object('name', parties, 'role', 'COUNTERPARTY'))
            where parties <> '';
    end loop;
    perform set_config('lexdesk.tenant_id', '', true);
end
$$;
