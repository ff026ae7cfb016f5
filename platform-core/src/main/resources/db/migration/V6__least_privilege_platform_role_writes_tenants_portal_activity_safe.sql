-- Least privilege. Registering and changing tenants is platform work (tenant admin; demo provisioning in the dev
-- run and tests), so the application role that serves the internet may now only read the platform table tenant.
-- ${platform_role} writes it: a login role that owns nothing, has no BYPASSRLS and is granted nothing on tenant
-- data. Create it before this migration runs (README, "Database roles").

do $$
begin
    if not exists (select from pg_roles where rolname = '${platform_role}') then
        raise exception 'Role ${platform_role} does not exist: create it first (create role ${platform_role} login '
            'password ''…'' nosuperuser nobypassrls nocreatedb nocreaterole; grant connect on database … to it)';
    end if;
end
$$;

revoke insert, update, delete on tenant from ${app_role};
grant usage on schema public to ${platform_role};
grant select, insert, update on tenant to ${platform_role};

-- The serving applications only validate the schema at start-up (they no longer hold the owner's password), as the
-- application role: Flyway reads its history table for that.
grant select on ${flyway:table} to ${app_role};

-- Portal-visible activity carries only portal-safe facts. matter.opened and contract.opened used to hold the
-- classification and its reason; move those into staff-only *.classified entries, tenant by tenant because row-level
-- security applies to the owner too.
do $$
declare
    t uuid;
begin
    for t in select id from tenant loop
        perform set_config('lexdesk.tenant_id', t::text, true);
        insert into activity (id, tenant_id, record_kind, record_id, actor_id, action, before, after,
                              visible_to_portal, at)
        select gen_random_uuid(), tenant_id, record_kind, record_id, actor_id,
               replace(action, '.opened', '.classified'), null, after - 'reference', false, at
        from activity
        where action in ('matter.opened', 'contract.opened') and visible_to_portal
          and after - 'reference' <> '{}'::jsonb;
        update activity set after = jsonb_build_object('reference', after -> 'reference')
        where action in ('matter.opened', 'contract.opened') and visible_to_portal
          and after - 'reference' <> '{}'::jsonb;
    end loop;
    perform set_config('lexdesk.tenant_id', '', true);
end
$$;
