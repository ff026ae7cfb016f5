-- Onboarding requesters (issue 10), "administrators and staff they allow": whether the tenant's legal staff and
-- contract managers may invite requesters too (and resend or withdraw the invitations they sent). At most one row per
-- tenant; off while there is none, so administrators alone invite until they decide otherwise. Tenant-owned (RLS in
-- the form of V14's portal_setting).
create table invitation_setting (
    tenant_id        uuid primary key references tenant (id),
    staff_may_invite boolean     not null default false,
    updated_by       uuid,
    updated_at       timestamptz not null,
    foreign key (tenant_id, updated_by) references person (tenant_id, id)
);
alter table invitation_setting enable row level security;
alter table invitation_setting force row level security;
create policy tenant_isolation on invitation_setting using (tenant_id = (select lexdesk_current_tenant()))
    with check (tenant_id = (select lexdesk_current_tenant()));
grant select, insert, update on invitation_setting to ${app_role};
