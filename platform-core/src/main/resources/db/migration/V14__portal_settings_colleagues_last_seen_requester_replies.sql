-- The client portal (issue 10): a tenant's portal settings, colleagues a requester names on one request, when each
-- portal user last looked at each request, and notes the requester writes from the portal.

-- Off by default: a requester sees only their own requests (and those they are named on) until the tenant decides
-- that colleagues of the same company see each other's, read-only.
create table portal_setting (
    tenant_id                 uuid primary key references tenant (id),
    company_requests_visible  boolean     not null default false,
    updated_by                uuid,
    updated_at                timestamptz not null,
    foreign key (tenant_id, updated_by) references person (tenant_id, id)
);
alter table portal_setting enable row level security;
alter table portal_setting force row level security;
create policy tenant_isolation on portal_setting using (tenant_id = (select lexdesk_current_tenant()))
    with check (tenant_id = (select lexdesk_current_tenant()));
grant select, insert, update on portal_setting to ${app_role};

-- A colleague of the requester's company the requester named on one request: they read it and may reply.
create table request_colleague (
    id         uuid primary key,
    tenant_id  uuid        not null references tenant (id),
    request_id uuid        not null,
    person_id  uuid        not null,
    added_by   uuid        not null,
    added_at   timestamptz not null,
    unique (tenant_id, id),
    unique (tenant_id, request_id, person_id),
    foreign key (tenant_id, request_id) references request (tenant_id, id),
    foreign key (tenant_id, person_id) references person (tenant_id, id),
    foreign key (tenant_id, added_by) references person (tenant_id, id)
);
create index request_colleague_person_idx on request_colleague (tenant_id, person_id);
alter table request_colleague enable row level security;
alter table request_colleague force row level security;
create policy tenant_isolation on request_colleague using (tenant_id = (select lexdesk_current_tenant()))
    with check (tenant_id = (select lexdesk_current_tenant()));
grant select, insert, delete on request_colleague to ${app_role};

-- When a portal user last opened a request: "updated since you last looked".
create table portal_seen (
    tenant_id  uuid        not null references tenant (id),
    person_id  uuid        not null,
    request_id uuid        not null,
    seen_at    timestamptz not null,
    primary key (tenant_id, person_id, request_id),
    foreign key (tenant_id, person_id) references person (tenant_id, id),
    foreign key (tenant_id, request_id) references request (tenant_id, id)
);
alter table portal_seen enable row level security;
alter table portal_seen force row level security;
create policy tenant_isolation on portal_seen using (tenant_id = (select lexdesk_current_tenant()))
    with check (tenant_id = (select lexdesk_current_tenant()));
grant select, insert, update on portal_seen to ${app_role};

-- A reply the requester wrote in the portal: always shared, marked for the legal team.
alter table note add column from_requester boolean not null default false;
alter table note add check (not from_requester or visibility = 'SHARED');

-- The requester's list: their requests, or their company's, newest first.
create index request_company_idx on request (tenant_id, company_id, submitted_at desc);
