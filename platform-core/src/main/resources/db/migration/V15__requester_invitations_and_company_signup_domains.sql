-- Onboarding requesters (issue 10). An administrator invites a person by email as a portal user of a company: Keycloak's
-- organization invitation sends the link, and Lexdesk keeps the invitation and a membership that waits for the person's
-- first login (its subject is bound then, by verified email, as for every membership). A company may also name the email
-- domains whose people sign up by themselves; they land as portal users of that company.

create table invitation (
    id                     uuid primary key,
    tenant_id              uuid        not null references tenant (id),
    person_id              uuid        not null,
    company_id             uuid        not null,
    email                  text        not null check (email = lower(email)),
    role                   text        not null check (role in ('portal-user')),
    invited_by             uuid,
    invited_at             timestamptz not null,
    -- The last time Keycloak sent the link (a resend sends a new one), and when that link expires.
    sent_at                timestamptz not null,
    expires_at             timestamptz,
    -- Keycloak's id of the invitation behind the link last sent; null once Keycloak no longer holds it.
    keycloak_invitation_id text,
    -- A withdrawn invitation keeps its row for the record; its waiting membership is gone, so its link leads nowhere.
    withdrawn_at           timestamptz,
    withdrawn_by           uuid,
    unique (tenant_id, id),
    foreign key (tenant_id, person_id) references person (tenant_id, id),
    foreign key (tenant_id, company_id) references company (tenant_id, id),
    foreign key (tenant_id, invited_by) references person (tenant_id, id),
    foreign key (tenant_id, withdrawn_by) references person (tenant_id, id)
);
-- One open invitation per person and tenant; withdrawn ones may pile up.
create unique index invitation_open_email_idx on invitation (tenant_id, email) where withdrawn_at is null;
create index invitation_person_idx on invitation (tenant_id, person_id);
create index invitation_invited_at_idx on invitation (tenant_id, invited_at desc);

-- The email domains whose verified addresses join a company as portal users on their first login. Keycloak keeps the same
-- domains on the tenant's organization, where a domain belongs to at most one organization of the realm.
create table company_signup_domain (
    id         uuid primary key,
    tenant_id  uuid        not null references tenant (id),
    company_id uuid        not null,
    domain     text        not null check (domain = lower(domain) and domain ~ '^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$'
                                            and length(domain) <= 253),
    created_at timestamptz not null default now(),
    unique (tenant_id, id),
    unique (tenant_id, domain),
    foreign key (tenant_id, company_id) references company (tenant_id, id) on delete cascade
);
create index company_signup_domain_company_idx on company_signup_domain (tenant_id, company_id);

do $$
declare
    t text;
begin
    foreach t in array array['invitation', 'company_signup_domain'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant_isolation on %I using (tenant_id = (select lexdesk_current_tenant())) '
                       'with check (tenant_id = (select lexdesk_current_tenant()))', t);
    end loop;
end
$$;

grant select, insert, update on invitation to ${app_role};
grant select, insert, delete on company_signup_domain to ${app_role};
